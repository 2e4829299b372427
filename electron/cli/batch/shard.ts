/**
 * `--shard K/N`: the K-th of N slices of an archive, so N processes (a Slurm job array, a
 * Kubernetes Indexed Job, GNU parallel on several machines) split the work without talking to
 * each other. A page belongs to the slice its relative path hashes to, so the split depends
 * neither on the order the INPUTs were given in nor on the machine, and a page added to the
 * archive later does not move the others to another slice.
 */
import { fnv1a32 } from '../../../shared/load/hash';

/** Slice `index` (1-based, as Slurm's array ids and the `K/N` a person writes) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Parses `K/N`; returns a sentence for people when it is not one (1 ≤ K ≤ N). */
export function parseShard(value: string): Shard | string {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/u.exec(value);
  if (match === null) return `--shard takes K/N, such as 3/8 (the third of eight slices); got “${value}”.`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${value}: K counts from 1 to N, so 1/${Math.max(count, 1)} to ${Math.max(count, 1)}/${Math.max(count, 1)}.`;
  return { index, count };
}

/** Whether the page at `relativePath` (with `/` separators) falls in `shard`. */
export function inShard(relativePath: string, shard: Shard): boolean {
  return (Number.parseInt(fnv1a32(relativePath), 16) % shard.count) + 1 === shard.index;
}
