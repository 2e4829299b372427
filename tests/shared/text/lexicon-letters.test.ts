/** The character classes looked up in a table: the same as the Unicode patterns say, character by character. */
import { describe, expect, it } from 'vitest';
import { CJK_LETTER, IDEOGRAPH, LETTER, MARK, NUMBER, classesAt, startOfCharBefore, unitsAt } from '../../../shared/text/lexicon-letters';
import { isIdeograph } from '../../../shared/text/script';

const classesOf = (ch: string): number => classesAt(ch, 0, unitsAt(ch, 0));

describe('classesAt', () => {
  it('tells letters, marks, figures, CJK letters and ideographs', () => {
    expect(classesOf('a') & (LETTER | CJK_LETTER)).toBe(LETTER);
    expect(classesOf('中') & (LETTER | CJK_LETTER | IDEOGRAPH)).toBe(LETTER | CJK_LETTER | IDEOGRAPH);
    expect(classesOf('カ') & (CJK_LETTER | IDEOGRAPH)).toBe(CJK_LETTER);
    expect(classesOf('\u0301') & (LETTER | MARK)).toBe(MARK);
    expect(classesOf('٣') & NUMBER).toBe(NUMBER);
    expect(classesOf('。') & (LETTER | MARK | NUMBER)).toBe(0);
  });

  it('reads a surrogate pair as one character, and a lone surrogate as none of them', () => {
    expect(unitsAt('𠀀x', 0)).toBe(2);
    expect(classesOf('𠀀') & (LETTER | CJK_LETTER)).toBe(LETTER | CJK_LETTER);
    expect(unitsAt('\ud840x', 0)).toBe(1);
    expect(classesOf('\ud840') & (LETTER | MARK | NUMBER)).toBe(0);
    expect(startOfCharBefore('a𠀀', 3)).toBe(1);
    expect(startOfCharBefore('a\udc00', 2)).toBe(1);
  });

  it('agrees with the patterns on every BMP character', () => {
    const patterns: [number, (ch: string) => boolean][] = [
      [LETTER, (ch) => /\p{L}/u.test(ch)],
      [MARK, (ch) => /\p{M}/u.test(ch)],
      [NUMBER, (ch) => /\p{N}/u.test(ch)],
      [CJK_LETTER, (ch) => /\p{L}/u.test(ch) && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch)],
      [IDEOGRAPH, isIdeograph],
    ];
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      // Twice: the first answer fills the table, the second reads it.
      for (const classes of [classesOf(ch), classesOf(ch)]) {
        for (const [bit, test] of patterns) if (((classes & bit) !== 0) !== test(ch)) wrong.push(`U+${code.toString(16)} bit ${bit}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
