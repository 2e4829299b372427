/**
 * The original text of an article (its source lines as printed) against the cleaned text
 * (its fields and paragraphs as rebuilt), for the diff view: joins, removed hyphens and
 * moved text show at a glance. Characters for CJK, words for Latin text.
 */
import { diffChars, diffWordsWithSpace, type Change } from 'diff';
import type { LineId, Page } from '../model/page';
import type { Article, Reconstruction } from '../model/reconstruction';

export interface DiffPart {
  readonly text: string;
  readonly kind: 'same' | 'added' | 'removed';
}

/** The source lines an article came from, in page order, as printed. */
export function originalText(page: Page, lineIds: ReadonlySet<LineId>): string {
  return page.lines.filter((l) => lineIds.has(l.id)).map((l) => l.text).join('\n');
}

/** An article as rebuilt: heading fields, then paragraphs, one per line. */
export function cleanedText(article: Article): string {
  const heads = [article.kicker, article.headline, article.subheadline, article.byline].flatMap((s) => (s ? [s.text] : []));
  return [...heads, ...article.paragraphs.map((p) => p.text), ...article.jumps.map((j) => j.text)].join('\n');
}

function articleLines(article: Article): Set<LineId> {
  const ids = [article.kicker, article.headline, article.subheadline, article.byline, ...article.paragraphs, ...article.jumps].flatMap((s) => s?.lineIds ?? []);
  return new Set(ids);
}

/** The diff of one article, or of the whole page when no article is given. */
export function diffArticle(page: Page, result: Reconstruction, article: Article | null): DiffPart[] {
  const articles = article ? [article] : result.articles;
  const before = articles.map((a) => originalText(page, articleLines(a))).join('\n\n');
  const after = articles.map(cleanedText).join('\n\n');
  const changes: Change[] = page.script === 'cjk' ? diffChars(before, after) : diffWordsWithSpace(before, after);
  return changes.map((c) => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}
