import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createActions } from '../../renderer/src/actions';
import { RecentMenu } from '../../renderer/src/components/recent-menu';
import { createBrowserHost } from '../../renderer/src/host/browser-host';
import { createAppStore } from '../../renderer/src/store/app-store';
import { StoreProvider } from '../../renderer/src/store/store-context';
import type { RecentFile } from '../../shared/contract/app-api';

afterEach(cleanup);

function renderMenu(files: readonly RecentFile[]) {
  const store = createAppStore();
  const opened: RecentFile[] = [];
  render(
    <StoreProvider store={store}>
      <RecentMenu source={{ list: async () => files, open: (file) => opened.push(file) }} />
    </StoreProvider>,
  );
  return { store, opened };
}

describe('the Recent menu', () => {
  it('lists the host’s recent files when opened, opens the one picked and closes', async () => {
    const { opened } = renderMenu([
      { id: '/news/p2.xml', name: 'p2.xml', reopenable: true },
      { id: '/news/p1.xml', name: 'p1.xml', reopenable: true },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Recent' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['p2.xml', 'p1.xml']);
    fireEvent.click(items[1] as HTMLElement);
    expect(opened.map((f) => f.id)).toEqual(['/news/p1.xml']);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('says when there is nothing yet, and closes on Escape', async () => {
    renderMenu([]);
    fireEvent.click(screen.getByRole('button', { name: 'Recent' }));
    expect(await screen.findByText('No recent files yet.')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('tells a browser user that only names are kept', async () => {
    renderMenu([{ id: 'p1.xml', name: 'p1.xml', reopenable: false }]);
    fireEvent.click(screen.getByRole('button', { name: 'Recent' }));
    expect(await screen.findByText(/keeps only the names/u)).toBeTruthy();
  });
});

describe('opening a recent file', () => {
  it('in the browser, reports in the interface language that the file must be picked again', async () => {
    const store = createAppStore();
    store.getState().setLanguage('zh-CN');
    await createActions(store, createBrowserHost(document, null)).openRecent({ id: 'p1.xml', name: 'p1.xml', reopenable: false });
    expect(store.getState().errors.map((e) => e.message)).toEqual(['浏览器无法自行重新打开“p1.xml”：请用“打开”选择它。']);
  });

  it('through the host, opens what the host reads back', async () => {
    const store = createAppStore();
    const host = {
      ...createBrowserHost(document, null),
      openRecent: async (id: string) => ({ ok: true as const, value: { files: [{ name: 'p1.txt', path: id, bytes: new TextEncoder().encode('HEADLINE\n\nBody text of the page.\n') }], failures: [] } }),
    };
    await createActions(store, host).openRecent({ id: '/n/p1.txt', name: 'p1.txt', reopenable: true });
    expect(store.getState().pages.map((p) => p.name)).toEqual(['p1.txt']);
  });
});
