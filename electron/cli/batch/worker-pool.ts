/**
 * Worker threads that do page jobs, one job per worker at a time, so a killed run loses at
 * most one page per worker. A worker that dies (out of memory on a monstrous page, a crash in
 * a library) fails the page it held and is replaced; the batch goes on.
 */
import { Worker } from 'node:worker_threads';
import type { PageJob, PageOutcome } from './page-job';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

/**
 * Runs `jobs` on `size` workers; `onOutcome` hears each one as it ends (in the order they
 * end). Resolves once every job has an outcome and the workers are gone.
 */
export function runOnWorkers(jobs: readonly PageJob[], size: number, onOutcome: (outcome: PageOutcome) => void): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let pending = jobs.length;
    const workers = new Set<Worker>();
    if (pending === 0) {
      resolve();
      return;
    }

    const finishOne = (outcome: PageOutcome): void => {
      onOutcome(outcome);
      pending -= 1;
      if (pending === 0) {
        for (const worker of workers) void worker.terminate();
        resolve();
      }
    };

    const start = (): void => {
      const worker = new Worker(ENTRY);
      let current: PageJob | null = null;
      const feed = (): void => {
        current = jobs[next] ?? null;
        if (current === null) return;
        next += 1;
        worker.postMessage(current);
      };
      worker.on('message', (outcome: PageOutcome) => {
        current = null;
        finishOne(outcome);
        feed();
      });
      const lost = (reason: string): void => {
        if (!workers.delete(worker)) return;
        const job = current;
        current = null;
        if (job !== null) finishOne({ id: job.id, result: 'error', sha256: null, error: `the worker doing this page stopped: ${reason}` });
        if (pending > 0 && next < jobs.length) start();
      };
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => lost(`exit code ${code}`));
      workers.add(worker);
      feed();
    };

    for (let i = 0; i < Math.min(size, jobs.length); i++) start();
  });
}
