/**
 * Temp files a killed run left beside its outputs. The atomic writer writes
 * `.NAME.tmp-PID-N` and renames it to NAME; `kill -9` between the two leaves the temp behind.
 * Only temps of this run's own outputs are removed: a shard running at the same time in the
 * same folder writes other outputs, and its temps in flight must stay.
 */
import { readdir, unlink } from 'node:fs/promises';
import path from 'node:path';

const TEMP = /^\.(.+)\.tmp-\d+-\d+$/u;

/** Removes temps of `outputs` (absolute paths); resolves to how many it removed. */
export async function removeStaleTemps(outputs: readonly string[]): Promise<number> {
  const byFolder = new Map<string, Set<string>>();
  for (const output of outputs) {
    const folder = path.dirname(output);
    let names = byFolder.get(folder);
    if (names === undefined) byFolder.set(folder, (names = new Set()));
    names.add(path.basename(output));
  }
  let removed = 0;
  for (const [folder, names] of byFolder) {
    const entries = await readdir(folder).catch(() => [] as string[]);
    for (const entry of entries) {
      const target = TEMP.exec(entry)?.[1];
      if (target !== undefined && names.has(target)) {
        await unlink(path.join(folder, entry)).then(() => (removed += 1), () => undefined);
      }
    }
  }
  return removed;
}
