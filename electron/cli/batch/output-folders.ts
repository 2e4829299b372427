/**
 * Makes the output folder and the subfolders that mirror the INPUTs. Step by step rather
 * than `mkdir(dir, {recursive: true})`: on Node 20 that call never settles when the kernel
 * answers ENOENT although the parent exists (`--out /proc/x`; see reconstruct-pages.ts).
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** `mkdir -p`, one level at a time; a folder made meanwhile by another shard is fine. */
export async function makeFolders(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EEXIST' && (await stat(dir)).isDirectory()) return;
    const parent = path.dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
    await makeFolders(parent);
    await mkdir(dir).catch(async (again: unknown) => {
      if ((again as { code?: unknown }).code === 'EEXIST' && (await stat(dir)).isDirectory()) return;
      throw again;
    });
  }
}
