/**
 * JSON export of an issue. Each issue article carries the GT fields (`kicker`, `headline`,
 * `subheadline`, `byline` from its first part; `paragraphs` and `jumps` of all its parts, in
 * order), so a linked article is one article, and beside them `parts`: each part's page
 * (number, id, file name) and its page article exactly as the page's own JSON export gives it,
 * with its source line ids. `galley` holds the link repairs, the declined ones, and each
 * page's repairs and failures.
 */
import type { Page } from '../model/page';
import type { Repair } from '../model/repair';
import type { Reconstruction } from '../model/reconstruction';
import type { Issue, IssuePage } from '../issue/issue';
import { isJumpSpan } from '../issue/find-jump-lines';
import { joinedPartTexts } from '../issue/join-sentences';
import { GALLEY_JSON_VERSION, toJsonExport, type JsonArticle, type JsonArticleText, type JsonOther } from './json';

export interface JsonIssuePart {
  readonly page: number;
  readonly pageId: string;
  readonly source: string;
  readonly article: JsonArticle;
}

export interface JsonIssueArticle extends JsonArticleText {
  readonly parts: readonly JsonIssuePart[];
}

export interface JsonIssueExport {
  readonly pages: readonly { readonly number: number; readonly numberFrom: IssuePage['numberFrom']; readonly source: string; readonly script: Reconstruction['script']; readonly other: readonly JsonOther[] }[];
  readonly articles: readonly JsonIssueArticle[];
  readonly galley: {
    readonly version: number;
    readonly links: readonly Repair[];
    /** Sentences joined across a jump (each depends on a link). */
    readonly joins: readonly Repair[];
    readonly declinedLinks: readonly Repair[];
    readonly pages: readonly {
      readonly page: { readonly id: string; readonly name: string; readonly encoding: string; readonly format: Page['format'] };
      readonly repairs: readonly Repair[];
      readonly declined: readonly Repair[];
      readonly failures: Reconstruction['failures'];
    }[];
  };
}

/** Builds the exported issue (the object `issueToJson` serialises). */
export function toIssueJsonExport(issue: Issue): JsonIssueExport {
  const pageExports = new Map(issue.pages.map((p) => [p.page.id, { page: p, json: toJsonExport(p.reconstruction, p.page) }]));
  const articles = issue.articles.map((article): JsonIssueArticle => {
    const parts = article.parts.map((part): JsonIssuePart => {
      const exported = pageExports.get(part.pageId);
      const json = exported?.json.articles.find((a) => a.id === part.article.id);
      if (exported === undefined || json === undefined) throw new Error(`toIssueJsonExport: part ${part.pageId}:${part.article.id} is not in the issue`);
      return { page: part.pageNumber, pageId: part.pageId, source: exported.page.page.name, article: json };
    });
    const first = parts[0]?.article;
    return {
      kicker: first?.kicker ?? null,
      headline: first?.headline ?? null,
      subheadline: first?.subheadline ?? null,
      byline: first?.byline ?? null,
      paragraphs: joinedPartTexts(article).flat(),
      jumps: article.parts.flatMap((part) => [...part.jumpLines, ...part.article.jumps.filter((s) => !isJumpSpan(s, part.jumpLines))].map((j) => j.text)),
      id: article.id,
      parts,
    };
  });
  return {
    pages: issue.pages.map((p) => {
      const json = pageExports.get(p.page.id)?.json;
      return { number: p.number, numberFrom: p.numberFrom, source: p.page.name, script: p.reconstruction.script, other: json?.other ?? [] };
    }),
    articles,
    galley: {
      version: GALLEY_JSON_VERSION,
      links: issue.repairs,
      joins: issue.joins,
      declinedLinks: issue.declined,
      pages: issue.pages.map((p) => {
        const g = pageExports.get(p.page.id)?.json.galley;
        return { page: { id: p.page.id, name: p.page.name, encoding: p.page.encoding, format: p.page.format }, repairs: g?.repairs ?? [], declined: g?.declined ?? [], failures: g?.failures ?? [] };
      }),
    },
  };
}

/** Serialises an issue as JSON, 2-space indent, final line feed. */
export function issueToJson(issue: Issue): string {
  return `${JSON.stringify(toIssueJsonExport(issue), null, 2)}\n`;
}
