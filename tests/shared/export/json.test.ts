import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../../shared/export/json';
import { parseTextPage } from '../../../shared/load/text-page';
import type { Article, Reconstruction, TextSpan } from '../../../shared/model/reconstruction';
import { harbourPage, harbourRec } from './harbour';

const GT_ARTICLE_FIELDS = ['kicker', 'headline', 'subheadline', 'byline', 'paragraphs', 'jumps'];

interface GtArticle {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  byline: string | null;
  paragraphs: string[];
  jumps: string[];
}
interface Gt {
  source: string;
  script: 'cjk' | 'latin';
  articles: GtArticle[];
  other: { kind: 'caption' | 'page-header' | 'section-label' | 'banner' | 'other'; text: string; note?: string }[];
}

/** What GT-SPEC.md requires of every field, checked the way score.py reads them. */
function expectGtShape(doc: Record<string, unknown>): void {
  expect(typeof doc.source).toBe('string');
  expect(['cjk', 'latin']).toContain(doc.script);
  expect(Array.isArray(doc.articles) && Array.isArray(doc.other)).toBe(true);
  for (const article of doc.articles as Record<string, unknown>[]) {
    for (const field of ['kicker', 'headline', 'subheadline', 'byline']) {
      expect(article[field] === null || typeof article[field] === 'string').toBe(true);
    }
    for (const field of ['paragraphs', 'jumps']) {
      const list = article[field] as unknown[];
      expect(list.every((p) => typeof p === 'string' && !p.includes('\n'))).toBe(true);
    }
  }
  for (const block of doc.other as Record<string, unknown>[]) {
    expect(['caption', 'page-header', 'section-label', 'banner', 'other']).toContain(block.kind);
    expect(typeof block.text).toBe('string');
  }
}

const pick = <T extends object>(o: T, keys: string[]) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, (o as Record<string, unknown>)[k]]));

describe('toJson', () => {
  const content = toJson(harbourRec, harbourPage);
  const doc = JSON.parse(content) as Record<string, unknown> & Gt;

  it('is 2-space indented JSON ending in a line feed', () => {
    expect(content.startsWith('{\n  "source": "harbour.txt",\n  "script": "latin",')).toBe(true);
    expect(content.endsWith('}\n')).toBe(true);
  });

  it('has the ground-truth shape of GT-SPEC.md', () => {
    expectGtShape(doc);
    expect(doc.articles.map((a) => pick(a, GT_ARTICLE_FIELDS))).toEqual([
      {
        kicker: 'CITY NEWS',
        headline: 'HARBOUR WORKS BEGIN AT LAST',
        subheadline: 'Stone laid at the pier',
        byline: 'By A. REPORTER',
        paragraphs: ['The works began yesterday at the pier.', '# 3 berth is ready; the cranes arrive on Monday.'],
        jumps: ['(Continued on Page 4)'],
      },
      { kicker: null, headline: 'TIDES', subheadline: null, byline: null, paragraphs: ['- 5 ft at noon.'], jumps: [] },
    ]);
    expect(doc.other.map((o) => pick(o, ['kind', 'text', 'note']))).toEqual([
      { kind: 'page-header', text: 'THE EVENING GAZETTE' },
      { kind: 'caption', text: 'The pier at dawn.' },
    ]);
  });

  it('carries provenance beside the GT fields', () => {
    const [first, second] = doc.articles as unknown as Record<string, unknown>[];
    expect(first?.id).toBe('A-L9');
    expect(first?.provenance).toEqual({
      kicker: ['L3'],
      headline: ['L4', 'L5'],
      subheadline: ['L6'],
      byline: ['L7'],
      paragraphs: [
        { id: 'P-L9', lineIds: ['L9', 'L10'] },
        { id: 'P-L12', lineIds: ['L12', 'L13'] },
      ],
      jumps: [['L15']],
    });
    expect(second?.provenance).toMatchObject({ kicker: null, subheadline: null, byline: null, jumps: [] });
    expect(doc.other).toEqual([
      { kind: 'page-header', text: 'THE EVENING GAZETTE', id: 'O-L1', lineIds: ['L1'] },
      { kind: 'caption', text: 'The pier at dawn.', id: 'O-L21', lineIds: ['L21'] },
    ]);
  });

  it('records the page and every repair with all its fields', () => {
    expect(doc.galley).toEqual({
      version: 1,
      page: { id: harbourPage.id, name: 'harbour.txt', encoding: 'utf-8', format: 'text' },
      repairs: harbourRec.repairs,
      declined: [],
      failures: [],
    });
  });

  it('writes a note of an `other` block as GT-SPEC does', () => {
    const rec = { ...harbourRec, other: [{ id: 'O-L1', kind: 'other' as const, text: 'Weather: fair', note: 'weather box', lineIds: ['L1'] }] };
    const parsed = JSON.parse(toJson(rec, harbourPage)) as Gt;
    expect(parsed.other).toEqual([{ kind: 'other', text: 'Weather: fair', note: 'weather box', id: 'O-L1', lineIds: ['L1'] }]);
  });

  it('reproduces a real ground-truth file field for field', () => {
    const fixture = path.resolve(import.meta.dirname, '../../fixtures/000_b9d590ed33f85a10.gt.json');
    const gt = JSON.parse(readFileSync(fixture, 'utf8')) as Gt;
    const page = parseTextPage(gt.source, 'x\n', 'utf-8');
    let line = 0;
    const span = (text: string | null): TextSpan | null => (text === null ? null : { text, lineIds: [`L${++line}`] });
    const articles: Article[] = gt.articles.map((a, i) => ({
      id: `A-${i}`,
      kicker: span(a.kicker),
      headline: span(a.headline),
      subheadline: span(a.subheadline),
      byline: span(a.byline),
      paragraphs: a.paragraphs.map((text, j) => ({ id: `P-${i}-${j}`, text, lineIds: [`L${++line}`] })),
      jumps: a.jumps.map((text) => ({ text, lineIds: [`L${++line}`] })),
    }));
    const rec: Reconstruction = {
      pageId: page.id,
      script: gt.script,
      articles,
      other: gt.other.map((o, i) => ({ id: `O-${i}`, kind: o.kind, text: o.text, lineIds: [`L${++line}`], ...(o.note === undefined ? {} : { note: o.note }) })),
      repairs: [],
      declined: [],
      failures: [],
    };
    const out = JSON.parse(toJson(rec, page)) as Gt;
    expectGtShape(out as unknown as Record<string, unknown>);
    expect(out.source).toBe(gt.source);
    expect(out.script).toBe(gt.script);
    expect(out.articles.map((a) => pick(a, GT_ARTICLE_FIELDS))).toEqual(gt.articles);
    expect(out.other.map((o) => pick(o, ['kind', 'text', 'note']))).toEqual(gt.other);
  });
});
