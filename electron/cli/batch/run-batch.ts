/**
 * `galley batch`: finds the pages, keeps this shard's slice, skips what the manifest shows
 * done, and has worker threads do the rest while the main thread writes the manifest and the
 * progress. Order of work for a page: the worker writes its output atomically, then the main
 * thread appends its manifest line. A run killed in between has an output without a line, and
 * the next run does that page again: at most the pages in flight are lost, and no output is
 * ever half-written.
 */
import path from 'node:path';
import type { ExportFormat } from '../../../shared/contract/app-api';
import { ENGINE_VERSION } from '../../../shared/project/project-file';
import { reasonOf } from '../../main/error-reason';
import { collectInputs, type BatchInput } from './collect-inputs';
import { manifestName, openManifest, readLatestRecords, recordKey, type ManifestRecord, type ManifestWriter } from './manifest';
import { makeFolders } from './output-folders';
import type { PageJob, PageOutcome } from './page-job';
import { createProgress, type BatchCounts, type ProgressStream } from './progress';
import { inShard, type Shard } from './shard';
import { removeStaleTemps } from './stale-temps';
import { runOnWorkers } from './worker-pool';

export interface BatchRequest {
  /** Files and folders, as given. */
  readonly inputs: readonly string[];
  readonly out: string;
  readonly format: ExportFormat;
  /** Worker threads (at most one per page). */
  readonly jobs: number;
  readonly shard: Shard | null;
}

export interface BatchIo {
  readonly stderr: ProgressStream;
  /** Milliseconds (injected for tests). */
  readonly now?: () => number;
}

/** Exit code 2, bad usage, as the rest of the command line has it. */
const USAGE = 2;

/** The latest `ok` line's hash when it is for this output, from this engine. */
function doneHash(record: ManifestRecord | undefined, input: BatchInput): string | null {
  if (record?.result !== 'ok' || record.engine !== ENGINE_VERSION || record.output !== input.output) return null;
  return record.sha256;
}

/** Runs a batch; resolves to the exit code: 0 every page done, 1 some page failed, 2 bad usage. */
export async function runBatch(request: BatchRequest, io: BatchIo): Promise<0 | 1 | 2> {
  const now = io.now ?? (() => performance.now());
  const say = (text: string): void => {
    io.stderr.write(`galley batch: ${text}\n`);
  };
  const out = path.resolve(request.out);
  const collected = await collectInputs(request.inputs, out, request.format);
  if (!collected.ok) {
    io.stderr.write(`galley: ${collected.message}\n`);
    return USAGE;
  }
  const { shard } = request;
  const inputs = shard === null ? collected.inputs : collected.inputs.filter((input) => inShard(input.relative, shard));

  try {
    await makeFolders(out);
    for (const folder of new Set(inputs.map((input) => path.dirname(path.join(out, input.output))))) await makeFolders(folder);
  } catch (error) {
    io.stderr.write(`galley: could not create the output folder “${request.out}”: ${reasonOf(error)}.\n`);
    return 1;
  }
  const latest = readLatestRecords(out);
  await removeStaleTemps(inputs.map((input) => path.join(out, input.output)));
  const manifestFile = path.join(out, manifestName(shard));
  let manifest: ManifestWriter;
  try {
    manifest = openManifest(manifestFile);
  } catch (error) {
    io.stderr.write(`galley: could not write the manifest “${manifestFile}”: ${reasonOf(error)}.\n`);
    return 1;
  }

  const jobs: PageJob[] = inputs.map((input, id) => ({
    id,
    file: input.file,
    output: path.join(out, input.output),
    format: request.format,
    doneSha256: doneHash(latest.get(recordKey(input.relative, request.format)), input),
  }));
  const workers = Math.max(1, Math.min(request.jobs, jobs.length));
  const slice = shard === null ? '' : ` (shard ${shard.index}/${shard.count} of ${collected.inputs.length.toLocaleString('en-US')})`;
  say(`${inputs.length.toLocaleString('en-US')} page${inputs.length === 1 ? '' : 's'}${slice}, ${workers} worker${workers === 1 ? '' : 's'}, ${request.format} into ${request.out}`);

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
  const progress = createProgress(io.stderr, now);
  const started = now();
  const onOutcome = (outcome: PageOutcome): void => {
    const input = inputs[outcome.id];
    if (input === undefined) return;
    if (outcome.result === 'skipped') {
      counts = { ...counts, skipped: counts.skipped + 1 };
    } else {
      record({
        input: input.relative,
        sha256: outcome.sha256,
        format: request.format,
        engine: ENGINE_VERSION,
        result: outcome.result,
        ...(outcome.result === 'ok' ? { output: input.output } : { error: outcome.error ?? 'unknown error' }),
        at: new Date().toISOString(),
      });
      if (outcome.result === 'error') {
        counts = { ...counts, failed: counts.failed + 1 };
        progress.failure(input.relative, outcome.error ?? 'unknown error');
      } else {
        if (outcome.result === 'not-a-page') notPages += 1;
        counts = { ...counts, done: counts.done + 1 };
      }
    }
    progress.update(counts);
  };
  try {
    await runOnWorkers(jobs, workers, onOutcome);
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
  const notPage = notPages > 0 ? `, ${notPages.toLocaleString('en-US')} not pages (METS, DIDL…)` : '';
  say(
    `finished in ${(elapsed / 1000).toFixed(1)} s: ${(counts.done - notPages).toLocaleString('en-US')} written, ${counts.skipped.toLocaleString('en-US')} unchanged (skipped)${notPage}, ` +
      `${counts.failed.toLocaleString('en-US')} failed (${(finished / (elapsed / 1000)).toFixed(1)} pages/s). Manifest: ${manifestFile}`,
  );
  return counts.failed > 0 || manifestError !== null ? 1 : 0;
}
