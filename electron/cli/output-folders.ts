/**
 * `mkdir -p` for the command line's output folders (`galley reconstruct --out`, `galley batch`).
 * One level at a time, not `mkdir(dir, {recursive: true})`: on Node 20 that call never settles,
 * spinning a core, when the kernel answers ENOENT although the parent exists (`--out /proc/x`);
 * here that ENOENT comes back as an error after one retry.
 */
import path from 'node:path';

/** The two calls it needs (node's `fs/promises` fits; `mkdir` makes one folder, not its parents). */
export interface FolderFs {
  readonly mkdir: (dir: string) => Promise<unknown>;
  readonly stat: (file: string) => Promise<{ isDirectory(): boolean }>;
}

/** Makes `dir` and its missing parents; a folder made meanwhile by another process is fine. */
export async function makeFolders(dir: string, fs: FolderFs): Promise<void> {
  try {
    await fs.mkdir(dir);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EEXIST' && (await fs.stat(dir)).isDirectory()) return;
    const parent = path.dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    await makeFolders(parent, fs);
    await fs.mkdir(dir).catch(async (again: unknown) => {
      // Another process (a shard) made it in between: fine, as long as it is a folder.
      if ((again as { code?: unknown }).code === 'EEXIST' && (await fs.stat(dir)).isDirectory()) return;
      throw again;
    });
  }
}
