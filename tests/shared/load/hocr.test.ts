import { textLines } from '../../../shared/model/page';
import { describe, expect, it } from 'vitest';
import { loadHocr } from '../../../shared/load/hocr';
import { blockOrder, fixtureBytes, layoutProblems, line, pageOf, utf8 } from './layout-fixtures';

const SAMPLE = 'tesseract-style-evening-star.hocr';

function hocr(body: string): Uint8Array {
  return utf8(`<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="ocr-system" content="ocropy"></head>
<body>${body}</body></html>`);
}

describe('loadHocr: a Tesseract-style page', () => {
  const page = pageOf(loadHocr(SAMPLE, fixtureBytes('hocr', SAMPLE)));

  it('makes one source line per ocr_line, ocr_header and ocr_caption, one block per ocr_par', () => {
    expect(page.format).toBe('hocr');
    expect(layoutProblems(page)).toEqual([]);
    expect(textLines(page)).toHaveLength(8);
    expect(page.lines).toHaveLength(11);
    expect(blockOrder(page)).toEqual(['par_1_1', 'par_1_2', 'par_1_3', 'par_1_4']);
    expect(page.layout).toEqual({ unit: 'pixel', width: 2232, height: 3021, producer: 'tesseract 5.3.0' });
  });

  it('joins word texts with single spaces, inline markup dropped, entities decoded', () => {
    expect(line(page, 'L3').raw).toBe('PUBLISHED DAILY, Sunday excepted,');
    expect(line(page, 'L5').raw).toBe('avenue, corner of Elev-');
    expect(line(page, 'L7').raw).toBe('enth street, by W.\u00A0D.\u00A0WALLACH\u00A0&');
    expect(line(page, 'L9').raw).toBe("scribers in the city, 'TEN");
  });

  it('keeps a soft hyphen (&shy;) at the line end and marks it', () => {
    expect(line(page, 'L8')).toMatchObject({ raw: 'The STAR is served by sub\u00AD', hyphenation: { kind: 'soft', mark: '\u00AD' } });
    expect(line(page, 'L5').hyphenation).toBeUndefined();
  });

  it('reads bbox, x_fsize and x_wconf from the title, and line classes as block types', () => {
    expect(line(page, 'L1')).toMatchObject({
      text: 'THE EVENING STAR.',
      box: { x: 34, y: 72, w: 288, h: 35 },
      style: { fontSize: 16 },
      confidence: 0.93,
      block: { id: 'par_1_1', type: 'heading', order: 0 },
    });
    // Two words at 9 pt, two at 8 pt: the tie goes to the size met first.
    expect(line(page, 'L3').style).toEqual({ fontSize: 9 });
    expect(line(page, 'L4').style).toEqual({ fontSize: 8 });
    expect(line(page, 'L9').confidence).toBe(0.756);
    expect(line(page, 'L11')).toMatchObject({ text: 'View of Dordrecht.', block: { id: 'par_1_4', type: 'caption', order: 3 } });
    expect(line(page, 'L11').style).toBeUndefined();
  });
});

describe('loadHocr: other writers', () => {
  it('reads lines that hold their text without ocrx_word (OCRopus), white space made single', () => {
    const body = `<div class="ocr_page" title="bbox 0 0 800 600">
      <span class="ocr_line" title="bbox 10 10 300 40">Sydney   Morning\n Herald</span>
      <span class="ocr_line" title="bbox 10 50 300 80">Tuesday, 2 May</span></div>`;
    const page = pageOf(loadHocr('ocropus.html', hocr(body)));
    expect(page.lines.map((l) => l.raw)).toEqual(['Sydney Morning Herald', 'Tuesday, 2 May']);
    expect(page.lines[0]?.block?.id).toBe(page.lines[1]?.block?.id);
    expect(page.layout?.producer).toBe('ocropy');
  });

  it('puts a blank line between pages and between the runs of a block another block interrupts', () => {
    const body = `
      <div class="ocr_page"><div class="ocr_carea" id="c1"><span class="ocr_line">one</span>
        <p class="ocr_par" id="p1"><span class="ocr_line">two</span></p>
        <span class="ocr_line">three</span></div></div>
      <div class="ocr_page"><span class="ocr_line">four</span></div>`;
    const page = pageOf(loadHocr('pages.hocr', hocr(body)));
    expect(page.lines.map((l) => l.text)).toEqual(['one', '', 'two', '', 'three', '', 'four']);
    expect(blockOrder(page)).toEqual(['c1', 'p1', 'c1', 'B1']);
    expect(layoutProblems(page)).toEqual([]);
  });

  it('refuses an HTML page that is not hOCR, naming it', () => {
    const result = loadHocr('article.html', hocr('<h1>News</h1><p>Not OCR.</p>'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('malformed');
      expect(result.error.message).toContain('“article.html” is a web page, not hOCR');
    }
  });
});
