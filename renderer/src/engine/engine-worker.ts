/**
 * Runs the reconstruction engine off the main thread, so a rejection does not freeze the
 * window while a long page is rebuilt (about 100 ms for 300 articles). The page is sent once
 * and kept; each request then names only the rejected repairs and the passes switched off.
 */
import type { Page } from '../../../shared/model/page';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { loadWordLists } from '../../../shared/text/lexicon-words';
import type { EngineReply, EngineRequest } from './engine-messages';

let page: Page | null = null;
// A dedicated worker's global scope; the renderer's DOM typings describe a window instead.
const scope = self as unknown as { onmessage: ((event: MessageEvent<EngineRequest>) => void) | null; postMessage(reply: EngineReply): void };

// The worker has its own copy of the word lists; it rebuilds nothing before they are in, so
// its result is the main thread's and the CLI's (a French page's line-end hyphens).
const listsReady = loadWordLists().catch(() => undefined);

scope.onmessage = async (event) => {
  await listsReady;
  const request = event.data;
  if (request.page) page = request.page;
  if (request.prepare) return;
  let reply: EngineReply;
  if (!page || page.id !== request.pageId) reply = { id: request.id, ok: false, message: 'the engine worker has not been given this page' };
  else {
    try {
      reply = { id: request.id, ok: true, result: reconstruct(page, { rejected: new Set(request.rejected), settings: { disabledPasses: request.disabled, thresholds: request.thresholds ?? {} } }) };
    } catch (error) {
      reply = { id: request.id, ok: false, message: String(error) };
    }
  }
  scope.postMessage(reply);
};
