/** Selection and messages: what the user is looking at. Never part of undo history. */
import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/model/result';
import type { Language } from '../i18n';
import type { AppState } from './app-store';

/** What is selected: a source line in Original, or a piece of the reconstruction. */
export type Selection =
  | { readonly kind: 'line'; readonly lineId: string }
  | { readonly kind: 'piece'; readonly pieceId: string }
  | { readonly kind: 'repair'; readonly repairId: string };

export interface ShownError extends AppError {
  readonly id: number;
}

export interface UiSlice {
  readonly selection: Selection | null;
  readonly errors: readonly ShownError[];
  /** A short confirmation (`Exported to …`), shown politely, not as an alert. */
  readonly status: string | null;
  /** Repair steps the editor switched off (pass names); the page is rebuilt without them. */
  readonly disabledPasses: readonly string[];
  setPassEnabled(pass: string, enabled: boolean): void;
  /** The interface language; main.tsx starts it from the stored choice or the system's. */
  readonly language: Language;
  select(selection: Selection | null): void;
  reportErrors(errors: readonly AppError[]): void;
  dismissError(id: number): void;
  setStatus(status: string | null): void;
  setLanguage(language: Language): void;
}

let nextErrorId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  selection: null,
  errors: [],
  status: null,
  language: 'en',
  disabledPasses: [],
  setPassEnabled(pass, enabled) {
    set((state) => ({ disabledPasses: enabled ? state.disabledPasses.filter((p) => p !== pass) : [...new Set([...state.disabledPasses, pass])] }));
  },
  select(selection) {
    set({ selection });
  },
  reportErrors(errors) {
    set((state) => ({ errors: [...state.errors, ...errors.map((e) => ({ ...e, id: nextErrorId++ }))] }));
  },
  dismissError(id) {
    set((state) => ({ errors: state.errors.filter((e) => e.id !== id) }));
  },
  setStatus(status) {
    set({ status });
  },
  setLanguage(language) {
    set({ language });
  },
});
