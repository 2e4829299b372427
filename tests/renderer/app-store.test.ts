import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/src/store/app-store';
import { selectReconstruction } from '../../renderer/src/store/selectors';

const encoder = new TextEncoder();
const file = (name: string, text: string) => ({ name, bytes: encoder.encode(text) });
const PAGE = 'Harbour Works\n\nThe works be-\ngan yesterday at the pier\nwhen the stone was laid.\n\nSecond Story\n\nA second story follows.\n';

describe('app store', () => {
  it('opens pages and reports the ones that fail, keeping what was open', async () => {
    const store = createAppStore();
    await store.getState().openFiles([file('one.txt', PAGE)]);
    const opened = await store.getState().openFiles([file('broken.txt', ''), file('two.txt', 'Other\n\nText here.\n')]);
    expect(opened.map((p) => p.name)).toEqual(['two.txt']);
    expect(store.getState().pages.map((p) => p.name)).toEqual(['one.txt', 'two.txt']);
    expect(store.getState().errors.map((e) => e.message).join(' ')).toContain('broken.txt');
  });

  it('undoes and redoes a rejected repair, and the reconstruction follows', async () => {
    const store = createAppStore();
    await store.getState().openFiles([file('one.txt', PAGE)]);
    const pageId = store.getState().activePageId ?? '';
    const before = selectReconstruction(store.getState());
    const join = before?.repairs.find((r) => r.kind === 'join-lines');
    expect(join).toBeDefined();

    store.getState().rejectRepair(pageId, join?.id ?? '');
    const rejected = selectReconstruction(store.getState());
    expect(rejected?.declined.map((r) => r.id)).toEqual([join?.id]);
    expect(rejected?.articles[0]?.paragraphs.length).toBeGreaterThan(before?.articles[0]?.paragraphs.length ?? 0);

    store.getState().undo();
    expect(selectReconstruction(store.getState())?.articles).toEqual(before?.articles);
    store.getState().redo();
    expect(selectReconstruction(store.getState())?.declined.map((r) => r.id)).toEqual([join?.id]);
  });

  it('keeps selection and messages out of history', async () => {
    const store = createAppStore();
    await store.getState().openFiles([file('one.txt', PAGE)]);
    store.getState().select({ kind: 'line', lineId: 'L3' });
    store.getState().reportErrors([{ code: 'unreadable', message: 'x' }]);
    store.getState().setStatus('Exported');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('clears history when pages are loaded', async () => {
    const store = createAppStore();
    await store.getState().openFiles([file('one.txt', PAGE)]);
    const pageId = store.getState().activePageId ?? '';
    const join = selectReconstruction(store.getState())?.repairs[0];
    store.getState().rejectRepair(pageId, join?.id ?? '');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    await store.getState().openFiles([file('two.txt', 'Other\n\nText here.\n')]);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('hand edits', () => {
  it('are history steps, applied over the engine, and survive rejecting an unrelated repair', async () => {
    const store = createAppStore();
    await store.getState().openFiles([file('one.txt', PAGE)]);
    const pageId = store.getState().activePageId ?? '';
    const second = selectReconstruction(store.getState())?.articles[1];
    const paragraph = second?.paragraphs[0];
    store.getState().edit(pageId, { kind: 'edit-text', target: paragraph?.id ?? '', text: 'A second story, edited.' });
    expect(selectReconstruction(store.getState())?.articles[1]?.paragraphs[0]?.text).toBe('A second story, edited.');
    expect(store.temporal.getState().pastStates).toHaveLength(1);

    // Rejecting the first article's join re-runs the engine; the edit on the other article stays.
    const join = selectReconstruction(store.getState())?.repairs.find((r) => r.kind === 'join-lines');
    store.getState().rejectRepair(pageId, join?.id ?? '');
    expect(selectReconstruction(store.getState())?.articles[1]?.paragraphs[0]?.text).toBe('A second story, edited.');

    store.getState().undo();
    store.getState().undo();
    expect(selectReconstruction(store.getState())?.articles[1]?.paragraphs[0]?.text).toBe('A second story follows.');
  });
});
