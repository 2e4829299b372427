import { describe, expect, it } from 'vitest';
import { loadAlto } from '../../../shared/load/alto';
import { loadHocr } from '../../../shared/load/hocr';
import { loadPageXml } from '../../../shared/load/page-xml';
import { toAlto } from '../../../shared/export/alto';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import { LOW_CONFIDENCE } from '../../../shared/model/repair';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { fixtureBytes, pageOf, typedRegionsPage, utf8 } from '../load/layout-fixtures';
import { articlesOf, expectWhole, findRepair, otherOf, page, rejecting, repairsOf } from './examples';

const PASS = 'followFileRoles';

const headlines = (result: Reconstruction): string[] => result.articles.flatMap((a) => (a.headline ? [a.headline.text] : []));
const reasons = (result: Reconstruction): string[] => result.repairs.filter((r) => r.pass === PASS).map((r) => r.reason);


const BODY_BEFORE = ['The council met last night in the town hall to hear the', 'report of the harbour board on the state of the quays.'];
const BODY_AFTER = ['The report was received and the meeting closed at a late', 'hour, the members agreeing to meet again next week.'];

/** Twelve lines of a letter to the editor: running text whatever a region type says. */
const LETTER = [
  'Sir, I have read with much interest the account in your',
  'columns of the meeting held on Tuesday. It seems to me',
  'that the board has not yet considered the cost of the',
  'work. The quays were rebuilt twenty years ago at great',
  'expense, and they have served the town well ever since',
  'that time. I would ask the members to consider whether',
  'the money might not be better spent on the roads, which',
  'are in a poor state in every part of the district. The',
  'ratepayers will surely have something to say about the',
  'matter when the estimates come before them next spring,',
  'and I trust that they will be heard. I remain, Sir, your',
  'obedient servant, a ratepayer of many years standing.',
];

describe('followFileRoles: real files that declare their regions', () => {
  // Deutscher Reichsanzeiger 1844 (CC0), PAGE 2013 ground truth: page-number, heading and paragraph regions.
  const reichsanzeiger = pageOf(loadPageXml('1844_214_0615.xml', fixtureBytes('page-xml', 'reichsanzeiger-gt-1844_214_0615-excerpt.xml')));

  it('takes the page number out of the articles as page furniture and the heading regions as headlines', () => {
    const result = reconstruct(reichsanzeiger);
    expect(otherOf(result)).toContain('page-header: 1188');
    expect(headlines(result)).toEqual(expect.arrayContaining(['Aegypten.', 'Vereinigte Staaten von Nord-Amerika.']));
    expect(repairsOf(result, PASS, reichsanzeiger)).toEqual([
      'classify-block 1188: body → page-header',
      'classify-block Aegypten.: body → heading',
      'classify-block Vereinigte Staaten von Nord-Amerika.: body → heading',
      'classify-block Handels- und Börſen-Nachrichten.: body → heading',
    ]);
    const repair = findRepair(result, PASS, 'classify-block 1188: body → page-header', reichsanzeiger);
    expect(repair.reason).toBe('The file marks region r1 as page furniture (type “page-number”): took its line as page furniture.');
    expect(repair.confidence).toBeGreaterThanOrEqual(0.85);
    expectWhole(result, reichsanzeiger);
  });

  it('puts the page number back where the text puts it when the editor rejects the repair', () => {
    const result = reconstruct(reichsanzeiger);
    const after = rejecting(reichsanzeiger, findRepair(result, PASS, 'classify-block 1188: body → page-header', reichsanzeiger), result);
    expect(otherOf(after)).not.toContain('page-header: 1188');
    expectWhole(after, reichsanzeiger);
  });

  it('reads a PAGE 2019 page-number region (OCR-D, Kant 1784) as page furniture', () => {
    const kant = pageOf(loadPageXml('kant.xml', fixtureBytes('page-xml', 'ocrd-kant_aufklaerung_1784-0020-excerpt.xml')));
    const result = reconstruct(kant);
    expect(otherOf(result)).toEqual(['page-header: ( 484 )']);
    expect(result.articles.flatMap((a) => a.paragraphs).some((p) => p.text.includes('484'))).toBe(false);
  });

  it('follows Tesseract’s ocr_caption, flagged for a look: hOCR classes are a guess from the line’s shape', () => {
    const star = pageOf(loadHocr('star.hocr', fixtureBytes('hocr', 'tesseract-style-evening-star.hocr')));
    const result = reconstruct(star);
    expect(otherOf(result)).toContain('caption: View of Dordrecht.');
    const repair = findRepair(result, PASS, 'classify-block View of Dordrecht.: body → caption', star);
    expect(repair.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(repair.reason).toContain('class ocr_caption');
  });
});

describe('followFileRoles: small hand-made pages', () => {
  it('takes a caption region out of the body, between the paragraphs it stood among', () => {
    const source = typedRegionsPage([
      { id: 'r1', type: 'heading', lines: ['HARBOUR BOARD REPORT'] },
      { id: 'r2', type: 'paragraph', lines: BODY_BEFORE },
      { id: 'r3', type: 'caption', lines: ['The north quay at low water.'] },
      { id: 'r4', type: 'paragraph', lines: BODY_AFTER },
    ]);
    const result = reconstruct(source);
    expect(otherOf(result)).toEqual(['caption: The north quay at low water.']);
    expect(articlesOf(result)).toEqual([{ headline: 'HARBOUR BOARD REPORT', paragraphs: [BODY_BEFORE.join(' '), BODY_AFTER.join(' ')] }]);
    expect(reasons(result)).toContain('The file marks region r3 as a caption (type “caption”): took its line as a caption.');
  });

  it('keeps a “caption” of twelve lines of running text in the body and says so; rejecting that follows the file', () => {
    const source = typedRegionsPage([
      { id: 'r1', type: 'paragraph', lines: BODY_BEFORE },
      { id: 'r2', type: 'caption', lines: LETTER },
    ]);
    const result = reconstruct(source);
    expect(otherOf(result)).toEqual([]);
    expect(repairsOf(result, PASS, source)).toEqual([`classify-block ${LETTER.join('⏎')}: caption → body`]);
    const keep = result.repairs.find((r) => r.pass === PASS);
    expect(keep?.reason).toMatch(/^The file marks region r2 as a caption \(type “caption”\), but its 12 lines hold \d+ sentences of running text: kept it in the body\.$/u);
    const followed = rejecting(source, keep ?? result.repairs[0]!, result);
    expect(otherOf(followed)).toEqual([`caption: ${LETTER.join(' ')}`]);
    // Followed against the text: the repair says the file was followed, and is flagged for a look.
    const follow = followed.repairs.find((r) => r.pass === PASS);
    expect(follow?.after).toBe('caption');
    expect(follow?.confidence).toBeLessThan(LOW_CONFIDENCE);
  });

  it('keeps a “heading” in the body when its last word breaks off into the paragraph below', () => {
    const source = typedRegionsPage([
      { id: 'r1', type: 'paragraph', lines: BODY_BEFORE },
      { id: 'r2', type: 'heading', lines: ['The board then turned to the Har-'] },
      { id: 'r3', type: 'paragraph', lines: ['bour Master’s accounts for the year, which were passed.'] },
    ]);
    const result = reconstruct(source);
    expect(repairsOf(result, PASS, source)).toEqual(['classify-block The board then turned to the Har-: heading → body']);
    expect(reasons(result)[0]).toContain('its last word breaks off and runs on into “bour Master’s accounts');
    expect(headlines(result)).toEqual([]);
  });

  it('reads header, footer and page-number regions as page furniture, and a region with no type not at all', () => {
    const source = typedRegionsPage([
      { id: 'h', type: 'header', lines: ['THE HARBOUR GAZETTE'] },
      { id: 'r1', lines: BODY_BEFORE },
      { id: 'f', type: 'footer', lines: ['Printed and published by J. Smith'] },
      { id: 'n', type: 'page-number', lines: ['4'] },
    ]);
    const result = reconstruct(source);
    expect(otherOf(result)).toEqual(['page-header: THE HARBOUR GAZETTE', 'page-header: Printed and published by J. Smith', 'page-header: 4']);
    expect(articlesOf(result)).toEqual([{ paragraphs: [BODY_BEFORE.join(' ')] }]);
  });

  it('follows a short Tesseract ocr_header as a heading, at low confidence, but not one that reads as a sentence', () => {
    const line = (cls: string, id: string, y: number, text: string) => `<span class='${cls}' id='${id}' title='bbox 10 ${y} 900 ${y + 30}'>${text}</span>`;
    const bytes = utf8(`<!DOCTYPE html><html><head><meta name="ocr-system" content="tesseract 5.3.0"></head><body>
<div class='ocr_page' id='page_1' title='bbox 0 0 1000 1000'>
<p class='ocr_par' id='par_1'>${line('ocr_header', 'l1', 10, 'HARBOUR BOARD REPORT')}</p>
<p class='ocr_par' id='par_2'>${BODY_BEFORE.map((t, i) => line('ocr_line', `l${i + 2}`, 60 + 40 * i, t)).join('')}</p>
<p class='ocr_par' id='par_3'>${line('ocr_header', 'l9', 200, 'The members, having heard the report, agreed to it at once.')}</p>
<p class='ocr_par' id='par_4'>${BODY_AFTER.map((t, i) => line('ocr_line', `l${i + 10}`, 250 + 40 * i, t)).join('')}</p>
</div></body></html>`);
    const source = pageOf(loadHocr('p.hocr', bytes));
    const result = reconstruct(source);
    expect(repairsOf(result, PASS, source)).toEqual([
      'classify-block HARBOUR BOARD REPORT: body → heading',
      'classify-block The members, having heard the report, agreed to it at once.: heading → body',
    ]);
    expect(result.repairs.find((r) => r.pass === PASS)?.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(headlines(result)).toEqual(['HARBOUR BOARD REPORT']);
  });

  it('reads an ALTO block’s tag label (case aside) as its type', () => {
    const textLine = (text: string, y: number) => `<TextLine HPOS="50" VPOS="${y}" WIDTH="800" HEIGHT="30"><String CONTENT="${text}" HPOS="50" VPOS="${y}" WIDTH="800" HEIGHT="30"/></TextLine>`;
    const bytes = utf8(`<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">
  <Description><MeasurementUnit>pixel</MeasurementUnit></Description>
  <Tags><LayoutTag ID="T1" LABEL="Caption"/></Tags>
  <Layout><Page ID="p1" WIDTH="1000" HEIGHT="1000"><PrintSpace>
    <TextBlock ID="TB1">${textLine('Body text of the article goes here', 50)}${textLine('and ends on this line.', 90)}</TextBlock>
    <TextBlock ID="TB2" TAGREFS="T1">${textLine('The quay', 150)}</TextBlock>
  </PrintSpace></Page></Layout>
</alto>`);
    const source = pageOf(loadAlto('p.xml', bytes));
    const result = reconstruct(source);
    expect(otherOf(result)).toEqual(['caption: The quay']);
    expect(reasons(result)).toEqual(['The file marks block TB2 as a caption (type “Caption”): took its line as a caption.']);
  });

  it('keeps its furniture, captions and headlines when Galley’s own ALTO export is opened again', () => {
    const source = typedRegionsPage([
      { id: 'h', type: 'header', lines: ['THE HARBOUR GAZETTE'] },
      { id: 'r1', type: 'heading', lines: ['HARBOUR BOARD REPORT'] },
      { id: 'r2', type: 'paragraph', lines: BODY_BEFORE },
      { id: 'r3', type: 'caption', lines: ['The north quay at low water.'] },
      { id: 'r4', type: 'paragraph', lines: BODY_AFTER },
    ]);
    const first = reconstruct(source);
    const reopened = pageOf(loadAlto('again.xml', utf8(toAlto(first, source))));
    const again = reconstruct(reopened);
    expect(otherOf(first)).toEqual(['page-header: THE HARBOUR GAZETTE', 'caption: The north quay at low water.']);
    expect(otherOf(again)).toEqual(otherOf(first));
    expect(headlines(again)).toEqual(['HARBOUR BOARD REPORT']);
    // The export writes the articles first, then the other blocks, each under its source block's id.
    expect(reasons(again)).toEqual([
      'The file marks block r1 as a heading (type “headline”): took its line as a heading.',
      'The file marks block h as page furniture (type “page-header”): took its line as page furniture.',
      'The file marks block r3 as a caption (type “caption”): took its line as a caption.',
    ]);
  });

  it('does nothing on a text page, which declares no blocks', () => {
    const source = page(['THE HARBOUR GAZETTE', '', ...BODY_BEFORE]);
    expect(reconstruct(source).repairs.filter((r) => r.pass === PASS)).toEqual([]);
  });

  it('gives the same repairs, with the same ids, on every run', () => {
    const source = typedRegionsPage([
      { id: 'r1', type: 'heading', lines: ['HARBOUR BOARD REPORT'] },
      { id: 'r2', type: 'caption', lines: LETTER },
    ]);
    const ids = (r: Reconstruction) => r.repairs.filter((x) => x.pass === PASS).map((x) => x.id);
    expect(ids(reconstruct(source))).toEqual(ids(reconstruct(source)));
    expect(new Set(ids(reconstruct(source))).size).toBe(2);
  });
});
