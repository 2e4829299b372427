/**
 * Parses and rebuilds picked pages off the main thread: a 100 MB ALTO file takes seconds to
 * parse, and 40 small pages of an issue most of a second to rebuild; on the main thread the
 * window would freeze that long. Each page goes back, with its reconstruction, by structured
 * clone in one message as soon as it is ready, so the window shows pages as they come.
 */
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { loadWordLists } from '../../../shared/text/lexicon-words';
import type { LoadReply, LoadRequest } from './load-messages';
import { loadSource } from './read-source';

// A dedicated worker's global scope; the renderer's DOM typings describe a window instead.
const scope = self as unknown as { onmessage: ((event: MessageEvent<LoadRequest>) => void) | null; postMessage(reply: LoadReply): void };

// The worker's own copy of the word lists, loaded while the first file parses: a page is rebuilt
// with them, as on the main thread and in the CLI (a French page's line-end hyphens).
const listsReady = loadWordLists().catch(() => undefined);

scope.onmessage = async (event) => {
  const { id, name, source, settings } = event.data;
  let reply: LoadReply;
  try {
    const result = await loadSource(name, source);
    if (result.ok && settings) await listsReady;
    // Sent in the same message as the page, so the reconstruction's references to its lines stay shared.
    const rebuilt = result.ok && settings ? reconstruct(result.value, { settings }) : undefined;
    reply = { id, result, ...(rebuilt ? { rebuilt } : {}) };
  } catch (error) {
    reply = { id, result: { ok: false, error: { code: 'malformed', message: `Galley could not open “${name}”: ${String(error)}.` } } };
  }
  scope.postMessage(reply);
};
scope.postMessage({ ready: true });
