/**
 * The word before a line-end hyphen, read backwards: the same answers as the end-anchored
 * patterns it stands in for, on the words a page prints and on odd characters.
 */
import { describe, expect, it } from 'vitest';
import { hyphenatedWordStart, partBeforeStart } from '../../../shared/text/hyphenation-word-ends';
import { LINE_END_MARKS } from '../../../shared/text/lexicon';

const wordBeforeMark = (text: string): string | null => {
  const start = hyphenatedWordStart(text);
  return start < 0 ? null : text.slice(start, -1);
};
const partBefore = (text: string): string | null => {
  const start = partBeforeStart(text);
  return start < 0 ? null : text.slice(start);
};

describe('hyphenatedWordStart', () => {
  it('finds the letters and figures before a line-end mark', () => {
    expect(wordBeforeMark('the cost of the recon-')).toBe('recon');
    expect(wordBeforeMark('from 1914-')).toBe('1914');
    expect(wordBeforeMark('Zusammen¬')).toBe('Zusammen');
    expect(wordBeforeMark('the well‐')).toBe('well');
    expect(wordBeforeMark('soft\u00AD')).toBe('soft');
    // Combining marks belong to the word (`e` + U+0301 is `é`).
    expect(wordBeforeMark('une pe\u0301-')).toBe('pe\u0301');
  });

  it('answers -1 when the line ends otherwise, or the mark follows no letter', () => {
    expect(hyphenatedWordStart('the end.')).toBe(-1);
    expect(hyphenatedWordStart('a dash -')).toBe(-1);
    expect(hyphenatedWordStart('-')).toBe(-1);
    expect(hyphenatedWordStart('')).toBe(-1);
  });

  it('reads a character beyond the BMP as one letter, and a lone surrogate as none', () => {
    expect(wordBeforeMark('x 𝒜𝒞-')).toBe('𝒜𝒞');
    expect(wordBeforeMark('\udc9cab-')).toBe('ab');
  });
});

describe('partBeforeStart', () => {
  it('finds the last part of a word: a letter and what follows it, or figures', () => {
    expect(partBefore('the cost of the recon')).toBe('recon');
    expect(partBefore('in 1914')).toBe('1914');
    expect(partBefore('ab12')).toBe('12');
    expect(partBefore('12ab')).toBe('ab');
    // Marks after figures do not start a part; the letter after them does.
    expect(partBefore('1\u0301b\u0301')).toBe('b\u0301');
    expect(partBefore('1\u0301')).toBeNull();
    expect(partBefore('the end.')).toBeNull();
    expect(partBefore('')).toBeNull();
  });
});

describe('against the patterns they replace', () => {
  const hyphenatedEnd = new RegExp(`([\\p{L}\\p{M}\\p{N}]+)([${LINE_END_MARKS}])$`, 'u');
  const partPattern = /(\p{L}[\p{L}\p{M}]*|\p{N}+)$/u;
  const pieces = ['a', 'Z', 'é', '1', '٣', 'Ⅻ', '\u0301', ' ', '-', '‐', '¬', '\u00AD', '⸗', '中', '𝒜', '😀', '\ud835', '\udc9c', '.', '"', 'ǅ'];
  // A fixed sequence of texts, so that a failure can be run again.
  let seed = 7;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const texts = Array.from({ length: 20_000 }, () => Array.from({ length: next(8) }, () => pieces[next(pieces.length)]).join(''));

  it('gives what the patterns give, on every text', () => {
    for (const text of texts) {
      const end = hyphenatedEnd.exec(text);
      expect(wordBeforeMark(text), JSON.stringify(text)).toBe(end ? (end[1] ?? null) : null);
      expect(partBefore(text), JSON.stringify(text)).toBe(partPattern.exec(text)?.[1] ?? null);
    }
  });
});
