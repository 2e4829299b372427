/**
 * The renderer's side of the page-loading worker. Small files load on the main thread (a
 * worker's start costs more than they take); big ones go to the worker, and so do many pages
 * opened together (an issue). Where workers are missing (a test's DOM) or fail to start,
 * everything loads on the main thread as before.
 */
import type { PipelineSettings } from '../../../shared/pipeline/context';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import type { LoadedPage, LoadReply, LoadRequest } from './load-messages';
import { loadSource } from './read-source';

/** Below this a file parses in a few milliseconds: not worth a trip to the worker. */
const WORKER_FROM_BYTES = 1024 * 1024;
/**
 * Pages opened together that weigh this much in all go to the worker, however small each is:
 * parsing and rebuilding them costs the main thread about a millisecond per kilobyte (the
 * 40 pages of an issue, 250 KB, froze the window 0.7 s). The two sample pages (13 KB) stay
 * here: they show at once, without waiting for the worker to start.
 */
const WORKER_FROM_BATCH_BYTES = 64 * 1024;
/** A worker that has not said `ready` by then is taken as failed. */
const START_TIMEOUT_MS = 10_000;

interface LoadWorker {
  load(name: string, source: Uint8Array | Blob, settings?: PipelineSettings): Promise<LoadedPage>;
}

let starting: Promise<LoadWorker | null> | null = null;

/**
 * Loads a picked file as a page, off the main thread when it is big (or one of many pages
 * opened together, `batchBytes` in all) and a worker runs; the worker then also rebuilds it
 * with `settings` (the selectors would otherwise, on the main thread).
 */
export async function loadInBackground(name: string, source: Uint8Array | Blob, settings?: PipelineSettings, batchBytes = 0): Promise<LoadedPage> {
  const size = sizeOf(source);
  const worker = size < WORKER_FROM_BYTES && batchBytes < WORKER_FROM_BATCH_BYTES ? null : await (starting ??= startLoadWorker());
  if (worker) return worker.load(name, source, settings);
  const result = await loadSource(name, source);
  if (!result.ok || !settings) return { result };
  // Parsing, rebuilding and showing the page are three tasks here, not one: the window answers
  // in between (the first page of an issue took 200 ms in one task, parsed, rebuilt and shown).
  await nextTask();
  let rebuilt;
  try {
    rebuilt = reconstruct(result.value, { settings });
  } catch {
    // A bug in the engine: the selectors meet it again when the page shows, and say so there.
    return { result };
  }
  await nextTask();
  return { result, rebuilt };
}

/** Resolves in a later task, after the browser has had the chance to handle input and paint. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
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

/** The size of a file's bytes or Blob, without reading it. */
export function sizeOf(source: Uint8Array | Blob): number {
  return source instanceof Blob ? source.size : source.byteLength;
}

/** A Uint8Array that owns its whole buffer, so transferring it moves exactly these bytes. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes as Uint8Array<ArrayBuffer>;
  return bytes.slice();
}
