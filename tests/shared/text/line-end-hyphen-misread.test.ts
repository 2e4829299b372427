/**
 * The page's own spelling read through one OCR misreading (ocr-confusions.ts): example pairs —
 * the two lines and the page → the joined text, the repair's kind and its reason — and the
 * limits that keep a stray sighting from deciding.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, joinHyphenated } from '../../../shared/text/line-end-hyphen';
import { misreadings } from '../../../shared/text/ocr-confusions';

const IDS = ['L1', 'L2'];
/** A page of period English that prints `to-day` on its lines, never `today`. */
const TO_DAY = ['The meeting to-day was short.', 'He said to-day that the', 'bill would pass.'];

describe('misreadings', () => {
  it('lists the spellings one OCR confusion away, both ways, and not the word itself', () => {
    expect(misreadings('dav')).toContain('day');
    expect(misreadings('rnan')).toContain('man');
    expect(misreadings('tbirds')).toContain('thirds');
    expect(misreadings('môme')).toContain('même');
    expect(misreadings('day')).toContain('dav');
    expect(misreadings('dav')).not.toContain('dav');
  });

  it('changes one place at a time', () => {
    expect(misreadings('nun')).toEqual(expect.arrayContaining(['uun', 'nuu', 'nnn']));
    expect(misreadings('nun')).not.toContain('uuu');
  });
});

describe('joinHyphenated with a misread half', () => {
  it('keeps the hyphen of “to-” + “dav” on a page that prints “to-day” twice', () => {
    const lines = [...TO_DAY, 'the news came to-', 'dav from the front'];
    const result = joinHyphenated('the news came to-', 'dav from the front', IDS, buildLexicon(lines));
    expect(result?.text).toBe('the news came to-dav from the front');
    expect(result?.repair.kind).toBe('keep-hyphen');
    expect(result?.repair.reason).toContain('the page prints “to-day” 2×, one OCR misreading from “to-dav”');
    expect(result?.repair.evidence).toMatchObject({ pageReading: 'to-day', compoundOnPage: 0, joinedOnPage: 0 });
    expect(result?.repair.confidence).toBeLessThan(0.9);
  });

  it('joins “Mac-” + “Donalcl” on a page that prints “MacDonald” twice, despite the capital', () => {
    const lines = ['Mr. MacDonald spoke.', 'Then MacDonald left.', 'said Mr. Mac-', 'Donalcl to them'];
    const result = joinHyphenated('said Mr. Mac-', 'Donalcl to them', IDS, buildLexicon(lines));
    expect(result?.text).toBe('said Mr. MacDonalcl to them');
    expect(result?.repair.kind).toBe('dehyphenate');
    expect(result?.repair.reason).toContain('the page prints “macdonald” 2×, one OCR misreading from “Mac-Donalcl”');
  });

  it('lets one sighting, or a page that prints both forms, say nothing', () => {
    const once = ['The meeting to-day was short.', 'the news came to-', 'dav from the front'];
    expect(joinHyphenated('the news came to-', 'dav from the front', IDS, buildLexicon(once))?.repair.reason).not.toContain('misreading');
    const both = [...TO_DAY, 'today and today', 'the news came to-', 'dav from the front'];
    expect(joinHyphenated('the news came to-', 'dav from the front', IDS, buildLexicon(both))?.repair.reason).not.toContain('misreading');
  });

  it('leaves the page spelling first: the exact form on the page decides before any misreading', () => {
    const lines = [...TO_DAY, 'we read todav and todav', 'the news came to-', 'dav from the front'];
    const result = joinHyphenated('the news came to-', 'dav from the front', IDS, buildLexicon(lines));
    expect(result?.repair.kind).toBe('dehyphenate');
    expect(result?.repair.reason).toContain('“todav” occurs 2× on this page');
  });
});
