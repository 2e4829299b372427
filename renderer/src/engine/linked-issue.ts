/**
 * What the editor's window needs of a linked issue: which page article continues which, the
 * link and join repairs, and where to land on the other part. An Issue is this and more (every
 * page and its reconstruction); the engine worker links the issue and sends back only this,
 * a few kilobytes where the whole Issue would copy every page again.
 */
import type { Issue } from '../../../shared/issue';
import type { Repair } from '../../../shared/model/repair';

/** One page's article as a part of an issue article: enough to name it and land on it. */
export interface LinkedPart {
  readonly pageId: string;
  readonly pageNumber: number;
  readonly article: {
    readonly id: string;
    readonly headline: unknown;
    /** Its first paragraph, if any (where a part without a headline is landed on). */
    readonly paragraphs: readonly { readonly id: string }[];
  };
}

export interface LinkedIssue {
  /** The articles made of several parts (an article on one page has nothing to link). */
  readonly articles: readonly { readonly parts: readonly LinkedPart[]; readonly joins: readonly { readonly after: number; readonly repairId: string }[] }[];
  readonly links: readonly { readonly repairId: string; readonly from: { readonly pageId: string; readonly articleId: string }; readonly to: { readonly pageId: string } }[];
  /** One `link-jump` repair per link. */
  readonly repairs: readonly Repair[];
  /** One `rejoin-fragment` repair per sentence joined across a jump. */
  readonly joins: readonly Repair[];
}

/** The part of `issue` the window uses, as plain data that does not hold the pages. */
export function linkedIssue(issue: Issue): LinkedIssue {
  return {
    articles: issue.articles
      .filter((a) => a.parts.length > 1)
      .map((a) => ({
        parts: a.parts.map(({ pageId, pageNumber, article }) => ({
          pageId,
          pageNumber,
          article: { id: article.id, headline: article.headline ? true : null, paragraphs: article.paragraphs.slice(0, 1).map((p) => ({ id: p.id })) },
        })),
        joins: a.joins.map(({ after, repairId }) => ({ after, repairId })),
      })),
    links: issue.links.map(({ repairId, from, to }) => ({ repairId, from: { pageId: from.pageId, articleId: from.articleId }, to: { pageId: to.pageId } })),
    repairs: issue.repairs,
    joins: issue.joins,
  };
}
