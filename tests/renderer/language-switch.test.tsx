import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Toolbar } from '../../renderer/src/components/toolbar';
import { OriginalPane } from '../../renderer/src/components/original-pane';
import { createAppStore } from '../../renderer/src/store/app-store';
import { StoreProvider } from '../../renderer/src/store/store-context';

afterEach(cleanup);

function renderApp() {
  const store = createAppStore();
  const noop = () => undefined;
  render(
    <StoreProvider store={store}>
      <Toolbar onSave={noop} onOpen={noop} onExport={noop} diffShown={false} onToggleDiff={noop} onSettings={noop} />
      <OriginalPane />
    </StoreProvider>,
  );
  return store;
}

describe('the language switch', () => {
  it('switches the interface to Simplified Chinese and back without a reload', () => {
    const store = renderApp();
    expect(screen.getByRole('button', { name: 'Open' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Original' })).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'zh-CN' } });
    expect(store.getState().language).toBe('zh-CN');
    expect(screen.getByRole('button', { name: '打开' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '原文' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open' })).toBeNull();

    fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'en' } });
    expect(screen.getByRole('button', { name: 'Open' })).toBeTruthy();
  });

  it('names each language in itself, whatever the interface language', () => {
    renderApp();
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['English', '简体中文']);
  });
});
