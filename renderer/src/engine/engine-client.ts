/**
 * The renderer's side of the engine worker. Where workers are missing (a test's DOM),
 * `startEngineWorker` gives null and the engine runs in the selectors as before.
 */
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import type { EngineSettings } from '../../../shared/pipeline/engine-settings';
import type { EngineReply, EngineRequest, LinkRequest } from './engine-messages';
import type { LinkedIssue } from './linked-issue';
import { superviseWorker, type WorkerLike } from './supervised-worker';

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
  /** Rebuilds the page with these rejections, passes off and thresholds; rejects when the worker fails (`WorkerStopped` when two workers did). */
  run(page: Page, rejected: readonly string[], disabled: readonly string[], thresholds?: Partial<EngineSettings>): Promise<Reconstruction>;
  /** Hands the page over now, so the first rebuild does not pay for copying it. */
  prepare(page: Page): void;
  /** Rebuilds and links the open pages as an issue; rejects when the worker fails. */
  link(pages: readonly PageToLink[], disabled: readonly string[], thresholds: Partial<EngineSettings>): Promise<LinkedIssue>;
}

/**
 * How long the engine worker may stay silent on a call before it is taken for hung: generous,
 * since its first call waits for the word lists (seconds on a slow machine), and scaled by the
 * lines it must rebuild (a 100 MB ALTO page has 11,000 lines; 40 pages of an issue 6,000; the
 * engine rebuilds about 15 lines a millisecond, so 3 ms a line is 40 times what it needs).
 */
export function engineCallLimit(lines: number): number {
  return 20_000 + 3 * lines;
}

/** The engine worker as the window starts it. */
function createEngineWorker(): WorkerLike {
  return new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'galley-engine' }) as unknown as WorkerLike;
}

/**
 * The engine worker, replaced when it crashes or hangs (`supervised-worker.ts`): a call is
 * sent again to the new worker once; when that fails too, the call rejects with
 * `WorkerStopped`. Null where workers are missing or cannot start.
 */
export function startEngineWorker(create: () => WorkerLike = createEngineWorker): EngineWorker | null {
  if (typeof Worker === 'undefined' && create === createEngineWorker) return null;
  // A worker that cannot start at all (a policy forbids it) means none: the selectors rebuild, as without one.
  let first: WorkerLike | null;
  try {
    first = create();
  } catch {
    return null;
  }
  // The page objects the worker holds, by id: a page is cloned across once, not at every request.
  const sent = new Map<string, Page>();
  const pageIfNew = (page: Page): { page?: Page } => {
    if (sent.get(page.id) === page) return {};
    sent.set(page.id, page);
    return { page };
  };
  // A new worker holds no page: each is sent again with the next request that names it.
  const worker = superviseWorker<EngineReply>(() => {
    const started = first ?? create();
    first = null;
    return started;
  }, { onReplaced: () => sent.clear() });
  const ask = async (build: (id: number) => EngineRequest | LinkRequest, lines: number): Promise<Extract<EngineReply, { ok: true }>> => {
    const reply = await worker.call(build, engineCallLimit(lines));
    if (!reply.ok) throw new Error(reply.message);
    return reply;
  };
  return {
    prepare(page) {
      if (sent.get(page.id) === page) return;
      worker.post({ id: 0, pageId: page.id, rejected: [], disabled: [], prepare: true, ...pageIfNew(page) } satisfies EngineRequest);
    },
    async run(page, rejected, disabled, thresholds = {}) {
      const reply = await ask((id) => ({ id, pageId: page.id, rejected, disabled, thresholds, ...pageIfNew(page) }), page.lines.length);
      if (!('result' in reply)) throw new Error('the engine worker answered another question');
      return reply.result;
    },
    async link(pages, disabled, thresholds) {
      // The worker forgets the pages not named: so does this side.
      const open = new Set(pages.map((p) => p.page.id));
      for (const id of sent.keys()) if (!open.has(id)) sent.delete(id);
      const lines = pages.reduce((n, p) => n + p.page.lines.length, 0);
      const reply = await ask((id) => ({ id, link: true, disabled, thresholds, pages: pages.map(({ page, rejected, rebuilt }) => {
        const fresh = pageIfNew(page);
        return { pageId: page.id, rejected, ...fresh, ...(fresh.page && rebuilt ? { rebuilt } : {}) };
      }) }), lines);
      if (!('issue' in reply)) throw new Error('the engine worker answered another question');
      return reply.issue;
    },
  };
}
