/**
 * The renderer's side of the engine worker. Where workers are missing (a test's DOM) or fail
 * to start, `startEngineWorker` gives null and the engine runs in the selectors as before.
 */
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import type { EngineSettings } from '../../../shared/pipeline/engine-settings';
import type { EngineReply, EngineRequest } from './engine-messages';

export interface EngineWorker {
  /** Rebuilds the page with these rejections, passes off and thresholds; rejects when the worker fails. */
  run(page: Page, rejected: readonly string[], disabled: readonly string[], thresholds?: Partial<EngineSettings>): Promise<Reconstruction>;
  /** Hands the page over now, so the first rebuild does not pay for copying it. */
  prepare(page: Page): void;
}

export function startEngineWorker(): EngineWorker | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'galley-engine' });
  } catch {
    return null;
  }
  const waiting = new Map<number, { resolve: (r: Reconstruction) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  // The page object the worker holds: a page is cloned across once, not at every request.
  let sent: Page | null = null;
  worker.onmessage = (event: MessageEvent<EngineReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) pending?.resolve(reply.result);
    else pending?.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    for (const pending of waiting.values()) pending.reject(new Error(event.message || 'the engine worker stopped'));
    waiting.clear();
    sent = null;
  };
  return {
    prepare(page) {
      if (sent === page) return;
      worker.postMessage({ id: 0, pageId: page.id, rejected: [], disabled: [], page, prepare: true } satisfies EngineRequest);
      sent = page;
    },
    run(page, rejected, disabled, thresholds = {}) {
      const id = nextId++;
      const request: EngineRequest = { id, pageId: page.id, rejected, disabled, thresholds, ...(sent === page ? {} : { page }) };
      sent = page;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage(request);
      });
    },
  };
}
