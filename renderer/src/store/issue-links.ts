/**
 * The open pages as one issue, and its jump links, derived (never stored): each page as the
 * engine rebuilds it with the editor's rejections for it, then linked. The pages' results come
 * from the selectors' engine cache (which the engine worker fills ahead of a rejection), so a
 * rejection on one page rebuilds that page only, and undo rebuilds nothing. The issue is linked
 * again only when a page's result or the rejected links change: a selection, a scroll, or a
 * rejection that leaves every page as it was returns the issue already built.
 */
import { buildIssue, type Issue } from '../../../shared/issue';
import { isLinkRepairId } from '../../../shared/issue/link-jumps';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import type { Repair } from '../../../shared/model/repair';
import type { AppState } from './app-store';
import { engineRun } from './selectors';

/**
 * A rejected link is kept with the rejections of the page it jumps from, so undo, redo and
 * the project file carry it like any other decision; the page engine never makes such an id.
 */
export { isLinkRepairId };

let lastState: { pages: AppState['pages']; rejected: AppState['rejected']; disabled: AppState['disabledPasses']; thresholds: AppState['thresholds'] } | null = null;
let last: { results: readonly Reconstruction[]; links: string; issue: Issue } | null = null;

/** The open pages as an issue; null while fewer than two pages are open. */
export function selectIssue(state: AppState): Issue | null {
  if (state.pages.length < 2) return null;
  if (last && lastState && lastState.pages === state.pages && lastState.rejected === state.rejected && lastState.disabled === state.disabledPasses && lastState.thresholds === state.thresholds) return last.issue;
  lastState = { pages: state.pages, rejected: state.rejected, disabled: state.disabledPasses, thresholds: state.thresholds };
  const results = state.pages.map((page) => engineRun(page, state.rejected[page.id] ?? [], state.disabledPasses, state.thresholds));
  const rejectedLinks = Object.values(state.rejected).flat().filter(isLinkRepairId).sort();
  const links = rejectedLinks.join('\n');
  // The same results (each is one page's, by identity) and the same rejected links: the same issue.
  if (last && last.links === links && last.results.length === results.length && last.results.every((r, i) => r === results[i])) return last.issue;
  const issue = buildIssue(state.pages.map((page, i) => ({ page, reconstruction: results[i] as Reconstruction })), new Set(rejectedLinks));
  last = { results, links, issue };
  return issue;
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
export function articleJumps(issue: Issue | null, pageId: string | null, articleId: string): ArticleJumps {
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
