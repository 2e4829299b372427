/**
 * Builds an issue from its pages' reconstructions: pages in order, jumps linked, and the
 * issue's articles as chains of page articles. A pure function of (pages, rejected link ids):
 * rejecting a link rebuilds the issue without it.
 */
import type { RepairId } from '../model/repair';
import { findJumpLines } from './find-jump-lines';
import type { ArticlePart, Issue, IssueArticle, IssuePage, IssuePageInput } from './issue';
import { joinSentences } from './join-sentences';
import { linkJumps, type PagedParts } from './link-jumps';
import { orderPages } from './order-pages';

export function buildIssue(inputs: readonly IssuePageInput[], rejected: ReadonlySet<RepairId> = new Set()): Issue {
  const pages = orderPages(inputs).map(({ input, number, numberFrom }): IssuePage => ({ page: input.page, reconstruction: input.reconstruction, number, numberFrom }));
  const paged: PagedParts[] = pages.map((page) => ({
    page,
    parts: page.reconstruction.articles.map((article): ArticlePart => ({ pageId: page.page.id, pageNumber: page.number, article, jumpLines: findJumpLines(article, page.page) })),
  }));
  const { links, repairs, declined } = linkJumps(paged, rejected);
  const key = (pageId: string, articleId: string): string => `${pageId}:${articleId}`;
  const next = new Map(links.map((link) => [key(link.from.pageId, link.from.articleId), key(link.to.pageId, link.to.articleId)]));
  const continued = new Set(next.values());
  const partOf = new Map(paged.flatMap(({ parts }) => parts.map((part) => [key(part.pageId, part.article.id), part] as const)));
  const articles: IssueArticle[] = [];
  for (const { parts } of paged) {
    for (const first of parts) {
      const firstKey = key(first.pageId, first.article.id);
      if (continued.has(firstKey)) continue;
      const chain: ArticlePart[] = [first];
      for (let at = next.get(firstKey); at !== undefined; at = next.get(at)) {
        const part = partOf.get(at);
        if (part !== undefined) chain.push(part);
      }
      articles.push({ id: firstKey, parts: chain, joins: [] });
    }
  }
  const joined = joinSentences(articles, links, rejected);
  const withJoins = articles.map((article) => {
    const joins = joined.joins.get(article.id);
    return joins === undefined ? article : { ...article, joins };
  });
  return { pages, articles: withJoins, links, repairs, joins: joined.repairs, declined: [...declined, ...joined.declined] };
}
