import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPage } from '../../shared/load/load-page';
import type { AppError } from '../../shared/model/result';
import { ErrorList } from '../../renderer/src/components/error-list';
import { createAppStore } from '../../renderer/src/store/app-store';
import { StoreProvider } from '../../renderer/src/store/store-context';

afterEach(cleanup);

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function refusal(name: string, bytes: Uint8Array): AppError {
  const result = loadPage(name, bytes);
  if (result.ok) throw new Error(`${name} opened`);
  return result.error;
}

describe('a file Galley cannot open is explained in the interface language', () => {
  it('shows a load error in Chinese, and in English again after a switch', () => {
    const store = createAppStore();
    store.getState().setLanguage('zh-CN');
    store.getState().reportErrors([refusal('scan.txt', PNG), refusal('broken.xml', new TextEncoder().encode('<?xml version="1.0"?>\n<alto>\n</Layout></alto>'))]);
    render(
      <StoreProvider store={store}>
        <ErrorList />
      </StoreProvider>,
    );
    const alerts = () => screen.getAllByRole('alert').map((alert) => alert.querySelector('span')?.textContent);
    expect(alerts()[0]).toBe('“scan.txt”不是文本版面（看起来是 PNG 图像）。请改为打开 OCR 输出（.txt、.md）。');
    // The parser's own words stay as it wrote them; the sentence around them is translated.
    expect(alerts()[1]).toMatch(/^“broken\.xml”不是格式正确的 XML：第 3 行第 \d+ 列 .+。文件可能被截断或已损坏；请从 OCR 工具重新导出。$/u);
    act(() => store.getState().setLanguage('en'));
    expect(alerts()[0]).toBe('“scan.txt” is not a text page (it looks like a PNG image). Open the OCR output (.txt, .md) instead.');
  });

  it('shows an error without an id (from the main process) as it was written', () => {
    const store = createAppStore();
    store.getState().setLanguage('zh-CN');
    store.getState().reportErrors([{ code: 'unreadable', message: 'Galley could not read “p1.xml”: permission denied.' }, { code: 'malformed', message: 'An id no catalogue has.', messageId: 'loadError.gone', params: {} }]);
    render(
      <StoreProvider store={store}>
        <ErrorList />
      </StoreProvider>,
    );
    expect(screen.getAllByRole('alert').map((alert) => alert.querySelector('span')?.textContent)).toEqual(['Galley could not read “p1.xml”: permission denied.', 'An id no catalogue has.']);
  });
});
