/**
 * The Recent list of the Electron host: the paths of the pages opened last, newest first, kept
 * in a small JSON file in the user data folder (written atomically, so a crash mid-write leaves
 * the previous list). A missing or damaged file is an empty list, never an error: the list is a
 * convenience and must not stop the app from starting.
 */
import { basename } from 'node:path';
import { MAX_RECENT_FILES, type RecentFile } from '../../shared/contract/app-api';
import type { WriteFileAtomic } from './atomic-write';

/** The read the list needs (node's `fs/promises` fits). */
export interface RecentFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
}

export interface RecentFilesDeps {
  readonly fs: RecentFs;
  readonly writeFileAtomic: WriteFileAtomic;
  /** Where the list is kept (`<userData>/recent-files.json`). */
  readonly file: string;
  /** Called after every change, with the new list (main rebuilds the menu, tells the OS). */
  readonly onChange?: (paths: readonly string[]) => void;
}

export interface RecentFiles {
  /** The paths, newest first. */
  paths(): Promise<readonly string[]>;
  /** As the renderer's Recent list shows them. */
  list(): Promise<readonly RecentFile[]>;
  /** Puts these paths first (in the order given), keeping at most MAX_RECENT_FILES. */
  add(paths: readonly string[]): Promise<void>;
  /** Drops a path that can no longer be read. */
  remove(path: string): Promise<void>;
  clear(): Promise<void>;
  has(path: string): Promise<boolean>;
}

const VERSION = 1;

export function createRecentFiles(deps: RecentFilesDeps): RecentFiles {
  let cached: readonly string[] | null = null;
  // Changes run one after another, so two opens in quick succession both land in the file.
  let queue: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<readonly string[]> => {
    cached ??= parse(await deps.fs.readFile(deps.file, 'utf8').catch(() => ''));
    return cached;
  };
  const change = (next: (paths: readonly string[]) => readonly string[]): Promise<void> => {
    const job = queue.then(async () => {
      const before = await load();
      const after = next(before).slice(0, MAX_RECENT_FILES);
      if (sameList(before, after)) return;
      cached = after;
      // A failed write keeps the list in memory for this session; nothing else depends on it.
      await deps.writeFileAtomic(deps.file, `${JSON.stringify({ version: VERSION, paths: after }, null, 2)}\n`);
      deps.onChange?.(after);
    });
    queue = job.catch(() => undefined);
    return job;
  };

  return {
    paths: load,
    async list() {
      return (await load()).map((path) => ({ id: path, name: basename(path), reopenable: true }));
    },
    add: (paths) => change((before) => [...new Set([...paths, ...before])]),
    remove: (path) => change((before) => before.filter((p) => p !== path)),
    clear: () => change(() => []),
    async has(path) {
      return (await load()).includes(path);
    },
  };
}

/** The paths of a stored list; anything unexpected gives an empty list. */
export function parse(text: string): readonly string[] {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return [];
    const { version, paths } = data as Record<string, unknown>;
    if (version !== VERSION || !Array.isArray(paths)) return [];
    const strings = paths.filter((p): p is string => typeof p === 'string' && p.length > 0);
    return [...new Set(strings)].slice(0, MAX_RECENT_FILES);
  } catch {
    return [];
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}
