/**
 * The batch manifest: one JSON object per line, appended as each page finishes, in the output
 * folder. Append-only lines survive `kill -9`: at worst the last line is cut short, and the
 * reader skips a line it cannot parse (the page it described is simply done again). Each shard
 * appends to its own file (`galley-manifest.3-of-8.jsonl`), so shards sharing a folder on a
 * network disk never write the same file; every run reads them all, so a plain run after the
 * shards skips what they did.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ExportFormat } from '../../../shared/contract/app-api';
import type { Shard } from './shard';

/** What became of one page. `not-a-page`: an XML file that lists pages (METS, DIDL) or holds none. */
export type PageResult = 'ok' | 'error' | 'not-a-page';

/** One line of the manifest. */
export interface ManifestRecord {
  /** The page's path relative to the INPUTs' common folder; an issue's folder, ending in `/`. */
  readonly input: string;
  /** SHA-256 of the page's bytes, hex (an issue's: over its pages' names and hashes); null when unread. */
  readonly sha256: string | null;
  readonly format: ExportFormat;
  /** The engine that made the output (the version a project file records). */
  readonly engine: string;
  readonly result: PageResult;
  /** The export, relative to the output folder: `ok`, and an issue written without a bad page. */
  readonly output?: string;
  /** `--issues`: the page files in the folder. */
  readonly pages?: number;
  /** Why the page failed or is not a page. */
  readonly error?: string;
  /** When the page finished (ISO 8601): the latest line about a page wins. */
  readonly at: string;
}

const PREFIX = 'galley-manifest';

/** `galley-manifest.jsonl`, or `galley-manifest.3-of-8.jsonl` for a shard. */
export function manifestName(shard: Shard | null): string {
  return shard === null ? `${PREFIX}.jsonl` : `${PREFIX}.${shard.index}-of-${shard.count}.jsonl`;
}

function isRecord(value: unknown): value is ManifestRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.input === 'string' && typeof r.format === 'string' && typeof r.engine === 'string' && typeof r.result === 'string' && typeof r.at === 'string';
}

/** Parses manifest text; lines that are cut short or damaged are left out. */
export function parseManifest(text: string): ManifestRecord[] {
  const records: ManifestRecord[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isRecord(value)) records.push(value);
    } catch {
      // A line cut by kill -9 or a full disk: its page is redone.
    }
  }
  return records;
}

/**
 * The latest record for each (page, format) over every manifest in `dir`. Missing folder or
 * no manifest yet: an empty map.
 */
export function readLatestRecords(dir: string): Map<string, ManifestRecord> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.startsWith(`${PREFIX}.`) && name.endsWith('.jsonl')).sort();
  } catch {
    return new Map();
  }
  const latest = new Map<string, ManifestRecord>();
  for (const name of names) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, name), 'utf8');
    } catch {
      continue;
    }
    for (const record of parseManifest(text)) {
      const key = recordKey(record.input, record.format);
      const earlier = latest.get(key);
      if (earlier === undefined || earlier.at <= record.at) latest.set(key, record);
    }
  }
  return latest;
}

/** The map key of a page in a format. */
export function recordKey(input: string, format: string): string {
  return `${format}\u0000${input}`;
}

/** Appends records, one `write` each, to a manifest file. */
export interface ManifestWriter {
  append(record: ManifestRecord): void;
  close(): void;
}

/**
 * Opens `file` for appending. A last line left without its line feed by a killed run gets one
 * first, so the next record does not run into it and both become unreadable.
 */
export function openManifest(file: string): ManifestWriter {
  const fd = openSync(file, 'a+');
  const size = fstatSync(fd).size;
  const last = Buffer.alloc(1);
  if (size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a) writeSync(fd, '\n');
  return {
    append(record) {
      writeSync(fd, `${JSON.stringify(record)}\n`);
    },
    close() {
      closeSync(fd);
    },
  };
}
