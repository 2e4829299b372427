/**
 * A batch worker thread: takes jobs (pages, or issues) from the main thread and answers each
 * with its outcome. Started through worker-entry.mjs, which teaches the thread TypeScript.
 * Jobs that arrive together run side by side: one's file reads and writes overlap the other's
 * rebuilding (the rebuilding itself is synchronous, one at a time).
 */
import { parentPort } from 'node:worker_threads';
import { loadWordLists } from '../../../shared/text/lexicon-words';
import { runIssueJob } from './issue-job';
import type { BatchJob } from './job';
import { runPageJob } from './page-job';
import { threadCpuMs } from './thread-cpu';

if (parentPort === null) throw new Error('batch worker: started outside a worker thread');
const port = parentPort;
// Every page is decided with the same word lists, so a page's output never depends on timing.
// The thread's CPU time once they are in is its start-up (tsx compiling the engine, the lists).
const ready = loadWordLists().then(() => threadCpuMs());
port.on('message', (job: BatchJob) => {
  void ready.then(async (startup) => {
    const outcome = await (job.kind === 'issue' ? runIssueJob(job) : runPageJob(job));
    port.postMessage({ ...outcome, workerCpu: { total: threadCpuMs(), startup } });
  });
});
