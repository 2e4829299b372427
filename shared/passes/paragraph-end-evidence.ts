/**
 * Whether a Latin line that ends no sentence still ends its paragraph, weighed from the
 * evidence an editor reads on a column without line boxes. OCR loses full stops and
 * capitals, so no single clue decides; each adds its weight, and the break needs two:
 *   - the next line's first word would have fit in the line's measure (+1): the column did
 *     not break the line, the writer did;
 *   - the line leaves much of its measure empty even after that word (+1), or more than half
 *     of it (+2): only a paragraph's last line stops that far short (`all tbo crops` / `the
 *     ground bad …`), while a name or a phrase cut mid-sentence fills more of the line;
 *   - the next line opens with a capital, or with a list bullet the OCR read as a mark or a
 *     figure (`0 The Wren empire`, `. The liquor tests`) (+1); a lower-case opening counts
 *     against (-0.5): the sentence more likely runs on;
 *   - the next line is indented (+1);
 *   - the next line opens with small capitals the OCR jumbled (`No*iwati<tx The President`,
 *     `Two ei.etttow rbportm`): a run-in head whose dash was lost, which opens an item (+1);
 *   - the line ends on a mark the OCR makes of a full stop after a word (`,` `;` `'` `*`, and
 *     `?` where the page prints `?` for marks it could not read) (+0.5).
 *
 * A line whose width says nothing is not measured: one holding a run-in head or all run-in head
 * (its capitals set wide), or one damaged past reading (the OCR dropped and invented letters).
 *
 * Wrong when: a line of a list or an address stops short in mid-phrase; the repair names
 * the clues and can be rejected.
 */
import { isDamagedLine, isSmallCapitalsLine, opensWithSmallCapitals } from '../text/damaged-print';

/** Weight the evidence needs for a break. */
export const BREAK_WEIGHT = 2;

/** Characters of slack a line's measure is given: OCR widths in characters are rough. */
const FIT_SLACK = 4;

/** How much wider than a lower-case letter a capital is set, near enough for most book faces. */
const CAPITAL_WIDTH = 1.4;

/** Share of the measure a line leaves empty after the next word's room: much of it, and more than half. */
const ROOMY = 0.3;
const HALF_EMPTY = 0.5;

export interface ParagraphEndClues {
  /** The line, trimmed. */
  readonly line: string;
  /** The next line, trimmed. */
  readonly next: string;
  /** The column's measure in characters. */
  readonly column: number;
  /** The next line starts further in than this one. */
  readonly nextIndented: boolean;
  /** The page's OCR prints `?` for marks it could not read (`15?The`): a final `?` may be a stop or a dash. */
  readonly queryForMarks: boolean;
  /** The line holds a run-in head, whose capitals the OCR may have read as anything: its width says nothing. */
  readonly runInHead: boolean;
}

export interface ParagraphEndWeight {
  readonly weight: number;
  /** The clues that counted, for the repair's reason. */
  readonly clues: readonly string[];
}

export function weighParagraphEnd(c: ParagraphEndClues): ParagraphEndWeight {
  // No closure for `add`: one made per line (and named, under tsx) cost 2% of a page's CPU.
  const clues: string[] = [];
  let weight = 0;
  // A word broken at the line's end runs on into the next line, whatever else the line shows.
  if (BROKEN_WORD_END.test(c.line)) return { weight: 0, clues };
  const word = c.next.split(WHITE_SPACE, 1)[0] ?? '';
  const room = c.column - (printedWidth(c.line) + 1 + printedWidth(word) + FIT_SLACK);
  const widthSaysNothing = c.runInHead || isSmallCapitalsLine(c.line) || isDamagedLine(c.line);
  if (!widthSaysNothing && c.column > 0 && word !== '' && room >= 0) {
    weight += 1;
    clues.push('the next line’s first word would have fit');
    if (room >= c.column * HALF_EMPTY) {
      weight += 2;
      clues.push('the line stops before half its measure');
    } else if (room >= c.column * ROOMY) {
      weight += 1;
      clues.push('the line leaves much of its measure empty');
    }
  }
  if (OPENS_CAPITAL.test(c.next)) {
    weight += 1;
    clues.push('a capital follows');
  } else if (OPENS_BULLET.test(c.next)) {
    weight += 1;
    clues.push('the next line opens with a list bullet');
  } else if (OPENS_LOWER.test(c.next)) {
    weight += -0.5;
    clues.push('lower case follows');
  }
  if (c.nextIndented) {
    weight += 1;
    clues.push('the next line is indented');
  }
  if (opensWithSmallCapitals(c.next)) {
    weight += 1;
    clues.push('the next line opens with a run-in head in small capitals');
  }
  if (STOP_LIKE_END.test(c.line) || (c.queryForMarks && QUERY_END.test(c.line))) {
    weight += 0.5;
    clues.push('the line ends on a mark the OCR makes of a full stop');
  }
  return { weight, clues };
}

const BROKEN_WORD_END = /[-\u00AD¬]$/u;
const WHITE_SPACE = /\s/u;
const OPENS_CAPITAL = /^["'‘“(]?\p{Lu}/u;
const OPENS_BULLET = /^[0o•·*■.]\s+["'‘“]?\p{Lu}/u;
const OPENS_LOWER = /^\p{Ll}/u;
const STOP_LIKE_END = /\p{L}[,;'’*]$/u;
const QUERY_END = /\p{L}\?$/u;

/** Times the OCR must print `?` between two letters (`15?The`, `H?m?`) before a page counts as printing `?` for marks it could not read. */
const QUERY_FOR_MARKS = 3;

/**
 * Whether the OCR printed `?` for marks it could not read (an em dash, a curly quote): a real
 * question mark never runs straight into the next word, so three that do tell the page's habit.
 */
export function printsQueryForMarks(lines: readonly string[]): boolean {
  let count = 0;
  for (const line of lines) {
    if (!line.includes('?')) continue;
    count += line.match(/[\p{L}\p{N}.]\?[\p{L}]/gu)?.length ?? 0;
    if (count >= QUERY_FOR_MARKS) return true;
  }
  return false;
}

/** A line's width in lower-case letters: capitals count wider. */
export function printedWidth(text: string): number {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) capitals++;
  }
  return text.length + capitals * (CAPITAL_WIDTH - 1);
}
