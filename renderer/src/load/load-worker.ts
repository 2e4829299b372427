/**
 * Parses picked pages off the main thread: a 100 MB ALTO file takes seconds to parse, and
 * on the main thread the window would freeze that long. The Page goes back by structured clone.
 */
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import type { LoadReply, LoadRequest } from './load-messages';
import { loadSource } from './read-source';

// A dedicated worker's global scope; the renderer's DOM typings describe a window instead.
const scope = self as unknown as { onmessage: ((event: MessageEvent<LoadRequest>) => void) | null; postMessage(reply: LoadReply): void };

scope.onmessage = async (event) => {
  const { id, name, source, settings } = event.data;
  let reply: LoadReply;
  try {
    const result = await loadSource(name, source);
    // Sent in the same message as the page, so the reconstruction's references to its lines stay shared.
    const rebuilt = result.ok && settings ? reconstruct(result.value, { settings }) : undefined;
    reply = { id, result, ...(rebuilt ? { rebuilt } : {}) };
  } catch (error) {
    reply = { id, result: { ok: false, error: { code: 'malformed', message: `Galley could not open “${name}”: ${String(error)}.` } } };
  }
  scope.postMessage(reply);
};
scope.postMessage({ ready: true });
