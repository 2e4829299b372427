/**
 * A rejection (or restoring a rejected repair) rebuilds the page. On a long page that takes
 * longer than a frame, so the rebuild runs in the engine worker first; the decision is
 * committed when the result is ready, and the selectors find it already computed. The undo
 * step is the same as before: the decision, made when the rebuilt page can be shown.
 * Without a worker the decision is committed at once and the selectors rebuild as before.
 */
import type { Page } from '../../../shared/model/page';
import type { AppStore } from '../store/app-store';
import { primeEngine } from '../store/selectors';
import { startEngineWorker, type EngineWorker } from './engine-client';
import { noteIfEngineStopped } from './engine-stopped';

let worker: EngineWorker | null | undefined;
/** Decisions clicked but not yet committed (their page is being rebuilt). */
const pending = new Set<Promise<void>>();

/**
 * Resolves when every decision already clicked is committed: a save or an export right after
 * a Reject must hold that rejection, as it did when rejecting was synchronous.
 */
export async function decisionsSettled(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

/** The one engine worker of the window (started on first use), or null where none runs. */
export function sharedEngineWorker(): EngineWorker | null {
  if (worker === undefined) worker = startEngineWorker();
  return worker;
}

/**
 * Starts the worker and hands it the page when the window is idle: copying a long page to the
 * worker takes tens of milliseconds and the worker loads its word lists once, both of which
 * would otherwise land on the editor's first Reject.
 */
export function prepareEngine(page: Page): () => void {
  const run = (): void => sharedEngineWorker()?.prepare(page);
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 500);
  return () => clearTimeout(handle);
}

/**
 * Rebuilds page `pageId` with `rejected` as its rejections, then runs `commit` (which must
 * leave exactly those rejections). Resolves once committed.
 */
export function rebuildThen(store: AppStore, pageId: string, rejected: readonly string[], commit: () => void): Promise<void> {
  const job = rebuildAndCommit(store, pageId, rejected, commit);
  pending.add(job);
  void job.finally(() => pending.delete(job));
  return job;
}

async function rebuildAndCommit(store: AppStore, pageId: string, rejected: readonly string[], commit: () => void): Promise<void> {
  const page = store.getState().pages.find((p) => p.id === pageId);
  const engine = sharedEngineWorker();
  if (!page || !engine) return commit();
  const { disabledPasses: disabled, thresholds } = store.getState();
  try {
    primeEngine(page, rejected, disabled, await engine.run(page, rejected, disabled, thresholds), thresholds);
  } catch (error) {
    // The worker failed: the selectors rebuild the page themselves, as without a worker; the
    // decision is committed all the same.
    noteIfEngineStopped(store.getState(), error);
  }
  commit();
}
