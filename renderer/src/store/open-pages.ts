/**
 * The pages of one open join the store as they come from the load worker, a few at a time:
 * the first page is shown as soon as it is in (the editor reads page 1 of a 40-page issue
 * while the others still load), the rest are added together at most every
 * `ADD_EVERY_MS`, because each addition re-renders the navigator and re-links the issue.
 * Loading pages is not history: the undo stack is cleared once, when the first page shows,
 * so a decision taken while later pages still arrive stays undoable.
 */
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import type { AppState } from './app-store';
import { primeEngine } from './selectors';

/** Between two additions of arrived pages: a few re-renders for a 40-page issue, not forty. */
export const ADD_EVERY_MS = 250;

type SetState = (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;

export interface PageArrivals {
  /** Page `page` opened, the `index`-th of the files picked; `rebuilt` is its reconstruction from the worker. */
  add(index: number, page: Page, rebuilt?: Reconstruction): void;
  /** Adds whatever still waits (every file has been read). */
  finish(): void;
}

/**
 * Collects the pages of one open into the store. The pages keep the order of the files picked
 * (after the pages already open), whatever order they arrive in; a page opened again replaces
 * the one open. `settings` are the engine settings when the open started: a rebuilt page is
 * kept as the engine's run for them, so the selectors do not rebuild it on the main thread.
 */
export function pageArrivals(set: SetState, get: () => AppState, settings: Pick<AppState, 'disabledPasses' | 'thresholds'>): PageArrivals {
  const waiting: { index: number; page: Page }[] = [];
  const added: { index: number; page: Page }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const addWaiting = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (waiting.length === 0) return;
    const first = added.length === 0;
    added.push(...waiting.splice(0));
    added.sort((a, b) => a.index - b.index);
    const ours = added.map((a) => a.page);
    const known = new Set(ours.map((p) => p.id));
    set((state) => ({
      pages: [...state.pages.filter((p) => !known.has(p.id)), ...ours],
      ...(first ? { activePageId: ours[0]?.id ?? state.activePageId, selection: null } : {}),
    }));
    if (first) get().clearHistory();
  };

  return {
    add(index, page, rebuilt) {
      if (rebuilt) primeEngine(page, [], settings.disabledPasses, rebuilt, settings.thresholds);
      waiting.push({ index, page });
      if (added.length === 0) addWaiting();
      else timer ??= setTimeout(addWaiting, ADD_EVERY_MS);
    },
    finish: addWaiting,
  };
}
