/**
 * The renderer's side of the page-loading worker. Small files load on the main thread (a
 * worker's start costs more than they take); big ones go to the worker. Where workers are
 * missing (a test's DOM) or fail to start, everything loads on the main thread as before.
 */
import type { PipelineSettings } from '../../../shared/pipeline/context';
import type { LoadedPage, LoadReply, LoadRequest } from './load-messages';
import { loadSource } from './read-source';

/** Below this a file parses in a few milliseconds: not worth a trip to the worker. */
const WORKER_FROM_BYTES = 1024 * 1024;
/** A worker that has not said `ready` by then is taken as failed. */
const START_TIMEOUT_MS = 10_000;

interface LoadWorker {
  load(name: string, source: Uint8Array | Blob, settings?: PipelineSettings): Promise<LoadedPage>;
}

let starting: Promise<LoadWorker | null> | null = null;

/**
 * Loads a picked file as a page, off the main thread when it is big and a worker runs; the
 * worker then also rebuilds it with `settings` (the selectors would otherwise, on the main thread).
 */
export async function loadInBackground(name: string, source: Uint8Array | Blob, settings?: PipelineSettings): Promise<LoadedPage> {
  const size = source instanceof Blob ? source.size : source.byteLength;
  const worker = size < WORKER_FROM_BYTES ? null : await (starting ??= startLoadWorker());
  return worker ? worker.load(name, source, settings) : { result: await loadSource(name, source) };
}

function startLoadWorker(): Promise<LoadWorker | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module', name: 'galley-load' });
  } catch {
    return Promise.resolve(null);
  }
  const waiting = new Map<number, (loaded: LoadedPage) => void>();
  let nextId = 1;
  const client: LoadWorker = {
    load(name, source, settings) {
      const id = nextId++;
      // The bytes move to the worker instead of being copied; a Blob is only a handle.
      const bytes = source instanceof Blob ? null : ownBuffer(source);
      const request: LoadRequest = { id, name, source: bytes ?? source, ...(settings ? { settings } : {}) };
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage(request, bytes ? [bytes.buffer] : []);
      });
    },
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), START_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<LoadReply>) => {
      const reply = event.data;
      if ('ready' in reply) {
        clearTimeout(timer);
        resolve(client);
        return;
      }
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    };
    worker.onerror = (event) => {
      clearTimeout(timer);
      resolve(null);
      // A worker that stopped mid-load: its pages fail with the reason; the next open starts afresh.
      for (const done of waiting.values()) done({ result: { ok: false, error: { code: 'malformed', message: event.message || 'the page loader stopped' } } });
      waiting.clear();
      starting = null;
    };
  });
}

/** A Uint8Array that owns its whole buffer, so transferring it moves exactly these bytes. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes as Uint8Array<ArrayBuffer>;
  return bytes.slice();
}
