/**
 * The open pages as one issue, and its jump links. Linking 40 pages means rebuilding each and
 * comparing every jump with every candidate part (0.7 s on the main thread when an issue
 * opened), so the engine worker does it, in its own task, and the issue is kept in the store
 * when it answers (`startIssueLinking`); the jump links show a moment after the page. Pages
 * already rebuilt there (the worker keeps its last results) are not rebuilt again: after a
 * rejection one page is. Without a worker (a test's DOM) the issue is linked here, at once,
 * from the selectors' engine runs. The issue is never history and never saved: it follows
 * from the pages, the rejections and the settings.
 */
import type { StoreApi } from 'zustand/vanilla';
import { buildIssue } from '../../../shared/issue';
import { isLinkRepairId } from '../../../shared/issue/link-jumps';
import type { Repair } from '../../../shared/model/repair';
import type { EngineWorker } from '../engine/engine-client';
import { noteIfEngineStopped } from '../engine/engine-stopped';
import { linkedIssue, type LinkedIssue } from '../engine/linked-issue';
import type { AppState } from './app-store';
import { engineRun, keptEngineRun } from './selectors';

/**
 * A rejected link is kept with the rejections of the page it jumps from, so undo, redo and
 * the project file carry it like any other decision; the page engine never makes such an id.
 */
export { isLinkRepairId };

export interface IssueSlice {
  /** The open pages linked as an issue; null while fewer than two pages are open (or until linked). */
  readonly issue: LinkedIssue | null;
}

export const createIssueSlice = (): IssueSlice => ({ issue: null });

/** The open pages as an issue (as last linked). */
export function selectIssue(state: AppState): LinkedIssue | null {
  return state.issue;
}

type LinkInputs = Pick<AppState, 'pages' | 'rejected' | 'disabledPasses' | 'thresholds'>;

const inputsOf = ({ pages, rejected, disabledPasses, thresholds }: AppState): LinkInputs => ({ pages, rejected, disabledPasses, thresholds });
const sameInputs = (a: LinkInputs, b: LinkInputs): boolean => a.pages === b.pages && a.rejected === b.rejected && a.disabledPasses === b.disabledPasses && a.thresholds === b.thresholds;

/** Links the issue on this thread, from the selectors' engine runs (cached by page). */
function linkHere(state: LinkInputs): LinkedIssue {
  const inputs = state.pages.map((page) => ({ page, reconstruction: engineRun(page, state.rejected[page.id] ?? [], state.disabledPasses, state.thresholds) }));
  return linkedIssue(buildIssue(inputs, new Set(Object.values(state.rejected).flat().filter(isLinkRepairId))));
}

/**
 * Keeps `state.issue` linked as pages open and close, and as rejections and settings change.
 * With a worker, one link runs at a time, in a task of its own; a change meanwhile is linked
 * when it answers. Returns the function that stops it.
 */
export function startIssueLinking(store: StoreApi<AppState>, engine: () => EngineWorker | null): () => void {
  let linked: LinkInputs | null = null;
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const relink = async (): Promise<void> => {
    timer = null;
    const state = store.getState();
    const inputs = inputsOf(state);
    if (busy || (linked && sameInputs(linked, inputs))) return;
    linked = inputs;
    const worker = state.pages.length < 2 ? null : engine();
    if (state.pages.length < 2 || !worker) {
      const issue = state.pages.length < 2 ? null : linkHere(inputs);
      if (issue !== state.issue) store.setState({ issue });
      return;
    }
    busy = true;
    try {
      const pages = inputs.pages.map((page) => {
        const rejected = inputs.rejected[page.id] ?? [];
        return { page, rejected, rebuilt: keptEngineRun(page, rejected, inputs.disabledPasses, inputs.thresholds) };
      });
      const issue = await worker.link(pages, inputs.disabledPasses, inputs.thresholds);
      // Shown even when the pages changed meanwhile (more pages of the issue arrived): the
      // links it has are right for the pages it names, and the next link follows at once.
      if (store.getState().pages.length >= 2) store.setState({ issue });
    } catch (error) {
      // The worker failed: link here, as without one.
      noteIfEngineStopped(store.getState(), error);
      const now = inputsOf(store.getState());
      linked = now;
      store.setState({ issue: now.pages.length < 2 ? null : linkHere(now) });
    } finally {
      busy = false;
    }
    schedule();
  };
  const schedule = (): void => {
    timer ??= setTimeout(() => void relink(), 0);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (sameInputs(inputsOf(state), inputsOf(previous))) return;
    // Without a worker the issue follows at once, as a selector would (the tests' DOM); so
    // does its end, when a page closes and one is left.
    if (state.pages.length < 2 || engine() === null) void relink();
    else schedule();
  });
  void relink();
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}

/** Where an article of a page jumps: the page and first piece of the part before and after it. */
export interface JumpTarget {
  readonly pageId: string;
  readonly pageNumber: number;
  readonly pieceId: string;
  /** The `link-jump` repair that joined the two parts. */
  readonly link: Repair | null;
}

export interface ArticleJumps {
  readonly from: JumpTarget | null;
  readonly to: JumpTarget | null;
  /** The sentence this part's text runs on into the next part with, joined (a `rejoin-fragment` repair). */
  readonly joinOn: Repair | null;
}

const NO_JUMPS: ArticleJumps = { from: null, to: null, joinOn: null };

/** The links of one article of one page, found in the issue's chains. */
export function articleJumps(issue: LinkedIssue | null, pageId: string | null, articleId: string): ArticleJumps {
  if (issue === null || pageId === null) return NO_JUMPS;
  for (const article of issue.articles) {
    const at = article.parts.findIndex((p) => p.pageId === pageId && p.article.id === articleId);
    if (at < 0) continue;
    const place = (index: number): JumpTarget | null => {
      const part = article.parts[index];
      const before = article.parts[Math.min(index, at)];
      const after = article.parts[Math.max(index, at)];
      if (part === undefined || before === undefined || after === undefined) return null;
      const joined = issue.links.find((l) => l.from.pageId === before.pageId && l.from.articleId === before.article.id && l.to.pageId === after.pageId);
      const a = part.article;
      // The part's headline if it has one, else its first paragraph: what the editor reads first.
      const pieceId = a.headline ? `${a.id}/headline` : (a.paragraphs[0]?.id ?? `${a.id}/headline`);
      return { pageId: part.pageId, pageNumber: part.pageNumber, pieceId, link: issue.repairs.find((r) => r.id === joined?.repairId) ?? null };
    };
    const join = article.joins.find((j) => j.after === at);
    return { from: place(at - 1), to: place(at + 1), joinOn: issue.joins.find((r) => r.id === join?.repairId) ?? null };
  }
  return NO_JUMPS;
}
