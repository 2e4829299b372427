/** Selection and messages: what the user is looking at. Never part of undo history. */
import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/model/result';
import { changedEngineSettings, clampSetting, type EngineSettingKey, type EngineSettings } from '../../../shared/pipeline/engine-settings';
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
  /**
   * Thresholds the editor moved (the rest keep their defaults); the page is rebuilt with them.
   * Saved in the project, like the passes switched off, but not undo history: they are how the
   * engine reads the page, not a decision about it, and Settings has a reset for each.
   */
  readonly thresholds: Partial<EngineSettings>;
  /** Sets a threshold (clamped to its range); null puts back its default. */
  setThreshold(key: EngineSettingKey, value: number | null): void;
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
  thresholds: {},
  setThreshold(key, value) {
    set((state) => {
      const next = changedEngineSettings({ ...state.thresholds, [key]: value === null ? undefined : clampSetting(key, value) });
      const same = Object.keys(next).length === Object.keys(state.thresholds).length && Object.entries(next).every(([k, v]) => state.thresholds[k as EngineSettingKey] === v);
      return same ? state : { thresholds: next, dirty: state.pages.length > 0 ? true : state.dirty };
    });
  },
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
