/**
 * What a character is (a letter, a combining mark, a figure, a CJK letter, an ideograph), asked
 * of the Unicode property patterns once per BMP character and thread, then looked up. The
 * engine reads every character of a page several times (its script, its words, its CJK terms);
 * a pattern run on a one-character string apiece made detectScript 6% and countVotes 3% of a
 * batch page's CPU (`--cpu-prof`, 1,000 generated pages). Characters beyond the BMP (surrogate
 * pairs) are rare, and asked of the patterns every time.
 *
 * Positions are UTF-16 indexes; a surrogate pair is one character, a lone surrogate one too,
 * as `for…of` and the `u` flag read them.
 */
import { isIdeograph } from './script';

/** `\p{L}` */
export const LETTER = 1;
/** `\p{M}` */
export const MARK = 2;
/** `\p{N}` */
export const NUMBER = 4;
/** Han, hiragana, katakana or hangul (`\p{Script=…}`), letters only. */
export const CJK_LETTER = 8;
/** An ideograph as script.ts `isIdeograph` tells it. */
export const IDEOGRAPH = 16;
/** Set on every entry of the table that has been asked. */
const KNOWN = 32;

const LETTER_PATTERN = /\p{L}/u;
const MARK_PATTERN = /\p{M}/u;
const NUMBER_PATTERN = /\p{N}/u;
const CJK_PATTERN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CLASSES_OF_UNIT = new Uint8Array(0x10000);

/** The classes of a text of one character. */
function classify(ch: string): number {
  const letter = LETTER_PATTERN.test(ch);
  return (
    KNOWN |
    (letter ? LETTER : 0) |
    (letter && CJK_PATTERN.test(ch) ? CJK_LETTER : 0) |
    (MARK_PATTERN.test(ch) ? MARK : 0) |
    (NUMBER_PATTERN.test(ch) ? NUMBER : 0) |
    (isIdeograph(ch) ? IDEOGRAPH : 0)
  );
}

/** UTF-16 units of the character at `i`: 2 for a surrogate pair, else 1. */
export function unitsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** Where the character that ends at `end` starts. */
export function startOfCharBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return end - 2;
  }
  return end - 1;
}

/** The classes (LETTER | MARK | …) of the character of `units` units at `start`. */
export function classesAt(text: string, start: number, units: number): number {
  if (units === 2) return classify(text.slice(start, start + 2));
  const code = text.charCodeAt(start);
  let classes = CLASSES_OF_UNIT[code] as number;
  if (classes === 0) {
    classes = classify(text.charAt(start));
    CLASSES_OF_UNIT[code] = classes;
  }
  return classes;
}
