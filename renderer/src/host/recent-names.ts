/**
 * The browser host's Recent list: the names of the files opened last, newest first, in
 * localStorage. A page cannot read a file again without the user picking it (file inputs give
 * no path, and the File System Access API's handles are Chromium-only and ask again anyway),
 * so these names are shown, not reopened; the app says so when one is picked.
 */
import { MAX_RECENT_FILES, type RecentFile } from '../../../shared/contract/app-api';

const KEY = 'galley.recent-files';

/** The part of `Storage` used; null where the browser refuses storage (private modes). */
export type NameStorage = Pick<Storage, 'getItem' | 'setItem'> | null;

export function recentNames(storage: NameStorage): readonly RecentFile[] {
  return readNames(storage).map((name) => ({ id: name, name, reopenable: false }));
}

/** Puts `names` first, in the order given; page images are left out (they come with their page). */
export function noteNames(storage: NameStorage, names: readonly string[]): void {
  if (storage === null || names.length === 0) return;
  const next = [...new Set([...names, ...readNames(storage)])].slice(0, MAX_RECENT_FILES);
  try {
    storage.setItem(KEY, JSON.stringify(next));
  } catch {
    // A full or refused storage loses only the convenience list.
  }
}

function readNames(storage: NameStorage): string[] {
  try {
    const data: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return Array.isArray(data) ? data.filter((n): n is string => typeof n === 'string' && n.length > 0).slice(0, MAX_RECENT_FILES) : [];
  } catch {
    return [];
  }
}
