/**
 * CJK title lines as wide as their column. Chinese headlines often run across several
 * columns, so on a page of printed column lines a headline may be as wide as the body column
 * under it, or wider: "shorter than the column" is no evidence there. What still tells a
 * headline from a column line is the line around it: it holds no punctuation at all, and it
 * stands where a paragraph cannot go on (over a dateline, wider than any line the column
 * holds, or between a finished sentence and a paragraph's first line).
 *
 * Wrong when: a paragraph's first line holds no punctuation, fills the column and the next
 * line is the paragraph's short last line (a two-line paragraph). Rare; the repair can be
 * rejected.
 */
import type { DraftUnit } from '../pipeline/draft';
import { startsWithBulletSymbol, startsWithDateline } from '../text/line-forms';
import { endsSentence, lineWidth } from '../text/script';

/**
 * Any mark of running text, brackets included: headlines go without them (quotes and 《》
 * aside). A point between digits is a decimal (`已达2695.9亿元`), no full stop.
 */
export const TEXT_MARK = /[，,、；;：:。！!？?（）()]|(?<!\d)\.|\.(?!\d)/u;

/** Characters a line may run past its column's measure: half-width digits are counted roughly. */
const MEASURE_SLACK = 1;

/**
 * Why a CJK line as wide as its column (or wider) is a heading, or null. Asked of lines not
 * already short enough for a title. `afterSentence`: nothing open above it (a finished
 * sentence, a byline, a jump, the page's start). `nextStartsParagraph`: the line below opens a
 * paragraph on its own evidence (an indent, a gap, a short line, a jump).
 */
export function wideCjkTitle(unit: DraftUnit, next: DraftUnit | undefined, column: number, afterSentence: boolean, nextStartsParagraph: boolean): string | null {
  const text = unit.text.trim();
  if (next?.role !== 'body' || TEXT_MARK.test(text)) return null;
  const width = lineWidth(text, 'cjk');
  // Spaces do not count towards "wider": OCR sets them around numbers in body lines (`为 1002 名 0 至 15 岁`).
  const wider = lineWidth(text.replace(/\s+/gu, ''), 'cjk') > column + MEASURE_SLACK;
  if (startsWithDateline(next.text) && (afterSentence || wider)) return 'it holds no punctuation and stands over a dateline, whatever its width (Chinese headlines span columns)';
  // A paragraph's first line is set in: never a title.
  if (unit.startsIndented) return null;
  // Only after a finished sentence: a line that runs on from an open one is the column's own,
  // however wide a short stretch of the column measures around it.
  if (wider && afterSentence) return `it holds no punctuation and is wider than the ${Math.round(column)}-character column under it`;
  // A paragraph's first line is set in from the column's edge; a full line after a finished
  // sentence with a paragraph's start below it is a title.
  if (afterSentence && nextStartsParagraph && width >= column - MEASURE_SLACK) return `it holds no punctuation, fills the ${Math.round(column)}-character column after a finished sentence, and a paragraph starts below it`;
  return null;
}

/**
 * Whether a CJK line straight under a heading can go on its stack (a second headline line, a
 * deck): not a paragraph's first line. That line is set in (by an indent, or two characters
 * short where the OCR dropped the indent) and the next line runs on from it at full width,
 * even where neither holds a mark (`落实好12件民生实事是` / `省政府今年向全省人民作出`).
 */
export function cjkStackLine(unit: DraftUnit, next: DraftUnit | undefined, column: number): boolean {
  if (unit.startsIndented) return false;
  if (next?.role !== 'body' || startsWithDateline(next.text)) return true;
  const missing = column - lineWidth(unit.text, 'cjk');
  const setIn = missing >= INDENT_MISSING[0] && missing <= INDENT_MISSING[1];
  return !(setIn && lineWidth(next.text, 'cjk') >= column - MEASURE_SLACK && !endsSentence(next.text));
}

/** How much shorter than its column a paragraph's first line is when the OCR dropped its indent. */
const INDENT_MISSING = [1.5, 3] as const;

/**
 * Why a CJK line led by a bullet symbol (`◆“放心午餐”惠及14万学生`) is a sub-heading at any
 * width, or null: it holds no punctuation, the sentence above it was finished, and the line
 * under it is running text (it holds a mark), so the bullet line is whole. Where the next line
 * holds no mark it may be the sub-heading's second half; the title runs decide that.
 */
export function bulletSubheading(unit: DraftUnit, next: DraftUnit | undefined, afterSentence: boolean): string | null {
  const text = unit.text.trim();
  if (!afterSentence || !startsWithBulletSymbol(text) || TEXT_MARK.test(text) || endsSentence(text)) return null;
  if (next?.role === 'body' && !TEXT_MARK.test(next.text)) return null;
  return 'it opens with a bullet symbol after a finished sentence, holds no punctuation, and running text follows it';
}
