/**
 * Keeps unsaved work safe: every few seconds, when decisions or edits changed, the whole
 * project is written to local storage (in Electron that lives in the app's data folder).
 * After a crash or a kill, the next start offers it back.
 */
import { parseProject, type Project } from '../../shared/project/project-file';
import type { AppStore } from './store/app-store';
import { projectOf } from './store/project';
import { translator } from './i18n';

const KEY = 'galley:autosave';
export const AUTOSAVE_MS = 3000;

/** Starts autosaving; returns the function that stops it. */
export function startAutosave(store: AppStore, storage: Storage = window.localStorage, every = AUTOSAVE_MS): () => void {
  let last = '';
  let warned = false;
  const timer = setInterval(() => {
    const state = store.getState();
    if (!state.dirty) return;
    const snapshot = projectOf(state, new Date().toISOString());
    // The snapshot carries its time: compare without it, so an unchanged project is not rewritten.
    const body = snapshot.replace(/"savedAt": "[^"]*"/u, '');
    if (body === last) return;
    try {
      storage.setItem(KEY, snapshot);
      last = body;
    } catch (error) {
      if (!warned) state.reportErrors([{ code: 'write-failed', message: translator(state.language)('message.autosaveFailed', { error: String(error) }) }]);
      warned = true;
    }
  }, every);
  return () => clearInterval(timer);
}

/** The work a previous session left unsaved, if any. */
export function unsavedWork(storage: Storage = window.localStorage): Project | null {
  const text = storage.getItem(KEY);
  if (!text) return null;
  const project = parseProject('the safety copy', text);
  return project.ok && project.value.pages.length > 0 ? project.value : null;
}

export function discardUnsavedWork(storage: Storage = window.localStorage): void {
  storage.removeItem(KEY);
}
