/**
 * The open pages as one issue, and its jump links, derived (never stored): each page rebuilt
 * with the editor's rejections for it, then linked. Memoised on the inputs' identity, so a
 * selection or a scroll does not rebuild anything; 40 pages rebuild once, on open.
 */
import { buildIssue, type Issue } from '../../../shared/issue';
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import type { Repair, RepairId } from '../../../shared/model/repair';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import type { AppState } from './app-store';

/**
 * A rejected link is kept with the rejections of the page it jumps from, so undo, redo and
 * the project file carry it like any other decision; the page engine never makes such an id.
 */
export const isLinkRepairId = (id: RepairId): boolean => id.startsWith('linkJumps/');

const rebuilt = new WeakMap<Page, { rejected: string; disabled: readonly string[]; result: Reconstruction }>();
let last: { pages: AppState['pages']; rejected: AppState['rejected']; disabled: AppState['disabledPasses']; issue: Issue } | null = null;

function pageResult(page: Page, rejectedIds: readonly RepairId[], disabled: readonly string[]): Reconstruction {
  const own = rejectedIds.filter((id) => !isLinkRepairId(id));
  const rejected = [...own].sort().join('\n');
  const known = rebuilt.get(page);
  if (known && known.rejected === rejected && known.disabled === disabled) return known.result;
  const result = reconstruct(page, { rejected: new Set(own), settings: { disabledPasses: disabled } });
  rebuilt.set(page, { rejected, disabled, result });
  return result;
}

/** The open pages as an issue; null while fewer than two pages are open. */
export function selectIssue(state: AppState): Issue | null {
  if (state.pages.length < 2) return null;
  if (last && last.pages === state.pages && last.rejected === state.rejected && last.disabled === state.disabledPasses) return last.issue;
  const inputs = state.pages.map((page) => ({ page, reconstruction: pageResult(page, state.rejected[page.id] ?? [], state.disabledPasses) }));
  const rejectedLinks = new Set(Object.values(state.rejected).flat().filter(isLinkRepairId));
  const issue = buildIssue(inputs, rejectedLinks);
  last = { pages: state.pages, rejected: state.rejected, disabled: state.disabledPasses, issue };
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
}

const NO_JUMPS: ArticleJumps = { from: null, to: null };

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
    return { from: place(at - 1), to: place(at + 1) };
  }
  return NO_JUMPS;
}
