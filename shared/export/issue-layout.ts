/**
 * What an issue export prints of each issue article, whatever the format: the first part's
 * heading, then each part's text in order, the jump lines where they were printed (jumps in
 * before a part's text, jumps out after it) or left out, as the page exporters do.
 *
 * A continuation's own heading is kept only where it says something new: a head that repeats
 * the first part's headline (or is a jump head like `FIRE, from Page 1`) would print the same
 * words twice in one article.
 */
import type { HeadingField, TextSpan } from '../model/reconstruction';
import type { ArticlePart, IssueArticle } from '../issue/issue';
import { headingSpans, isJumpSpan } from '../issue/find-jump-lines';
import { joinedPartTexts } from '../issue/join-sentences';
import type { ExportInclude } from './options';

export interface LaidOutPart {
  readonly pageNumber: number;
  readonly pageId: string;
  /** Heading lines of a continuation that add to the first part's (empty for the first part). */
  readonly headings: readonly { readonly field: HeadingField; readonly text: string }[];
  readonly jumpsIn: readonly string[];
  readonly paragraphs: readonly string[];
  readonly jumpsOut: readonly string[];
}

export interface LaidOutArticle {
  readonly id: string;
  readonly headings: readonly { readonly field: HeadingField; readonly text: string }[];
  readonly parts: readonly LaidOutPart[];
}

const normal = (text: string): string => text.replace(/[\s\p{P}]/gu, '').toLowerCase();

function keptHeadings(part: ArticlePart, include: ExportInclude): { field: HeadingField; text: string }[] {
  return headingSpans(part)
    .filter(({ field }) => (field === 'byline' ? include.bylines : include.headlines))
    .map(({ field, span }) => ({ field, text: span.text }));
}

/** The part's jump lines split by way: the readable ones, and any other the page set aside as a jump. */
function jumps(part: ArticlePart): { jumpsIn: string[]; jumpsOut: string[] } {
  const unread: TextSpan[] = part.article.jumps.filter((span) => !isJumpSpan(span, part.jumpLines));
  return {
    jumpsIn: part.jumpLines.filter((j) => j.direction === 'from').map((j) => j.text),
    jumpsOut: [...part.jumpLines.filter((j) => j.direction === 'to').map((j) => j.text), ...unread.map((s) => s.text)],
  };
}

/** Lays out one issue article for a text or markdown export. */
export function layOutArticle(article: IssueArticle, include: ExportInclude): LaidOutArticle {
  const [first] = article.parts;
  const headings = first === undefined ? [] : keptHeadings(first, include);
  const seen = new Set(headings.map((h) => normal(h.text)));
  const texts = joinedPartTexts(article);
  const parts = article.parts.map((part, index): LaidOutPart => {
    const own = index === 0 ? [] : keptHeadings(part, include).filter((h) => !seen.has(normal(h.text)));
    const { jumpsIn, jumpsOut } = jumps(part);
    return {
      pageNumber: part.pageNumber,
      pageId: part.pageId,
      headings: own,
      jumpsIn: include.jumps ? jumpsIn : [],
      paragraphs: (texts[index] ?? []).filter((t) => t.trim() !== ''),
      jumpsOut: include.jumps ? jumpsOut : [],
    };
  });
  return { id: article.id, headings, parts };
}
