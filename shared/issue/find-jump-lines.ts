/**
 * The jump lines of a page's article: those the page pipeline set aside as jumps, and lines it
 * kept in a headline or a paragraph that read as a whole jump line: `FIRE, from Page 1` set as
 * a head or run into the paragraph under it, `Suite de la page 1` or `Fortsetzung auf Seite 4`,
 * forms the page passes do not know.
 *
 * When it is wrong: a paragraph that is nothing but `Suite page 4` is taken for a jump line
 * even if the paper meant it as text; it is short and says where the article goes, so that
 * is what it nearly always is.
 */
import type { LineId, Page } from '../model/page';
import { HEADING_FIELDS, type Article, type Paragraph, type TextSpan } from '../model/reconstruction';
import type { ArticlePart, JumpLine } from './issue';
import { readJumpReference } from './jump-reference';

function asJumpLine(span: TextSpan | null): JumpLine | null {
  if (span === null) return null;
  const reference = readJumpReference(span.text);
  return reference === null ? null : { ...span, ...reference };
}

/** The first or last source line of a paragraph, when it alone is a jump line the paragraph swallowed. */
function edgeJumpLine(paragraph: Paragraph, lineText: ReadonlyMap<LineId, string>, edge: 'first' | 'last'): JumpLine | null {
  if (paragraph.lineIds.length < 2) return null;
  const id = edge === 'first' ? paragraph.lineIds[0] : paragraph.lineIds[paragraph.lineIds.length - 1];
  const text = id === undefined ? undefined : lineText.get(id);
  if (id === undefined || text === undefined) return null;
  const fits = edge === 'first' ? paragraph.text.startsWith(text) : paragraph.text.endsWith(text);
  return fits ? asJumpLine({ text, lineIds: [id] }) : null;
}

/** Each page's line texts by id, built once per page (not once per article). */
const lineTexts = new WeakMap<Page, ReadonlyMap<LineId, string>>();

function lineTextOf(page: Page): ReadonlyMap<LineId, string> {
  let texts = lineTexts.get(page);
  if (texts === undefined) {
    texts = new Map(page.lines.map((line) => [line.id, line.text]));
    lineTexts.set(page, texts);
  }
  return texts;
}

/** An article's jump lines, kept per article object: a page the engine did not rebuild is not read again. */
const found = new WeakMap<Article, readonly JumpLine[]>();

/** Every jump line of the article that says where it goes or comes from, in printed order. */
export function findJumpLines(article: Article, page: Page): readonly JumpLine[] {
  const known = found.get(article);
  if (known !== undefined) return known;
  const jumps = readJumpLines(article, lineTextOf(page));
  found.set(article, jumps);
  return jumps;
}

function readJumpLines(article: Article, lineText: ReadonlyMap<LineId, string>): JumpLine[] {
  const found: JumpLine[] = [];
  for (const field of HEADING_FIELDS) {
    const jump = asJumpLine(article[field]);
    if (jump) found.push(jump);
  }
  const paragraphs = article.paragraphs;
  for (const [index, paragraph] of paragraphs.entries()) {
    const whole = asJumpLine(paragraph);
    if (whole) found.push(whole);
    else if (index === 0) found.push(...[edgeJumpLine(paragraph, lineText, 'first')].filter((j): j is JumpLine => j !== null));
    if (!whole && index === paragraphs.length - 1) found.push(...[edgeJumpLine(paragraph, lineText, 'last')].filter((j): j is JumpLine => j !== null));
  }
  for (const span of article.jumps) {
    const jump = asJumpLine(span);
    if (jump) found.push(jump);
  }
  return found;
}

/** True when `span` is one of `jumps` (the same source lines). */
export function isJumpSpan(span: TextSpan, jumps: readonly TextSpan[]): boolean {
  return jumps.some((jump) => jump.lineIds.length === span.lineIds.length && jump.lineIds.every((id, i) => id === span.lineIds[i]));
}

/**
 * The part's paragraphs without its jump lines: a paragraph that is one is dropped, one that
 * swallowed one at its start or end is cut (its line ids too).
 */
export function bodyParagraphs(part: ArticlePart): Paragraph[] {
  const out: Paragraph[] = [];
  for (const paragraph of part.article.paragraphs) {
    if (isJumpSpan(paragraph, part.jumpLines)) continue;
    let { text, lineIds } = paragraph;
    const first = part.jumpLines.find((j) => j.lineIds.length === 1 && j.lineIds[0] === lineIds[0] && text.startsWith(j.text));
    if (first) ({ text, lineIds } = { text: text.slice(first.text.length).trimStart(), lineIds: lineIds.slice(1) });
    const last = part.jumpLines.find((j) => j.lineIds.length === 1 && j.lineIds[0] === lineIds[lineIds.length - 1] && text.endsWith(j.text));
    if (last) ({ text, lineIds } = { text: text.slice(0, text.length - last.text.length).trimEnd(), lineIds: lineIds.slice(0, -1) });
    if (text !== '') out.push(text === paragraph.text ? paragraph : { ...paragraph, text, lineIds });
  }
  return out;
}

/** The part's heading spans that are not jump lines (a `FIRE, from Page 1` head is a jump, not a headline). */
export function headingSpans(part: ArticlePart): { field: (typeof HEADING_FIELDS)[number]; span: TextSpan }[] {
  return HEADING_FIELDS.flatMap((field) => {
    const span = part.article[field];
    return span === null || span.text.trim() === '' || isJumpSpan(span, part.jumpLines) ? [] : [{ field, span }];
  });
}
