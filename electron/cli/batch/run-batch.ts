/**
 * `galley batch`: finds the pages, keeps this shard's slice, skips what the manifest shows
 * done, and has worker threads do the rest while the main thread writes the manifest and the
 * progress. Order of work for a page: the worker writes its output atomically, then the main
 * thread appends its manifest line. A run killed in between has an output without a line, and
 * the next run does that page again: at most the pages in flight are lost, and no output is
 * ever half-written.
 */
import { mkdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExportFormat } from '../../../shared/contract/app-api';
import { ISSUE_EXPORT_FORMATS } from '../../../shared/export/issue-export';
import { ENGINE_VERSION } from '../../../shared/project/project-file';
import { reasonOf } from '../../main/error-reason';
import { makeFolders } from '../output-folders';
import { collectInputs } from './collect-inputs';
import { groupIssues } from './issues';
import type { BatchJob, JobOutcome } from './job';
import { compactManifest } from './manifest-compact';
import { manifestName, openManifest, readLatestRecords, recordKey, type ManifestRecord, type ManifestWriter } from './manifest';
import { createProgress, type BatchCounts, type ProgressStream } from './progress';
import { inShard, type Shard } from './shard';
import { removeStaleTemps } from './stale-temps';
import { threadCpuMs } from './thread-cpu';
import { startWorkerPool, type PoolFigures, type WorkerPool } from './worker-pool';

export interface BatchRequest {
  /** Files and folders, as given. */
  readonly inputs: readonly string[];
  readonly out: string;
  readonly format: ExportFormat;
  /** Worker threads (at most one per page). */
  readonly jobs: number;
  readonly shard: Shard | null;
  /** Each folder of pages is one issue (`--issues`): then `format` is one an issue exports to. */
  readonly issues?: boolean;
}

/** One job-to-be of the batch, before the manifest says whether it is done: a page, or an issue folder. */
interface Unit {
  /** The manifest's key, and the shard's. */
  readonly key: string;
  /** The output, relative to the output folder. */
  readonly output: string;
  readonly job: (id: number, output: string, doneSha256: string | null) => BatchJob;
}

export interface BatchIo {
  readonly stderr: ProgressStream;
  /** Milliseconds (injected for tests). */
  readonly now?: () => number;
}

/** Where the time of a run went, for `npm run bench:batch` (CPU in ms; null off Linux). */
export interface BatchFigures {
  readonly jobs: number;
  readonly elapsedMs: number;
  /** Main thread: finding the pages, reading the manifests, making folders (before any job), and in all. */
  readonly mainCpu: { readonly setup: number | null; readonly total: number | null };
  readonly workerCpu: PoolFigures;
}

let lastFigures: BatchFigures | null = null;

/** The figures of the last run in this process (the bench's child reads them after `main`). */
export function lastBatchFigures(): BatchFigures | null {
  return lastFigures;
}

/** Exit code 2, bad usage, as the rest of the command line has it. */
const USAGE = 2;

/** The latest `ok` line's hash when it is for this output, from this engine. */
function doneHash(record: ManifestRecord | undefined, unit: Unit): string | null {
  if (record?.result !== 'ok' || record.engine !== ENGINE_VERSION || record.output !== unit.output) return null;
  return record.sha256;
}

/**
 * Workers started before the pages are known, so that their start-up overlaps the walk: as many
 * as asked, but not more than the cores (a run asking for more starts the rest once it knows
 * there are pages enough).
 */
const EARLY_WORKERS_LIMIT = os.availableParallelism();

/** Runs a batch; resolves to the exit code: 0 every page done, 1 some page failed, 2 bad usage. */
export async function runBatch(request: BatchRequest, io: BatchIo): Promise<0 | 1 | 2> {
  const pool = startWorkerPool(Math.max(1, Math.min(request.jobs, EARLY_WORKERS_LIMIT)));
  try {
    return await runOnPool(request, io, pool);
  } finally {
    pool.stop();
  }
}

async function runOnPool(request: BatchRequest, io: BatchIo, pool: WorkerPool): Promise<0 | 1 | 2> {
  const now = io.now ?? (() => performance.now());
  const say = (text: string): void => {
    io.stderr.write(`galley batch: ${text}\n`);
  };
  const mainCpuAtStart = threadCpuMs();
  const mainCpu = (): number | null => {
    const t = threadCpuMs();
    return t === null || mainCpuAtStart === null ? null : t - mainCpuAtStart;
  };
  const out = path.resolve(request.out);
  const collected = await collectInputs(request.inputs, out, request.format);
  if (!collected.ok) {
    io.stderr.write(`galley: ${collected.message}\n`);
    return USAGE;
  }
  const { shard, format } = request;
  const issueFormat = ISSUE_EXPORT_FORMATS.find((f) => f === format);
  if (request.issues === true && issueFormat === undefined) {
    io.stderr.write(`galley: an issue exports to ${ISSUE_EXPORT_FORMATS.join(', ')}, not ${format}.\n`);
    return USAGE;
  }
  const all: Unit[] = request.issues === true && issueFormat !== undefined
    ? groupIssues(collected.inputs, collected.common, issueFormat).map((issue) => ({
        key: issue.key,
        output: issue.output,
        job: (id, output, doneSha256) => ({ kind: 'issue', id, files: issue.files, output, format: issueFormat, doneSha256 }),
      }))
    : collected.inputs.map((input) => ({
        key: input.relative,
        output: input.output,
        job: (id, output, doneSha256) => ({ kind: 'page', id, file: input.file, output, format, doneSha256 }),
      }));
  const units = shard === null ? all : all.filter((unit) => inShard(unit.key, shard));
  const noun = request.issues === true ? 'issue' : 'page';

  try {
    await makeFolders(out, { mkdir, stat });
    for (const folder of new Set(units.map((unit) => path.dirname(path.join(out, unit.output))))) await makeFolders(folder, { mkdir, stat });
  } catch (error) {
    io.stderr.write(`galley: could not create the output folder “${request.out}”: ${reasonOf(error)}.\n`);
    return 1;
  }
  const latest = readLatestRecords(out);
  await removeStaleTemps(units.map((unit) => path.join(out, unit.output)));
  const manifestFile = path.join(out, manifestName(shard));
  try {
    const compacted = compactManifest(manifestFile);
    if (compacted !== null) say(`manifest compacted: ${compacted.before.toLocaleString('en-US')} lines to ${compacted.after.toLocaleString('en-US')}, the latest for each ${noun}.`);
  } catch (error) {
    // The manifest as it was still holds every line: it is only longer than it need be.
    say(`could not compact the manifest “${manifestFile}”: ${reasonOf(error)}; it stays as it was.`);
  }
  let manifest: ManifestWriter;
  try {
    manifest = openManifest(manifestFile);
  } catch (error) {
    io.stderr.write(`galley: could not write the manifest “${manifestFile}”: ${reasonOf(error)}.\n`);
    return 1;
  }

  const jobs: BatchJob[] = units.map((unit, id) => unit.job(id, path.join(out, unit.output), doneHash(latest.get(recordKey(unit.key, format)), unit)));
  const workers = Math.max(1, Math.min(request.jobs, jobs.length));
  const slice = shard === null ? '' : ` (shard ${shard.index}/${shard.count} of ${all.length.toLocaleString('en-US')})`;
  const pagesIn = request.issues === true ? ` (${collected.inputs.length.toLocaleString('en-US')} page files)` : '';
  say(`${units.length.toLocaleString('en-US')} ${noun}${units.length === 1 ? '' : 's'}${pagesIn}${slice}, ${workers} worker${workers === 1 ? '' : 's'}, ${request.format} into ${request.out}`);

  let counts: BatchCounts = { total: jobs.length, done: 0, skipped: 0, failed: 0 };
  let notPages = 0;
  let manifestError: string | null = null;
  const record = (line: ManifestRecord): void => {
    try {
      manifest.append(line);
    } catch (error) {
      // A full disk: the outputs still get written, and a rerun redoes what went unrecorded.
      if (manifestError === null) say(`could not write to the manifest “${manifestFile}”: ${reasonOf(error)}. Pages done from here on will be done again by the next run.`);
      manifestError ??= reasonOf(error);
    }
  };
  const progress = createProgress(io.stderr, now, `${noun}s`);
  const started = now();
  const setupCpu = mainCpu();
  const onOutcome = (outcome: JobOutcome): void => {
    const unit = units[outcome.id];
    if (unit === undefined) return;
    if (outcome.result === 'skipped') {
      counts = { ...counts, skipped: counts.skipped + 1 };
    } else {
      record({
        input: unit.key,
        sha256: outcome.sha256,
        format,
        engine: ENGINE_VERSION,
        result: outcome.result,
        ...(outcome.pages === undefined ? {} : { pages: outcome.pages }),
        ...(outcome.written === true ? { output: unit.output } : {}),
        ...(outcome.result === 'ok' ? {} : { error: outcome.error ?? 'unknown error' }),
        at: new Date().toISOString(),
      });
      if (outcome.result === 'error') {
        counts = { ...counts, failed: counts.failed + 1 };
        progress.failure(unit.key, outcome.error ?? 'unknown error');
      } else {
        if (outcome.result === 'not-a-page') notPages += 1;
        counts = { ...counts, done: counts.done + 1 };
      }
    }
    progress.update(counts);
  };
  try {
    const workerCpu = await pool.run(jobs, onOutcome, workers);
    lastFigures = { jobs: jobs.length, elapsedMs: now() - started, mainCpu: { setup: setupCpu, total: mainCpu() }, workerCpu };
  } finally {
    try {
      manifest.close();
    } catch {
      // Closing can report a write error the appends already reported.
    }
  }
  progress.finish(counts);
  const elapsed = now() - started;
  const finished = counts.done + counts.skipped + counts.failed;
  const notPage = notPages > 0 ? `, ${notPages.toLocaleString('en-US')} not ${noun}s (METS, DIDL…)` : '';
  say(
    `finished in ${(elapsed / 1000).toFixed(1)} s: ${(counts.done - notPages).toLocaleString('en-US')} written, ${counts.skipped.toLocaleString('en-US')} unchanged (skipped)${notPage}, ` +
      `${counts.failed.toLocaleString('en-US')} failed (${(finished / (elapsed / 1000)).toFixed(1)} ${noun}s/s). Manifest: ${manifestFile}`,
  );
  return counts.failed > 0 || manifestError !== null ? 1 : 0;
}
