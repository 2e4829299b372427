import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JumpLinks } from '../../renderer/src/components/jump-link';
import { Toolbar } from '../../renderer/src/components/toolbar';
import { createAppStore, type AppStore } from '../../renderer/src/store/app-store';
import { selectReconstruction } from '../../renderer/src/store/selectors';
import { StoreProvider, useAppStore } from '../../renderer/src/store/store-context';

afterEach(cleanup);

const LEDGER = ['ledger-page-3.txt', 'ledger-page-1.txt', 'ledger-page-2.txt'];
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/issue', name))) });

async function renderIssue(extra?: (store: AppStore) => React.ReactNode): Promise<AppStore> {
  const store = createAppStore();
  await store.getState().openFiles(LEDGER.map(fixture));
  const noop = () => undefined;
  render(
    <StoreProvider store={store}>
      <Toolbar onSave={noop} onOpen={noop} onExport={noop} diffShown={false} onToggleDiff={noop} onSettings={noop} />
      {extra?.(store)}
    </StoreProvider>,
  );
  return store;
}

const activeName = (store: AppStore) => store.getState().pages.find((p) => p.id === store.getState().activePageId)?.name;

describe('the page navigator', () => {
  it('lists the pages of the issue in page order, each with its number', async () => {
    await renderIssue();
    const nav = screen.getByRole('navigation', { name: 'Pages of the issue' });
    const tabs = Array.from(nav.querySelectorAll('[role="tab"]')).map((tab) => tab.textContent);
    expect(tabs).toEqual(['p. 1 ledger-page-1.txt', 'p. 2 ledger-page-2.txt', 'p. 3 ledger-page-3.txt']);
  });

  it('goes to the next and previous page with its buttons and with Ctrl+] / Ctrl+[', async () => {
    const store = await renderIssue();
    fireEvent.click(screen.getByRole('tab', { name: /ledger-page-1/u }));
    expect(screen.getByRole('button', { name: '← Previous page' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Next page →' }));
    expect(activeName(store)).toBe('ledger-page-2.txt');
    fireEvent.keyDown(window, { key: ']', ctrlKey: true });
    expect(activeName(store)).toBe('ledger-page-3.txt');
    expect(screen.getByRole('button', { name: 'Next page →' })).toHaveProperty('disabled', true);
    fireEvent.keyDown(window, { key: 'PageUp', altKey: true });
    fireEvent.keyDown(window, { key: '[', ctrlKey: true });
    expect(activeName(store)).toBe('ledger-page-1.txt');
  });

  it('speaks Chinese when the interface does', async () => {
    const store = await renderIssue();
    act(() => store.getState().setLanguage('zh-CN'));
    expect(screen.getByRole('navigation', { name: '本期各版' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: /第1版 ledger-page-1/u })).toBeTruthy();
  });
});

describe('the jump link', () => {
  it('shows the page an article continues on, with its continuation selected, and the way back', async () => {
    const store = await renderIssue(() => <JumpLinksOfActive />);
    fireEvent.click(screen.getByRole('tab', { name: /ledger-page-1/u }));
    fireEvent.click(screen.getByRole('button', { name: 'Continued on page 3 →' }));
    expect(activeName(store)).toBe('ledger-page-3.txt');
    expect(store.getState().selection).toEqual({ kind: 'piece', pieceId: 'P-L3' });
    fireEvent.click(screen.getByRole('button', { name: '← Continued from page 1' }));
    expect(activeName(store)).toBe('ledger-page-1.txt');
    expect(store.getState().selection).toEqual({ kind: 'piece', pieceId: 'A-L14/headline' });
  });
});

/** The jump links of every article on the active page, as the Reconstructed pane places them. */
function JumpLinksOfActive() {
  const result = useAppStore(selectReconstruction);
  return <>{result?.articles.map((article) => <JumpLinks key={`${result.pageId}/${article.id}`} articleId={article.id} />)}</>;
}

describe('rejecting a link', () => {
  it('unlinks the parts, and undo links them again', async () => {
    const store = await renderIssue(() => <JumpLinksOfActive />);
    fireEvent.click(screen.getByRole('tab', { name: /ledger-page-1/u }));
    expect(screen.getAllByRole('button', { name: /^Continued on page/u })).toHaveLength(2);
    fireEvent.click(screen.getAllByRole('button', { name: 'Not its continuation' })[0] as HTMLElement);
    expect(screen.getAllByRole('button', { name: /^Continued on page/u }).map((b) => b.textContent)).toEqual(['Continued on page 3 →']);
    act(() => store.getState().undo());
    expect(screen.getAllByRole('button', { name: /^Continued on page/u })).toHaveLength(2);
  });
});

describe('the sentence joined across a jump', () => {
  it('can be kept apart without unlinking, and undo joins it again', async () => {
    const store = await renderIssue(() => <JumpLinksOfActive />);
    fireEvent.click(screen.getByRole('tab', { name: /ledger-page-1/u }));
    expect(screen.getAllByRole('button', { name: 'Keep the paragraphs apart' })).toHaveLength(2);
    fireEvent.click(screen.getAllByRole('button', { name: 'Keep the paragraphs apart' })[0] as HTMLElement);
    expect(screen.getAllByRole('button', { name: 'Keep the paragraphs apart' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /^Continued on page/u })).toHaveLength(2);
    act(() => store.getState().undo());
    expect(screen.getAllByRole('button', { name: 'Keep the paragraphs apart' })).toHaveLength(2);
  });

  it('goes with its link: rejecting the link leaves no join to keep apart', async () => {
    await renderIssue(() => <JumpLinksOfActive />);
    fireEvent.click(screen.getByRole('tab', { name: /ledger-page-1/u }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Not its continuation' })[0] as HTMLElement);
    expect(screen.getAllByRole('button', { name: 'Keep the paragraphs apart' })).toHaveLength(1);
  });
});
