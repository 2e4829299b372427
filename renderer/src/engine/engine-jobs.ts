/**
 * What the engine worker does, without the worker around it (so it is tested in Node): it
 * keeps the open pages it was sent and each page's last results, rebuilds a page with the
 * editor's rejections, and links the open pages as an issue. Linking again after one page
 * changed rebuilds that page only.
 */
import { buildIssue } from '../../../shared/issue';
import { isLinkRepairId } from '../../../shared/issue/link-jumps';
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import type { EngineSettings } from '../../../shared/pipeline/engine-settings';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import type { EngineReply, EngineRequest, LinkRequest } from './engine-messages';
import { linkedIssue } from './linked-issue';

/** Results kept per page: the current one and a few before it, for undo and redo. */
const RESULTS_KEPT = 4;

export interface EngineJobs {
  /** Keeps a page sent by the window; a page sent again (another object) drops the old one's results. */
  keep(page: Page): void;
  run(request: EngineRequest): EngineReply;
  link(request: LinkRequest): EngineReply;
}

export function createEngineJobs(): EngineJobs {
  const pages = new Map<string, Page>();
  const results = new Map<string, { key: string; result: Reconstruction }[]>();

  /** `page` rebuilt with these rejections and settings, or its result kept from before (or `given`, made elsewhere for them). */
  const rebuilt = (page: Page, rejected: readonly string[], disabled: readonly string[], thresholds: Partial<EngineSettings>, given?: Reconstruction): Reconstruction => {
    // Link rejections are the issue's, not the page engine's: they leave the page's result alone.
    const key = JSON.stringify([rejected.filter((id) => !isLinkRepairId(id)).sort(), disabled, thresholds]);
    const kept = results.get(page.id) ?? [];
    const known = kept.find((k) => k.key === key);
    if (known) return known.result;
    const result = given ?? reconstruct(page, { rejected: new Set(rejected), settings: { disabledPasses: disabled, thresholds } });
    results.set(page.id, [{ key, result }, ...kept.slice(0, RESULTS_KEPT - 1)]);
    return result;
  };

  const keep = (page: Page): void => {
    if (pages.get(page.id) !== page) results.delete(page.id);
    pages.set(page.id, page);
  };

  const failed = (id: number, error: unknown): EngineReply => ({ id, ok: false, message: error instanceof Error ? error.message : String(error) });

  return {
    keep,
    run(request) {
      const page = pages.get(request.pageId);
      if (!page) return failed(request.id, 'the engine worker has not been given this page');
      try {
        return { id: request.id, ok: true, result: rebuilt(page, request.rejected, request.disabled, request.thresholds ?? {}) };
      } catch (error) {
        return failed(request.id, error);
      }
    },
    link(request) {
      // The pages named are the open ones: a page closed is forgotten with its results.
      const open = new Set(request.pages.map((p) => p.pageId));
      for (const id of [...pages.keys()]) {
        if (open.has(id)) continue;
        pages.delete(id);
        results.delete(id);
      }
      for (const { page } of request.pages) if (page) keep(page);
      try {
        const inputs = request.pages.map(({ pageId, rejected, rebuilt: given }) => {
          const page = pages.get(pageId);
          if (!page) throw new Error('the engine worker has not been given this page');
          return { page, reconstruction: rebuilt(page, rejected, request.disabled, request.thresholds, given) };
        });
        const rejectedLinks = new Set(request.pages.flatMap((p) => p.rejected).filter(isLinkRepairId));
        return { id: request.id, ok: true, issue: linkedIssue(buildIssue(inputs, rejectedLinks)) };
      } catch (error) {
        return failed(request.id, error);
      }
    },
  };
}
