import { describe, expect, it } from 'vitest';
import { isDamagedLine, isDamagedWord, isSmallCapitalsLine, opensWithDebrisAndHead, opensWithSmallCapitals } from '../../../shared/text/damaged-print';

describe('damaged print', () => {
  it('tells the OCR of small capitals from clean words, names and abbreviations', () => {
    for (const word of ['wIP', 'TEKRiTor.iAr.', 'Smat*', 'No*iwati<tx', 'ei.etttow', 'Ho*.']) expect(isDamagedWord(word), word).toBe(true);
    for (const word of ['McLean', 'MacArthur', 'i.e.', 'Hon.', 'to-day', 'President,', '"Sun-Herald"']) expect(isDamagedWord(word), word).toBe(false);
  });

  it('finds a run-in head in small capitals at a line’s start only, with text after it', () => {
    expect(opensWithSmallCapitals('No*iwati<tx The President to-day nomi-')).toBe(true);
    expect(opensWithSmallCapitals('Two ei.etttow rbportm will lie made to the')).toBe(true);
    // A damaged word further in is a speck in running text.
    expect(opensWithSmallCapitals('Governor hat* been deeply engaged since his')).toBe(false);
    // One damaged word alone is a sentence's end or a headline, no item's first line.
    expect(opensWithSmallCapitals('SllliTttlinn.')).toBe(false);
    expect(opensWithSmallCapitals('the Smat* wIP hereafter, it is said')).toBe(false);
  });

  it('takes a line of capitalised words opened by small capitals as all head', () => {
    expect(isSmallCapitalsLine('The TEKRiTor.iAr. Campaiok Committee')).toBe(true);
    expect(isSmallCapitalsLine('The Smat* wIP hereafter, it is said, con')).toBe(false);
  });

  it('takes a line as damaged past measuring only when marks make up much of it', () => {
    expect(isDamagedLine('ltv Hon. K. C. n?l???t?')).toBe(true);
    expect(isDamagedLine('hOMTlblt dl>rh>ra?fl K?i\'nr? k? --?-')).toBe(true);
    expect(isDamagedLine('The Admission of Texas?The Reconstruction')).toBe(false);
    expect(isDamagedLine('month, N. Il.,?13,4?0; New York, *14,40*; WMi-')).toBe(false);
  });

  it('finds a head behind debris at a line’s start, not in a word’s broken rest', () => {
    expect(opensWithDebrisAndHead("'fin cai>rr?mr Bisine**?It is expected")).toBe(true);
    expect(opensWithDebrisAndHead(']x>rtant consular nominations were also consid-')).toBe(false);
    expect(opensWithDebrisAndHead('veyor General?The Senate')).toBe(false);
  });
});
