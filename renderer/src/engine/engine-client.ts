/**
 * The renderer's side of the engine worker. Where workers are missing (a test's DOM) or fail
 * to start, `startEngineWorker` gives null and the engine runs in the selectors as before.
 */
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import type { EngineSettings } from '../../../shared/pipeline/engine-settings';
import type { EngineReply, EngineRequest, LinkRequest } from './engine-messages';
import type { LinkedIssue } from './linked-issue';

/** One open page as the issue links it: the page and the editor's rejections on it. */
export interface PageToLink {
  readonly page: Page;
  readonly rejected: readonly string[];
  /**
   * Its reconstruction for these rejections and settings, when already made (by the load
   * worker): sent with the page the first time, so the engine worker does not rebuild it.
   */
  readonly rebuilt?: Reconstruction | null;
}

export interface EngineWorker {
  /** Rebuilds the page with these rejections, passes off and thresholds; rejects when the worker fails. */
  run(page: Page, rejected: readonly string[], disabled: readonly string[], thresholds?: Partial<EngineSettings>): Promise<Reconstruction>;
  /** Hands the page over now, so the first rebuild does not pay for copying it. */
  prepare(page: Page): void;
  /** Rebuilds and links the open pages as an issue; rejects when the worker fails. */
  link(pages: readonly PageToLink[], disabled: readonly string[], thresholds: Partial<EngineSettings>): Promise<LinkedIssue>;
}

type Waiting = { resolve: (reply: Extract<EngineReply, { ok: true }>) => void; reject: (e: Error) => void };

export function startEngineWorker(): EngineWorker | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'galley-engine' });
  } catch {
    return null;
  }
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  // The page objects the worker holds, by id: a page is cloned across once, not at every request.
  const sent = new Map<string, Page>();
  const pageIfNew = (page: Page): { page?: Page } => {
    if (sent.get(page.id) === page) return {};
    sent.set(page.id, page);
    return { page };
  };
  worker.onmessage = (event: MessageEvent<EngineReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) pending?.resolve(reply);
    else pending?.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    for (const pending of waiting.values()) pending.reject(new Error(event.message || 'the engine worker stopped'));
    waiting.clear();
    sent.clear();
  };
  const ask = (request: EngineRequest | LinkRequest): Promise<Extract<EngineReply, { ok: true }>> =>
    new Promise((resolve, reject) => {
      waiting.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  return {
    prepare(page) {
      if (sent.get(page.id) === page) return;
      worker.postMessage({ id: 0, pageId: page.id, rejected: [], disabled: [], prepare: true, ...pageIfNew(page) } satisfies EngineRequest);
    },
    async run(page, rejected, disabled, thresholds = {}) {
      const reply = await ask({ id: nextId++, pageId: page.id, rejected, disabled, thresholds, ...pageIfNew(page) });
      if (!('result' in reply)) throw new Error('the engine worker answered another question');
      return reply.result;
    },
    async link(pages, disabled, thresholds) {
      // The worker forgets the pages not named: so does this side.
      const open = new Set(pages.map((p) => p.page.id));
      for (const id of sent.keys()) if (!open.has(id)) sent.delete(id);
      const reply = await ask({ id: nextId++, link: true, disabled, thresholds, pages: pages.map(({ page, rejected, rebuilt }) => {
        const fresh = pageIfNew(page);
        return { pageId: page.id, rejected, ...fresh, ...(fresh.page && rebuilt ? { rebuilt } : {}) };
      }) });
      if (!('issue' in reply)) throw new Error('the engine worker answered another question');
      return reply.issue;
    },
  };
}
