import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../shared/load/load-page';
import type { Page } from '../../../shared/model/page';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { columnBlock, layoutPageOf, type SketchBlock } from '../layout/layout-page-of';
import { articlesOf, expectWhole, findRepair, repairsOf } from './examples';

const PASS = 'findHeadings';

const BODY = ['Les bruits de guerre n’ayant pas cessé', 'de courir, la presse de Paris en parle', 'encore ce matin.'];
const MORE = ['On attend des nouvelles de Vienne et', 'de Turin avant la fin de la semaine', 'qui vient.'];
const title = (text: string, x: number, w: number, fontSize: number, y = 40): SketchBlock => ({ id: `T-${text}`, lines: [{ text, x, y, w, fontSize }] });

describe('findHeadings on a layout page', () => {
  it('takes a sentence-case title set larger than the body as a heading, full stop and all', () => {
    const source = layoutPageOf([title('Revue politique.', 100, 300, 14), columnBlock('A', 100, 100, [...BODY, ...MORE])]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: 'Revue politique.', paragraphs: [BODY.join(' '), MORE.join(' ')] }]);
    const repair = findRepair(result, PASS, 'classify-block Revue politique.: body → heading', source);
    expect(repair.reason).toContain('its font is 1.4 times the body’s');
    expect(repair.evidence).toEqual({ sizeRatio: 1.4, sizeFrom: 'font-size' });
    expectWhole(result, source);
  });

  it('without the larger font, the same line stays body text (text rules alone)', () => {
    const source = layoutPageOf([title('Revue politique.', 100, 300, 10), columnBlock('A', 100, 100, [...BODY, ...MORE])]);
    expect(repairsOf(reconstruct(source), PASS, source)).toEqual([]);
  });

  it('takes a line centred in body type as the headline where no heading on the page is set larger', () => {
    const source = layoutPageOf([title('Revue politique.', 300, 200, 10), columnBlock('A', 100, 100, [...BODY, ...MORE])]);
    expect(articlesOf(reconstruct(source))).toEqual([{ headline: 'Revue politique.', paragraphs: [BODY.join(' '), MORE.join(' ')] }]);
  });

  it('takes a centred body-type line as a section title inside the article where the page sets its headlines larger', () => {
    const source = layoutPageOf([
      title('LE PARLEMENT', 100, 500, 16),
      title('Les débats du jour', 100, 400, 14, 70),
      columnBlock('A', 100, 100, BODY),
      title('La séance.', 300, 200, 10, 230),
      columnBlock('B', 100, 270, MORE),
    ]);
    const result = reconstruct(source);
    expect(repairsOf(result, PASS, source)).toContain('classify-block La séance.: body → subheading');
    expect(result.articles).toHaveLength(1);
  });

  it('does not take a larger line that breaks a word at its end, nor the line that finishes the word, as a heading', () => {
    // OCR font sizes wobble: a body line measured a size larger is still body when its last word runs on.
    const source = layoutPageOf([
      columnBlock('A', 100, 100, [...BODY, 'Cette déclaration vaincra-t-elle l’obs-']),
      { id: 'B', lines: [{ text: 'tination des alarmistes et des autres', x: 100, y: 200, w: 300, fontSize: 13 }] },
      columnBlock('C', 100, 230, MORE),
    ]);
    expect(repairsOf(reconstruct(source), PASS, source)).toEqual([]);
  });

  it('does not take a larger line that holds a clause (a dateline) as a heading', () => {
    const source = layoutPageOf([title('Luxembourg, le 6 décembre.', 100, 400, 14), columnBlock('A', 100, 100, [...BODY, ...MORE])]);
    expect(repairsOf(reconstruct(source), PASS, source)).toEqual([]);
  });
});

describe('findHeadings on a real ALTO excerpt (Luxemburger Zeitung, 1858)', () => {
  const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/alto/bnl-luxzeit-1858-12-07_01-00001-excerpt.xml', import.meta.url)));
  const loaded = loadPage('bnl-luxzeit-excerpt.xml', bytes);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const source: Page = loaded.value;

  it('finds the section heads set in larger type, which no capital or text rule finds', () => {
    const result = reconstruct(source);
    const headings = repairsOf(result, PASS, source);
    expect(headings).toContain('classify-block Nicht amtlicher Theil.: body → heading');
    expect(headings).toContain('classify-block PARTIE NON OFFICIELLE.: body → heading');
    expect(result.articles.some((a) => a.headline?.text === 'Nicht amtlicher Theil.')).toBe(true);
    expectWhole(result, source);
  });
});
