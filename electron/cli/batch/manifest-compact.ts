/**
 * Keeps a manifest from growing forever. Every run appends a line for each page it does, so an
 * archive rerun after each engine update would collect one line a page a run; only the latest
 * line about a page counts. When at least half the lines of a run's own manifest file say
 * nothing the latest lines do not (superseded, or cut short by a kill), the run rewrites the
 * file with the latest line of each page before it starts.
 *
 * The rewrite is atomic: the new file is written beside it under a hidden temp name, synced,
 * and renamed over the old one. A kill before the rename leaves the old manifest whole (and a
 * temp the next run removes); after it, the new one. A shard compacts only its own file: others
 * may be appending to theirs at the same time.
 */
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseManifest, recordKey, type ManifestRecord } from './manifest';

/** Compact when the file has at least this many lines for each line worth keeping. */
const LINES_PER_KEPT = 2;

/** A temp of an earlier compaction of `name`, left by a kill. */
const tempsOf = (name: string): RegExp => new RegExp(`^\\.${name.replace(/[.]/gu, '\\.')}\\.compact-\\d+$`, 'u');

/** The latest record of each page in `records` (a later line wins a tie), in the order of those lines. */
export function latestOnly(records: readonly ManifestRecord[]): ManifestRecord[] {
  const latest = new Map<string, number>();
  records.forEach((record, i) => {
    const key = recordKey(record.input, record.format);
    const earlier = latest.get(key);
    if (earlier === undefined || (records[earlier]?.at ?? '') <= record.at) latest.set(key, i);
  });
  return [...latest.values()].sort((a, b) => a - b).map((i) => records[i] as ManifestRecord);
}

/** What a compaction did: the file's lines before and after; null when it left the file alone. */
export type Compaction = { readonly before: number; readonly after: number } | null;

/**
 * Compacts `file` when it is worth it (see above); a missing file is left alone. Throws what
 * the file system throws (the caller says so and goes on with the file as it was).
 */
export function compactManifest(file: string): Compaction {
  const folder = path.dirname(file);
  const name = path.basename(file);
  const temps = tempsOf(name);
  for (const entry of readdirSync(folder)) if (temps.test(entry)) unlinkSync(path.join(folder, entry));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '').length;
  const kept = latestOnly(parseManifest(text));
  if (lines < LINES_PER_KEPT * Math.max(1, kept.length)) return null;
  const temp = path.join(folder, `.${name}.compact-${process.pid}`);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, kept.map((record) => `${JSON.stringify(record)}\n`).join(''));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  return { before: lines, after: kept.length };
}
