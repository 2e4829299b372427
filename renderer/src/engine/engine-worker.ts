/**
 * Runs the reconstruction engine off the main thread, so a rejection does not freeze the
 * window while a long page is rebuilt (about 100 ms for 300 articles), and links the open
 * pages as an issue (rebuilding 40 pages and linking them froze the window 0.7 s). Each page
 * is sent once and kept; a request then names the pages, the rejected repairs and the passes
 * switched off. The work itself is in `engine-jobs.ts`.
 */
import { loadWordLists } from '../../../shared/text/lexicon-words';
import { createEngineJobs } from './engine-jobs';
import type { EngineReply, EngineRequest, LinkRequest } from './engine-messages';

const jobs = createEngineJobs();

// A dedicated worker's global scope; the renderer's DOM typings describe a window instead.
const scope = self as unknown as { onmessage: ((event: MessageEvent<EngineRequest | LinkRequest>) => void) | null; postMessage(reply: EngineReply): void };

// The worker has its own copy of the word lists; it rebuilds nothing before they are in, so
// its result is the main thread's and the CLI's (a French page's line-end hyphens).
const listsReady = loadWordLists().catch(() => undefined);

scope.onmessage = async (event) => {
  await listsReady;
  const request = event.data;
  if ('link' in request) return scope.postMessage(jobs.link(request));
  if (request.page) jobs.keep(request.page);
  if (!request.prepare) scope.postMessage(jobs.run(request));
};
