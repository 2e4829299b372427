/** An error the main process gives (here: a file it could not read) shown in the interface language. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/handlers';
import { ErrorList } from '../../renderer/src/components/error-list';
import { createAppStore } from '../../renderer/src/store/app-store';
import { StoreProvider } from '../../renderer/src/store/store-context';
import { fakeDialogs, fakeFs, recordingWriter, utf8 } from '../electron/fakes';

afterEach(cleanup);

async function mainFailures() {
  const fs = fakeFs({
    '/pages/locked.txt': { kind: 'unreadable', code: 'EACCES', failsOn: 'read' },
    '/pages/huge.txt': { kind: 'file', bytes: utf8('x'), reportedSize: 40 * 1024 * 1024 },
    '/pages/odd.txt': { kind: 'unreadable', code: 'EWEIRD', failsOn: 'read' },
  });
  const handlers = createHandlers({ fs, dialogs: fakeDialogs({ open: ['/pages/locked.txt', '/pages/huge.txt', '/pages/odd.txt'] }), writeFileAtomic: recordingWriter().write });
  const result = await handlers.openFiles();
  if (!result.ok) throw new Error(result.error.message);
  return result.value.failures.map((f) => f.error);
}

describe('an error of the main process', () => {
  it('is shown in Chinese, reason and all, and in English again after a switch', async () => {
    const store = createAppStore(() => null);
    store.getState().setLanguage('zh-CN');
    store.getState().reportErrors(await mainFailures());
    render(
      <StoreProvider store={store}>
        <ErrorList />
      </StoreProvider>,
    );
    const alerts = () => screen.getAllByRole('alert').map((alert) => alert.querySelector('span')?.textContent);
    expect(alerts()[0]).toBe('Galley 无法读取“locked.txt”：没有权限。请确认文件存在，并且你有权读取它。');
    expect(alerts()[1]).toMatch(/^“huge\.txt”有 40 MB，超过 Galley 作为一个版面打开的 \d+ MB。/u);
    // A reason Galley has no words for stays as Node wrote it, inside the translated sentence.
    expect(alerts()[2]).toMatch(/^Galley 无法读取“odd\.txt”：EWEIRD: fake failure/u);
    act(() => store.getState().setLanguage('en'));
    expect(alerts()[0]).toBe('Galley could not read “locked.txt”: permission denied. Check that the file exists and that you may read it.');
  });
});
