/**
 * Output names that never land on one file. Each output has names to choose from, shortest
 * first (`p1.cleaned.json`, then `p1.txt.cleaned.json`, then `p1.txt-5e0c…cleaned.json`); every
 * output starts with its first, and while outputs in one folder share a name, those of them on
 * the shortest choice move to their next. Names are compared as a case-insensitive disk (macOS,
 * Windows) compares them, so `Page.txt` and `page.txt` do not overwrite each other there:
 *
 * - `p1.txt` and `p1.xml`: both keep their extension (`p1.txt.cleaned.json`, `p1.xml.cleaned.json`);
 * - `a.txt`, `a.xml` and `a.txt.txt`: `a.txt` keeps its extension, `a.txt.cleaned.json`, which is
 *   what `a.txt.txt` would have had, so `a.txt.txt` keeps its own too: `a.txt.txt.cleaned.json`;
 * - `Page.txt` and `page.txt`: their full names still differ only in case, so each gets a hash
 *   of its exact name: `Page.txt-2b1a….cleaned.json`, `page.txt-9c3f….cleaned.json`.
 *
 * The choice is made from the whole list, before shards take their slices, so every shard
 * names an output alike; adding a file changes only the names of files it clashes with.
 */
import path from 'node:path';

/** One output: its folder (relative, `/`-separated) and its names, shortest first. */
export interface NameChoices {
  readonly folder: string;
  readonly names: readonly string[];
}

/** As a case-insensitive, normalising disk sees a path. */
const diskKey = (folder: string, name: string): string => `${folder}/${name}`.normalize('NFC').toLowerCase();

/** The chosen output paths (`folder/name`), one for each of `outputs`, in their order. */
export function uniqueOutputPaths(outputs: readonly NameChoices[]): string[] {
  const level = outputs.map(() => 0);
  const nameOf = (i: number): string => {
    const names = outputs[i]?.names ?? [];
    return names[Math.min(level[i] ?? 0, names.length - 1)] ?? '';
  };
  for (let changed = true; changed; ) {
    changed = false;
    const groups = new Map<string, number[]>();
    outputs.forEach((output, i) => {
      const key = diskKey(output.folder, nameOf(i));
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [i]);
      else group.push(i);
    });
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const lowest = Math.min(...group.map((i) => level[i] ?? 0));
      for (const i of group) {
        if (level[i] === lowest && lowest < (outputs[i]?.names.length ?? 0) - 1) {
          level[i] = lowest + 1;
          changed = true;
        }
      }
    }
  }
  return outputs.map((output, i) => (output.folder === '' ? nameOf(i) : path.posix.join(output.folder, nameOf(i))));
}
