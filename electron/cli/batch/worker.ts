/**
 * A batch worker thread: takes jobs (pages, or issues) from the main thread and answers each
 * with its outcome. Started through worker-entry.mjs, which teaches the thread TypeScript.
 * Jobs that arrive together run side by side: one's file reads and writes overlap the other's
 * rebuilding (the rebuilding itself is synchronous, one at a time).
 *
 * Its figures (CPU time, largest heap) are asked for once, at the end, not sent with every
 * job: reading the thread's CPU time is a file read, which a page need not pay for.
 */
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { loadWordLists } from '../../../shared/text/lexicon-words';
import { forgetArticleTerms } from '../../../shared/text/similarity';
import { runIssueJob } from './issue-job';
import type { BatchJob } from './job';
import { runPageJob } from './page-job';
import { threadCpuMs } from './thread-cpu';

/** The worker's answer to `{ kind: 'report' }`: CPU in ms (null off Linux), heap in bytes. */
export interface WorkerReport {
  readonly report: {
    readonly cpu: number | null;
    readonly startup: number | null;
    readonly heapPeak: number;
    /** Wall time its event loop sat waiting (for a job, or for the disk) once ready, in ms. */
    readonly idle: number;
  };
}

/** Sent once the worker has loaded the engine and the word lists. */
export interface WorkerReady {
  readonly ready: true;
}

if (parentPort === null) throw new Error('batch worker: started outside a worker thread');
const port = parentPort;
// Every page is decided with the same word lists, so a page's output never depends on timing.
// The thread's CPU time once they are in is its start-up (tsx compiling the engine, the lists).
let loopAtReady = performance.eventLoopUtilization();
const ready = loadWordLists().then(() => {
  loopAtReady = performance.eventLoopUtilization();
  const message: WorkerReady = { ready: true };
  port.postMessage(message);
  return threadCpuMs();
});
let heapPeak = 0;
port.on('message', (message: BatchJob | { readonly kind: 'report' }) => {
  void ready.then(async (startup) => {
    if (message.kind === 'report') {
      const idle = performance.eventLoopUtilization(loopAtReady).idle;
      const report: WorkerReport = { report: { cpu: threadCpuMs(), startup, heapPeak, idle } };
      port.postMessage(report);
      return;
    }
    const outcome = await (message.kind === 'issue' ? runIssueJob(message) : runPageJob(message));
    // Each page is seen once: terms kept for a relink would only grow the heap (bench:batch).
    forgetArticleTerms();
    // The heap after a job, before the next: what the worker keeps, and the garbage not yet collected.
    heapPeak = Math.max(heapPeak, getHeapStatistics().total_heap_size);
    port.postMessage(outcome);
  });
});
