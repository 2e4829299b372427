/**
 * Keeps unsaved work safe: every few seconds, when decisions or edits changed, the whole
 * project is written to local storage (in Electron that lives in the app's data folder).
 * After a crash or a kill, the next start offers it back.
 *
 * The window must not freeze for it. With a 100 MB ALTO page open, every tick serialised the
 * whole project again: 90 ms frozen every 3 s. Now a tick with nothing changed compares the
 * store's objects and does nothing; a page's JSON (the pages never change, only the
 * decisions) is made in slices when the window is idle and written once, under a key of its
 * own; a decision rewrites only the small index that names the pages (`project-pieces.ts`).
 */
import { parseProject, type Project } from '../../shared/project/project-file';
import type { Page } from '../../shared/model/page';
import type { AppStore } from './store/app-store';
import { projectIndex, projectInputsOf, projectOfIndex, sameProjectInputs, storedPageJson, type ProjectInputs } from './store/project-pieces';
import { translator } from './i18n';

const KEY = 'galley:autosave';
/** Each page's stored JSON has a key of its own: written when the page is first saved, not at every decision. */
const PAGE_KEY = 'galley:autosave:page:';
export const AUTOSAVE_MS = 3000;
/** Work done in one slice before the window gets a turn (a frame is 16 ms). */
const SLICE_MS = 8;

type Written = Map<string, { readonly page: Page; readonly source: string | undefined }>;
/** The page keys written to each storage, for which page object and source (forgotten when the copy is discarded). */
const writtenTo = new WeakMap<Storage, Written>();

const pageKey = (page: Page): string => `${PAGE_KEY}${page.id}`;

function writtenIn(storage: Storage): Written {
  const written = writtenTo.get(storage) ?? new Map<string, { page: Page; source: string | undefined }>();
  writtenTo.set(storage, written);
  return written;
}

/** Starts autosaving; returns the function that stops it. */
export function startAutosave(store: AppStore, storage: Storage = window.localStorage, every = AUTOSAVE_MS): () => void {
  let saved: ProjectInputs | null = null;
  let saving = false;
  let warned = false;
  let stopSlices: (() => void) | null = null;

  /** `longestSlice`: the longest the slices that made the pages' JSON held the main thread. */
  const write = (inputs: ProjectInputs, made: ReadonlyMap<Page, string>, started: number, longestSlice = 0): void => {
    const writing = performance.now();
    saving = false;
    stopSlices = null;
    // Saved to a file meanwhile (the safety copy was discarded then): nothing to keep.
    if (!store.getState().dirty) return;
    const written = writtenIn(storage);
    try {
      // Closed pages go first, to make room (localStorage holds about 5 million characters);
      // then the new pages, then the index that names them.
      removePagesNotIn(storage, new Set(inputs.pages.map(pageKey)));
      for (const [page, json] of made) {
        written.delete(pageKey(page));
        storage.setItem(pageKey(page), json);
        written.set(pageKey(page), { page, source: inputs.pageSources[page.id] });
      }
      storage.setItem(KEY, projectIndex(inputs, pageKey, new Date().toISOString()));
      saved = inputs;
    } catch (error) {
      const state = store.getState();
      if (!warned) state.reportErrors([{ code: 'write-failed', message: translator(state.language)('message.autosaveFailed', { error: String(error) }) }]);
      warned = true;
    }
    // The benches read the last save's measure, from the tick to the write (scripts/lib/next-autosave.mjs).
    measure(started, Math.max(longestSlice, performance.now() - writing));
  };

  const tick = (): void => {
    const state = store.getState();
    if (!state.dirty || saving) return;
    const started = performance.now();
    const inputs = projectInputsOf(state);
    if (saved !== null && sameProjectInputs(saved, inputs)) return measure(started, performance.now() - started);
    const written = writtenIn(storage);
    const missing = inputs.pages.filter((page) => {
      const kept = written.get(pageKey(page));
      return kept?.page !== page || kept.source !== inputs.pageSources[page.id];
    });
    const made = new Map<Page, string>();
    if (missing.length === 0) return write(inputs, made, started);
    saving = true;
    stopSlices = inIdleSlices(piecesOf(missing, inputs.pageSources, made), (longestSlice) => write(inputs, made, started, longestSlice));
  };

  const timer = setInterval(tick, every);
  return () => {
    clearInterval(timer);
    stopSlices?.();
  };
}

/** Removes the stored pages of pages no longer open (and those a killed session left behind). */
function removePagesNotIn(storage: Storage, keep: ReadonlySet<string>): void {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) {
    if (key === null || !key.startsWith(PAGE_KEY) || keep.has(key)) continue;
    storage.removeItem(key);
    writtenTo.get(storage)?.delete(key);
  }
}

/** Steps that serialise the pages one piece at a time; each page's JSON goes into `made` when complete. */
function* piecesOf(pages: readonly Page[], sources: Readonly<Record<string, string>>, made: Map<Page, string>): Generator<void, void, undefined> {
  for (const page of pages) {
    const pieces: string[] = [];
    for (const piece of storedPageJson(page, sources[page.id])) {
      pieces.push(piece);
      yield;
    }
    made.set(page, pieces.join(''));
  }
}

/**
 * Runs `steps` a few milliseconds at a time when the window is idle (within a second even when
 * it never is), then `done` in a task of its own, with the longest a slice ran. Returns the
 * function that stops it.
 */
function inIdleSlices(steps: Iterator<void>, done: (longestSlice: number) => void): () => void {
  let stopped = false;
  let finished = false;
  let longest = 0;
  let cancel = (): void => undefined;
  const slice = (): void => {
    if (stopped) return;
    if (finished) return done(longest);
    const start = performance.now();
    while (!finished && performance.now() - start < SLICE_MS) finished = steps.next().done === true;
    longest = Math.max(longest, performance.now() - start);
    schedule();
  };
  const schedule = (): void => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(slice, { timeout: 1000 });
      cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(slice, 0);
      cancel = () => clearTimeout(handle);
    }
  };
  schedule();
  return () => {
    stopped = true;
    cancel();
  };
}

/** `longestPart`: the longest the save held the main thread at once (a slice, or the write). */
function measure(start: number, longestPart: number): void {
  if (typeof performance.measure !== 'function') return;
  performance.clearMeasures('galley:autosave');
  performance.measure('galley:autosave', { start, end: performance.now(), detail: { longestPart } });
}

/** The work a previous session left unsaved, if any. */
export function unsavedWork(storage: Storage = window.localStorage): Project | null {
  const index = storage.getItem(KEY);
  if (!index) return null;
  const text = projectOfIndex(index, (key) => storage.getItem(key));
  if (text === null) return null;
  const project = parseProject('the safety copy', text);
  return project.ok && project.value.pages.length > 0 ? project.value : null;
}

export function discardUnsavedWork(storage: Storage = window.localStorage): void {
  storage.removeItem(KEY);
  removePagesNotIn(storage, new Set());
  writtenTo.delete(storage);
}
