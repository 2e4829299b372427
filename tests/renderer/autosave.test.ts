import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseProject, storedPage } from '../../shared/project/project-file';
import type { Page } from '../../shared/model/page';
import { AUTOSAVE_MS, discardUnsavedWork, startAutosave, unsavedWork } from '../../renderer/src/autosave';
import { createAppStore, type AppStore } from '../../renderer/src/store/app-store';
import { projectOf, stateOfProject } from '../../renderer/src/store/project';
import { storedPageJson } from '../../renderer/src/store/project-pieces';
import { selectReconstruction } from '../../renderer/src/store/selectors';

const ALTO = 'chronam-evening-star-0772-excerpt.xml';
const altoBytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, '../fixtures/alto', ALTO)));
const TEXT = 'Harbour Works\n\nThe works be-\ngan yesterday at the pier\nwhen the stone was laid.\n\nSecond Story\n\nA second story follows.\n';

/** Local storage that counts its writes and can be made to refuse them (a full quota). */
class CountingStorage implements Storage {
  readonly items = new Map<string, string>();
  /** Writes of the index (the project without its pages' stored parts). */
  indexWrites = 0;
  writes = 0;
  full = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes++;
    if (key === 'galley:autosave') this.indexWrites++;
    this.items.set(key, value);
  }
}

async function openedStore(): Promise<AppStore> {
  const store = createAppStore(() => null);
  await store.getState().openFiles([{ name: ALTO, bytes: altoBytes, path: `/papers/${ALTO}` }, { name: 'story.txt', bytes: new TextEncoder().encode(TEXT) }]);
  // Opened with real timers (loading waits on them); autosave runs on fake ones.
  vi.useFakeTimers();
  return store;
}

/** Rejects the first repair of the active page and edits a paragraph of the text page. */
function decide(store: AppStore): void {
  const state = store.getState();
  const repair = selectReconstruction(state)?.repairs[0];
  if (!state.activePageId || !repair) throw new Error('the page has no repair to reject');
  state.rejectRepair(state.activePageId, repair.id);
  const text = state.pages.find((p) => p.name === 'story.txt');
  state.edit(text?.id ?? '', { kind: 'edit-text', target: `${text?.lines[0]?.id ?? ''}`, text: 'Harbour Works Begin' });
}

describe('autosave', () => {
  let storage: CountingStorage;
  let stop = (): void => undefined;
  beforeEach(() => {
    storage = new CountingStorage();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('keeps a safety copy that restores the same pages, sources, decisions and settings', async () => {
    const store = await openedStore();
    stop = startAutosave(store, storage);
    decide(store);
    store.getState().setThreshold('shortLineShare', 0.5);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 100);

    const restored = unsavedWork(storage);
    expect(restored).not.toBeNull();
    const saved = parseProject('a saved project', projectOf(store.getState(), 'now'));
    if (!saved.ok || !restored) throw new Error('not saved');
    // What the restore banner puts back is what a saved project file would.
    expect(stateOfProject(restored)).toEqual(stateOfProject(saved.value));
    const state = store.getState();
    const back = stateOfProject(restored);
    expect(back.pages).toEqual(state.pages);
    expect({ sources: back.pageSources, active: back.activePageId, thresholds: back.thresholds }).toEqual({ sources: state.pageSources, active: state.activePageId, thresholds: state.thresholds });
    // Every page's decisions and edits (a page without any comes back with empty lists).
    const decisionsOf = (s: Pick<typeof state, 'pages' | 'rejected' | 'accepted' | 'edits'>) => s.pages.map((p) => [s.rejected[p.id] ?? [], s.accepted[p.id] ?? [], s.edits[p.id] ?? []]);
    expect(decisionsOf(back)).toEqual(decisionsOf(state));
    expect(decisionsOf(state).flat(2)).toHaveLength(2);
    expect(restored.pages[0]?.source).toBe(`/papers/${ALTO}`);
    expect(restored.pages[0]?.layoutPage?.lines[0]?.box).toBeDefined();
  });

  it('writes nothing while nothing changes, and writes again after the next decision', async () => {
    const store = await openedStore();
    stop = startAutosave(store, storage);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
    expect(storage.writes).toBe(0);

    decide(store);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 4);
    expect(storage.indexWrites).toBe(1);

    store.getState().undo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 100);
    expect(storage.indexWrites).toBe(2);
    const undone = unsavedWork(storage);
    expect(undone?.pages.map((p) => p.edits.length)).toEqual([0, 0]);
    expect(undone?.pages[0]?.rejected.length).toBe(1);
  });

  it('rewrites only the small index after a decision, and keeps no copy of a closed page', async () => {
    const store = await openedStore();
    stop = startAutosave(store, storage);
    decide(store);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
    const alto = storage.items.get(`galley:autosave:page:${store.getState().pages[0]?.id ?? ''}`);
    expect(alto?.length).toBeGreaterThan(10_000);
    const writes = storage.writes;

    store.getState().undo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
    expect(storage.writes).toBe(writes + 1);
    expect(storage.items.get('galley:autosave')?.length).toBeLessThan(2_000);

    store.getState().closePage(store.getState().pages[1]?.id ?? '');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
    expect([...storage.items.keys()].sort()).toEqual(['galley:autosave', `galley:autosave:page:${store.getState().pages[0]?.id ?? ''}`]);
    expect(unsavedWork(storage)?.pages.map((p) => p.name)).toEqual([ALTO]);

    discardUnsavedWork(storage);
    expect(storage.items.size).toBe(0);
    // Discarded (the work was saved to a file): the next decision writes the pages again.
    decide(store);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
    const id = store.getState().pages[0]?.id ?? '';
    expect(unsavedWork(storage)?.pages[0]?.rejected).toEqual(store.getState().rejected[id]);
  });

  it('still restores a safety copy written whole, as before the pages were kept apart', async () => {
    const store = await openedStore();
    decide(store);
    storage.setItem('galley:autosave', projectOf(store.getState(), '2024-05-01T10:00:00.000Z'));
    const restored = unsavedWork(storage);
    expect(restored?.pages.map((p) => [p.name, p.rejected.length + p.edits.length])).toEqual([[ALTO, 1], ['story.txt', 1]]);
  });

  it('offers nothing when a page of the safety copy is missing', async () => {
    const store = await openedStore();
    stop = startAutosave(store, storage);
    decide(store);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
    storage.removeItem(`galley:autosave:page:${store.getState().pages[1]?.id ?? ''}`);
    expect(unsavedWork(storage)).toBeNull();
  });

  it('leaves no safety copy of work saved to a file while the copy was being made', async () => {
    const store = await openedStore();
    stop = startAutosave(store, storage);
    decide(store);
    // The tick starts the copy; the pages are serialised in later slices.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    store.getState().markSaved('work.galley.json');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(unsavedWork(storage)).toBeNull();
  });

  it('says once that the safety copy could not be written', async () => {
    const store = await openedStore();
    storage.full = true;
    stop = startAutosave(store, storage);
    decide(store);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 100);
    store.getState().undo();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 100);
    const messages = store.getState().errors.filter((e) => e.code === 'write-failed');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.message).toContain('quota');
  });
});

describe('a stored page serialised in pieces', () => {
  it('gives a long layout page in several pieces that join to the page as stored', async () => {
    const store = await openedStore();
    const alto = store.getState().pages[0] as Page;
    // A page of 1,800 lines (the excerpt's lines over and over, each its own id).
    const long: Page = { ...alto, lines: Array.from({ length: 1800 }, (_, i) => ({ ...(alto.lines[i % alto.lines.length] as Page['lines'][number]), id: `l${i}`, number: i + 1 })) };
    const pieces = [...storedPageJson(long, '/papers/long.xml')];
    expect(pieces.length).toBeGreaterThan(3);
    expect(JSON.parse(pieces.join(''))).toEqual(JSON.parse(JSON.stringify(storedPage(long, '/papers/long.xml'))));
  });

  it('gives a text page in one piece, without a layout page', () => {
    const text: Page = { id: 'a.txt#1', name: 'a.txt', encoding: 'utf-8', format: 'text', script: 'latin', lines: [{ id: 'L1', number: 1, raw: 'One line', text: 'One line' }] };
    const pieces = [...storedPageJson(text, undefined)];
    expect(pieces).toHaveLength(1);
    expect(JSON.parse(pieces[0] ?? '')).toEqual({ name: 'a.txt', encoding: 'utf-8', id: 'a.txt#1', text: 'One line\n' });
  });
});
