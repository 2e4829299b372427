/**
 * One store made of slices, with history middleware on the combined store only
 * (zustand docs; zundo). History records the editor's decisions and nothing else.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import { createDocumentSlice, type DocumentSlice } from './document-slice';
import { createReviewSlice, type ReviewSlice } from './review-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createIssueSlice, startIssueLinking, type IssueSlice } from './issue-links';
import { sharedEngineWorker } from '../engine/rebuild-first';
import type { EngineWorker } from '../engine/engine-client';

/** Steps of undo history kept (the editor's desk asks for at least 500). */
export const HISTORY_LIMIT = 1000;

export interface HistoryActions {
  undo(): void;
  redo(): void;
  clearHistory(): void;
}

export type AppState = DocumentSlice & ReviewSlice & UiSlice & IssueSlice & HistoryActions;

type History = Pick<AppState, 'rejected' | 'accepted' | 'edits'>;

export type AppStore = StoreApi<AppState> & { temporal: StoreApi<TemporalState<History>> };

/** `engine`: the worker that links the issue (the window's own by default; a test gives its own). */
export function createAppStore(engine: () => EngineWorker | null = sharedEngineWorker): AppStore {
  const store = createStore<AppState>()(
    temporal(
      (set, get, api) => ({
        ...createDocumentSlice(set, get, api),
        ...createReviewSlice(set, get, api),
        ...createUiSlice(set, get, api),
        ...createIssueSlice(),
        undo: () => (api as unknown as AppStore).temporal.getState().undo(),
        redo: () => (api as unknown as AppStore).temporal.getState().redo(),
        clearHistory: () => (api as unknown as AppStore).temporal.getState().clear(),
      }),
      {
        limit: HISTORY_LIMIT,
        partialize: (state): History => ({ rejected: state.rejected, accepted: state.accepted, edits: state.edits }),
        // Only a change of decisions or edits is a step; selection and messages are not history.
        equality: (a, b) => a.rejected === b.rejected && a.accepted === b.accepted && a.edits === b.edits,
      },
    ),
  );
  // Any change of decisions or edits (including undo and redo) leaves unsaved work.
  store.subscribe((state, previous) => {
    if (state.pages !== previous.pages) return;
    if (!state.dirty && (state.rejected !== previous.rejected || state.accepted !== previous.accepted || state.edits !== previous.edits)) store.setState({ dirty: true });
  });
  // The open pages' jump links, linked in the engine worker as pages and decisions change.
  startIssueLinking(store, engine);
  return store as AppStore;
}
