import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RepairList } from '../../renderer/src/components/repair-list';
import { VIRTUALISE_REPAIRS_FROM } from '../../renderer/src/components/repair-rows';
import { createAppStore, type AppStore } from '../../renderer/src/store/app-store';
import { StoreProvider } from '../../renderer/src/store/store-context';
import { longPage } from '../fixtures/long-page.mjs';

afterEach(cleanup);

async function renderList(name: string, text: string): Promise<AppStore> {
  const store = createAppStore();
  await store.getState().openFiles([{ name, bytes: new TextEncoder().encode(text) }]);
  render(
    <StoreProvider store={store}>
      <RepairList />
    </StoreProvider>,
  );
  return store;
}

const rows = () => within(screen.getByRole('list', { name: 'Repairs' })).queryAllByRole('listitem');
const selected = (store: AppStore) => {
  const selection = store.getState().selection;
  return selection?.kind === 'repair' ? selection.repairId : null;
};
const repairIdOf = (row: HTMLElement | undefined) => row?.getAttribute('data-repair-id');
const madeCount = () => Number(/(\d+) made/u.exec(screen.getByRole('heading').textContent ?? '')?.[1]);

describe('the repair list', () => {
  it('walks the repairs with the arrow keys, Home and End, lighting and focusing the one chosen', async () => {
    const store = await renderList('narrow.txt', readFileSync(join(process.cwd(), 'tests/fixtures/en/en-01-narrow-indent.txt'), 'utf8'));
    const all = rows();
    expect(all.length).toBeGreaterThan(2);
    expect(all.length).toBeLessThan(VIRTUALISE_REPAIRS_FROM);
    const summary = within(all[1] as HTMLElement).getAllByRole('button')[0] as HTMLElement;
    summary.focus();
    fireEvent.click(summary);
    expect(selected(store)).toBe(repairIdOf(all[1]));
    fireEvent.keyDown(summary, { key: 'ArrowDown' });
    expect(selected(store)).toBe(repairIdOf(all[2]));
    expect(rows()[2]?.getAttribute('data-highlighted')).toBe('true');
    expect(rows()[2]?.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' });
    expect(selected(store)).toBe(repairIdOf(all.at(-1)));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home' });
    expect(selected(store)).toBe(repairIdOf(all[0]));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowUp' });
    expect(selected(store)).toBe(repairIdOf(all[0]));
  });

  // Which rows are in view needs a layout; the e2e spec long-page.spec.ts checks the window and
  // choosing a row far down in Chromium. Here: the rows are not all put in the DOM, and the
  // keyboard still walks the whole list.
  it('does not put every row of a page of over a thousand repairs in the DOM, and End still reaches past them', async () => {
    const store = await renderList('long-page.txt', longPage());
    expect(madeCount()).toBeGreaterThan(1000);
    expect(rows().length).toBeLessThan(60);
    const list = screen.getByRole('list', { name: 'Repairs' });
    fireEvent.keyDown(list, { key: 'Home' });
    const first = selected(store);
    fireEvent.keyDown(list, { key: 'End' });
    const last = selected(store);
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(new Set([first, last, selected(store)]).size).toBe(3);
    expect(first).not.toBeNull();
  });
});
