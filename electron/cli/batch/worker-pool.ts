/**
 * Worker threads that do batch jobs. The pool starts its workers before the jobs are known, so
 * their start-up (tsx compiling the engine, the word lists: about half a second of CPU each)
 * overlaps the main thread's walk of the INPUTs instead of following it.
 *
 * Each worker holds up to three jobs at a time: while it rebuilds one, the next is already
 * waiting in its queue, so it never sits idle waiting for the main thread (which on a two-core
 * machine shares a core with the workers and may not run for a few milliseconds), and the
 * fsync of a page just written overlaps the rebuilding of the next. With two, a slow fsync
 * (10 ms and more on a busy disk, longer than a page's rebuilding) often left both held jobs
 * waiting on the disk: the workers' idle time halved with three (1,000 pages, 2 jobs: 1.8–2.2 s
 * against 3.3–5.4 s of the workers' time). A killed run loses at most three jobs per worker,
 * and none leaves a half-written output.
 *
 * A worker that dies (out of memory on a monstrous page, a crash in a library) is replaced; the
 * jobs it held are tried once more, each alone on a worker, and the one that kills a worker
 * alone fails. The batch goes on.
 */
import { Worker } from 'node:worker_threads';
import type { BatchJob, JobOutcome } from './job';
import type { WorkerReady, WorkerReport } from './worker';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
/** Jobs a worker holds at a time. */
const DEPTH = 3;
/**
 * Rebuilding a page makes many short-lived objects; a young generation larger than V8's default
 * means fewer scavenges. Measured with `npm run bench:batch` (1,000 pages): 7% less CPU a page,
 * peak memory unchanged within noise.
 */
const YOUNG_GENERATION_MB = 96;

/** What the workers report at the end (CPU in ms, null off Linux; heap in bytes). */
export interface PoolFigures {
  /** Workers that reported: every one the run started, unless one died. */
  readonly workers: number;
  /** Their CPU time, all together, start-up included. */
  readonly total: number | null;
  readonly startup: number | null;
  /** The largest V8 heap each worker had after a job, added up. */
  readonly heapPeak: number;
  /** Wall time the workers sat waiting for a job or the disk once started, added up (ms). */
  readonly idle: number;
}

export interface WorkerPool {
  /**
   * Runs `jobs`; `onOutcome` hears each one as it ends (in the order they end). Resolves once
   * every job has an outcome and the workers are gone. Called once; the pool grows or shrinks
   * to `size` workers first (never more than there are jobs).
   */
  run(jobs: readonly BatchJob[], onOutcome: (outcome: JobOutcome) => void, size: number): Promise<PoolFigures>;
  /** Stops the workers without running anything (the batch ended before it had jobs). */
  stop(): void;
}

type Message = JobOutcome | WorkerReport | WorkerReady;
const isReport = (message: Message): message is WorkerReport => 'report' in message;
const isReady = (message: Message): message is WorkerReady => 'ready' in message;
/**
 * Workers in a row that die before they are ready (a broken install, a missing module) before
 * the batch gives up, failing the pages left with the reason, instead of starting new ones forever.
 */
const START_FAILURES_LIMIT = 3;

/** Starts `size` workers at once (the run may ask for more); `entry` is the worker's script (a test gives its own). */
export function startWorkerPool(size: number, entry: URL = ENTRY): WorkerPool {
  const reports = new Map<Worker, WorkerReport['report']>();
  const workers = new Set<Worker>();
  let jobs: readonly BatchJob[] = [];
  let next = 0;
  let pending = 0;
  let running = false;
  let onOutcome: (outcome: JobOutcome) => void = () => undefined;
  let finished: () => void = () => undefined;
  const retry: BatchJob[] = [];
  let startFailures = 0;
  /** Feeds every worker; set once the jobs are known. */
  const feeders = new Map<Worker, () => void>();

  const finishOne = (outcome: JobOutcome): void => {
    onOutcome(outcome);
    pending -= 1;
    if (pending === 0) finished();
  };

  const start = (): void => {
    const worker = new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const held = new Map<number, { job: BatchJob; alone: boolean }>();
    let aloneHeld = false;
    let ready = false;
    const feed = (): void => {
      while (running && held.size < DEPTH && !aloneHeld) {
        if (retry.length > 0) {
          if (held.size > 0) return;
          const job = retry.shift() as BatchJob;
          held.set(job.id, { job, alone: true });
          aloneHeld = true;
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
    feeders.set(worker, feed);
    worker.on('message', (message: Message) => {
      if (isReady(message)) {
        ready = true;
        startFailures = 0;
        return;
      }
      if (isReport(message)) {
        reports.set(worker, message.report);
        void worker.terminate();
        return;
      }
      const was = held.get(message.id);
      held.delete(message.id);
      if (was?.alone === true) aloneHeld = false;
      feed();
      finishOne(message);
    });
    const lost = (reason: string): void => {
      feeders.delete(worker);
      if (!workers.delete(worker)) return;
      for (const { job, alone } of held.values()) {
        // A worker that never got ready did not die of its page.
        if (alone && ready) finishOne({ id: job.id, result: 'error', sha256: null, error: `the worker doing this ${job.kind} stopped: ${reason}` });
        else retry.push(job);
      }
      held.clear();
      startFailures = ready ? 0 : startFailures + 1;
      if (startFailures >= START_FAILURES_LIMIT) {
        const left = [...retry.splice(0), ...jobs.slice(next)];
        next = jobs.length;
        for (const job of left) finishOne({ id: job.id, result: 'error', sha256: null, error: `no batch worker could start: ${reason}` });
        return;
      }
      if (running && pending > 0 && (next < jobs.length || retry.length > 0)) {
        start();
        // A surviving worker may be free to take a retried job too.
        for (const other of feeders.values()) other();
      }
    };
    worker.on('error', (error) => lost((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it ran out of memory (the page is too large or too complex for one worker)' : error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    workers.add(worker);
    feed();
  };

  for (let i = 0; i < size; i++) start();

  const figures = (): PoolFigures => {
    const all = [...reports.values()];
    const sum = (pick: (r: WorkerReport['report']) => number | null): number | null =>
      all.length === 0 ? null : all.reduce<number | null>((total, r) => (total === null || pick(r) === null ? null : total + (pick(r) ?? 0)), 0);
    return { workers: all.length, total: sum((r) => r.cpu), startup: sum((r) => r.startup), heapPeak: all.reduce((total, r) => total + r.heapPeak, 0), idle: all.reduce((total, r) => total + r.idle, 0) };
  };

  /** Asks every worker for its figures; each leaves once it has answered (or dies). */
  const closeAll = (): Promise<void> =>
    Promise.all(
      [...workers].map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.postMessage({ kind: 'report' });
          }),
      ),
    ).then(() => undefined);

  const stop = (): void => {
    running = false;
    for (const worker of workers) void worker.terminate();
    workers.clear();
    feeders.clear();
  };

  return {
    run(batchJobs, listener, size) {
      jobs = batchJobs;
      pending = jobs.length;
      onOutcome = listener;
      running = true;
      // Workers beyond the number of jobs would only sit idle.
      const wanted = Math.max(1, Math.min(size, jobs.length));
      for (const worker of [...workers].slice(wanted)) {
        workers.delete(worker);
        feeders.delete(worker);
        void worker.terminate();
      }
      while (workers.size < wanted) start();
      return new Promise<PoolFigures>((resolve) => {
        finished = () => {
          running = false;
          void closeAll().then(() => resolve(figures()));
        };
        if (pending === 0) {
          stop();
          resolve(figures());
        } else for (const feed of [...feeders.values()]) feed();
      });
    },
    stop,
  };
}
