/**
 * The editor's decisions on repairs. This is what undo and redo step through: decisions
 * and edits, never selection or scrolling.
 */
import type { StateCreator } from 'zustand';
import type { RepairId } from '../../../shared/model/repair';
import type { AppState } from './app-store';

export interface ReviewSlice {
  /** Rejected repair ids per page id. */
  readonly rejected: Readonly<Record<string, readonly RepairId[]>>;
  rejectRepair(pageId: string, repairId: RepairId): void;
  restoreRepair(pageId: string, repairId: RepairId): void;
}

export const createReviewSlice: StateCreator<AppState, [], [], ReviewSlice> = (set) => ({
  rejected: {},
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
