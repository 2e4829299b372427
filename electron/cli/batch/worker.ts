/**
 * A batch worker thread: takes page jobs from the main thread one at a time and answers each
 * with its outcome. Started through worker-entry.mjs, which teaches the thread TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import { loadWordLists } from '../../../shared/text/lexicon-words';
import { runPageJob, type PageJob } from './page-job';

if (parentPort === null) throw new Error('batch worker: started outside a worker thread');
const port = parentPort;
// Every page is decided with the same word lists, so a page's output never depends on timing.
const ready = loadWordLists();
port.on('message', (job: PageJob) => {
  void ready.then(() => runPageJob(job)).then((outcome) => port.postMessage(outcome));
});
