/**
 * The word before a line-end hyphen, read backwards from the end of the line, character by
 * character. The same answers as the end-anchored patterns `([\p{L}\p{M}\p{N}]+)(mark)$` and
 * `(\p{L}[\p{L}\p{M}]*|\p{N}+)$`, which a regular expression engine tries at every position of
 * the text before the break (2.4% of a batch page's CPU, `--cpu-prof`, 1,000 generated pages).
 */
import { LINE_END_MARKS } from './lexicon';
import { LETTER, MARK, NUMBER, classesAt, startOfCharBefore, unitsAt } from './lexicon-letters';

/** Where the run of characters of any of `classes` that ends at `end` starts (`end` when there is none). */
function runStart(text: string, end: number, classes: number): number {
  let start = end;
  while (start > 0) {
    const before = startOfCharBefore(text, start);
    if ((classesAt(text, before, start - before) & classes) === 0) break;
    start = before;
  }
  return start;
}

/**
 * Where the letters, marks and figures before a line-end mark start, when `text` ends with a
 * mark (LINE_END_MARKS) right after at least one of them (`recon-`, `1914-`); -1 otherwise.
 */
export function hyphenatedWordStart(text: string): number {
  const last = text.length - 1;
  if (last < 1 || !LINE_END_MARKS.includes(text.charAt(last))) return -1;
  const start = runStart(text, last, LETTER | MARK | NUMBER);
  return start < last ? start : -1;
}

/**
 * Where the part of a word that ends `text` starts: a letter followed by letters and marks to
 * the end, or figures to the end; -1 when `text` ends otherwise.
 */
export function partBeforeStart(text: string): number {
  if (text.length === 0) return -1;
  const lastStart = startOfCharBefore(text, text.length);
  const last = classesAt(text, lastStart, text.length - lastStart);
  if ((last & NUMBER) !== 0) return runStart(text, text.length, NUMBER);
  if ((last & (LETTER | MARK)) === 0) return -1;
  // The run may open on marks (a combining accent after a figure): the part opens at its first letter.
  let start = runStart(text, text.length, LETTER | MARK);
  while (start < text.length) {
    const units = unitsAt(text, start);
    if ((classesAt(text, start, units) & LETTER) !== 0) return start;
    start += units;
  }
  return -1;
}
