/**
 * Worker threads that do batch jobs. Each worker holds up to two jobs at a time: while it does
 * one, the next is already waiting in its queue, so it never sits idle waiting for the main
 * thread (which on a two-core machine shares a core with the workers and may not run for a few
 * milliseconds), and one job's reading and atomic write (fsync) overlap the other's rebuilding.
 * A killed run loses at most two jobs per worker, and neither leaves a half-written output.
 *
 * A worker that dies (out of memory on a monstrous page, a crash in a library) is replaced; the
 * jobs it held are tried once more, each alone on a worker, and the one that kills a worker
 * alone fails. The batch goes on.
 */
import { Worker } from 'node:worker_threads';
import type { BatchJob, JobOutcome } from './job';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
/** Jobs a worker holds at a time. */
const DEPTH = 2;
/**
 * Rebuilding a page makes many short-lived objects; a young generation larger than V8's default
 * means fewer scavenges. Measured with `npm run bench:batch` (1,000 pages): 7% less CPU a page,
 * peak memory unchanged within noise.
 */
const YOUNG_GENERATION_MB = 96;

/** The workers' CPU time (ms, every worker the run started; null off Linux). */
export interface PoolCpu {
  readonly workers: number;
  readonly total: number | null;
  readonly startup: number | null;
}

/**
 * Runs `jobs` on `size` workers; `onOutcome` hears each one as it ends (in the order they
 * end). Resolves once every job has an outcome and the workers are gone.
 */
export function runOnWorkers(jobs: readonly BatchJob[], size: number, onOutcome: (outcome: JobOutcome) => void): Promise<PoolCpu> {
  const cpu = new Map<Worker, NonNullable<JobOutcome['workerCpu']>>();
  const sum = (pick: (c: NonNullable<JobOutcome['workerCpu']>) => number | null): number | null =>
    [...cpu.values()].reduce<number | null>((total, c) => (total === null || pick(c) === null ? null : total + (pick(c) ?? 0)), 0);
  const figures = (): PoolCpu => ({ workers: cpu.size, total: cpu.size === 0 ? null : sum((c) => c.total), startup: cpu.size === 0 ? null : sum((c) => c.startup) });
  return new Promise((resolve) => {
    let next = 0;
    let pending = jobs.length;
    const retry: BatchJob[] = [];
    const workers = new Set<Worker>();
    if (pending === 0) {
      resolve(figures());
      return;
    }

    const finishOne = (outcome: JobOutcome): void => {
      onOutcome(outcome);
      pending -= 1;
      if (pending === 0) {
        for (const worker of workers) void worker.terminate();
        resolve(figures());
      }
    };

    const start = (): void => {
      const worker = new Worker(ENTRY, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const held = new Map<number, { job: BatchJob; alone: boolean }>();
      const feed = (): void => {
        while (held.size < DEPTH) {
          if ([...held.values()].some((h) => h.alone)) return;
          if (retry.length > 0) {
            if (held.size > 0) return;
            const job = retry.shift() as BatchJob;
            held.set(job.id, { job, alone: true });
            worker.postMessage(job);
            return;
          }
          const job = jobs[next];
          if (job === undefined) return;
          next += 1;
          held.set(job.id, { job, alone: false });
          worker.postMessage(job);
        }
      };
      worker.on('message', (outcome: JobOutcome) => {
        if (outcome.workerCpu !== undefined) cpu.set(worker, outcome.workerCpu);
        held.delete(outcome.id);
        feed();
        finishOne(outcome);
      });
      const lost = (reason: string): void => {
        if (!workers.delete(worker)) return;
        for (const { job, alone } of held.values()) {
          if (alone) finishOne({ id: job.id, result: 'error', sha256: null, error: `the worker doing this ${job.kind} stopped: ${reason}` });
          else retry.push(job);
        }
        held.clear();
        if (pending > 0 && (next < jobs.length || retry.length > 0)) start();
      };
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => lost(`exit code ${code}`));
      workers.add(worker);
      feed();
    };

    for (let i = 0; i < Math.min(size, jobs.length); i++) start();
  });
}
