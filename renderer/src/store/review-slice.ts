/**
 * The editor's decisions on repairs. This is what undo and redo step through: decisions
 * and edits, never selection or scrolling.
 */
import type { StateCreator } from 'zustand';
import type { RepairId } from '../../../shared/model/repair';
import type { Edit } from '../../../shared/edit/edits';
import type { AppState } from './app-store';

export interface ReviewSlice {
  /** Rejected repair ids per page id. */
  readonly rejected: Readonly<Record<string, readonly RepairId[]>>;
  /** Repairs the editor has checked and kept, per page id. */
  readonly accepted: Readonly<Record<string, readonly RepairId[]>>;
  /** The editor's hand edits per page id, applied in order on top of the engine's result. */
  readonly edits: Readonly<Record<string, readonly Edit[]>>;
  rejectRepair(pageId: string, repairId: RepairId): void;
  /** Rejects several repairs as one step (all of one kind). */
  rejectRepairs(pageId: string, repairIds: readonly RepairId[]): void;
  acceptRepair(pageId: string, repairId: RepairId): void;
  restoreRepair(pageId: string, repairId: RepairId): void;
  /** Records one hand edit (one step of history). */
  edit(pageId: string, edit: Edit): void;
}

export const createReviewSlice: StateCreator<AppState, [], [], ReviewSlice> = (set) => ({
  rejected: {},
  accepted: {},
  edits: {},
  rejectRepairs(pageId, repairIds) {
    set((state) => {
      const current = state.rejected[pageId] ?? [];
      const added = repairIds.filter((id) => !current.includes(id));
      if (added.length === 0) return {};
      return { rejected: { ...state.rejected, [pageId]: [...current, ...added] } };
    });
  },
  acceptRepair(pageId, repairId) {
    set((state) => {
      const current = state.accepted[pageId] ?? [];
      const next = current.includes(repairId) ? current.filter((id) => id !== repairId) : [...current, repairId];
      return { accepted: { ...state.accepted, [pageId]: next } };
    });
  },
  edit(pageId, edit) {
    set((state) => ({ edits: { ...state.edits, [pageId]: [...(state.edits[pageId] ?? []), edit] } }));
  },
  rejectRepair(pageId, repairId) {
    set((state) => {
      const current = state.rejected[pageId] ?? [];
      if (current.includes(repairId)) return {};
      return { rejected: { ...state.rejected, [pageId]: [...current, repairId] } };
    });
  },
  restoreRepair(pageId, repairId) {
    set((state) => {
      const current = state.rejected[pageId] ?? [];
      if (!current.includes(repairId)) return {};
      return { rejected: { ...state.rejected, [pageId]: current.filter((id) => id !== repairId) } };
    });
  },
});
