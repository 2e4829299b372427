/**
 * A CJK line that stops short of its column with no final mark: where it ends its paragraph.
 * A CJK column is justified, so every line of a paragraph but its last fills the column; a
 * short line inside a paragraph is the paragraph's own first line (set in, or set in and then
 * read by the OCR without the indent), nothing else. So a short line ends its paragraph when
 * it is not the first line of one and falls clearly short or the line after it opens a paragraph
 * itself; a paragraph's first line ends it only where the next line is indented
 * (`…实施停水：` / `迎泽大街路南（金阳南路）` / `望相关区域内的用户周知…` set in).
 *
 * Wrong when: the OCR counted half-width digits and letters narrower than they print and the
 * line only looks short; the margin below (beyond the slack of `isShortLine`) keeps most.
 */
import { startsWithDateline } from '../text/line-forms';
import { endsSentence, lineWidth } from '../text/script';

/** How much shorter than its column a paragraph's first line is, set in two characters (OCR widths are rough). */
const INDENT_MISSING = [1.5, 3] as const;

export interface CjkLineEnd {
  /** The line's text (no final mark). */
  readonly line: string;
  /** The next line's text. */
  readonly next: string;
  readonly column: number;
  /** The line is the first of its paragraph so far. */
  readonly firstOfParagraph: boolean;
  /** The next line is printed indented. */
  readonly nextIndented: boolean;
  /** The line is short of its column by the page's measure (`isShortLine`). */
  readonly short: boolean;
}

/** The reason a CJK line with no final mark ends its paragraph, or null when it runs on. */
export function cjkShortLineEnds({ line, next, column, firstOfParagraph, nextIndented, short }: CjkLineEnd): string | null {
  // `本报讯 （记者 武玲芳）` alone on its line: the dateline runs on into its first sentence.
  if (startsWithDateline(line) && !endsSentence(line)) return null;
  const width = lineWidth(line, 'cjk');
  // An indent opens a paragraph; the line before it ends one where it leaves room in the column.
  if (nextIndented && column - width >= 1) return 'the line stops short of its justified column and the next line is indented';
  if (!short) return null;
  // A paragraph's own first line is short too (set in); only a later line is its last.
  if (firstOfParagraph) return null;
  if (column - width > CLEARLY_SHORT && width < column * CLEARLY_SHORT_SHARE) return 'the line stops well short of its justified column, as only a paragraph’s last line does';
  // Two short lines in a row are a narrower column, not a paragraph's end and the next one's start.
  if (opensWithoutIndent(next, column) && lineWidth(next, 'cjk') - width >= INDENT_MISSING[0]) return 'the line stops short of its justified column and the next line opens a paragraph two characters in';
  return null;
}

/** Characters, and share of its column, a line must miss to be short beyond the noise of OCR widths. */
const CLEARLY_SHORT = 3.5;
const CLEARLY_SHORT_SHARE = 0.8;

/** A paragraph's first line whose indent the OCR dropped: about two characters short, and running on. */
function opensWithoutIndent(next: string, column: number): boolean {
  const missing = column - lineWidth(next, 'cjk');
  return missing >= INDENT_MISSING[0] && missing <= INDENT_MISSING[1] && !endsSentence(next);
}
