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

describe('loadHocr: real Tesseract output (hocr-tools test data)', () => {
  const load = (file: string) => pageOf(loadHocr(file, fixtureBytes('hocr', file)));

  it('Tesseract 3.03: words joined by single spaces, x_wconf averaged per line, one block per ocr_par', () => {
    const page = load('hocr-tools-tesseract-3.03-alice-excerpt.hocr');
    expect(layoutProblems(page)).toEqual([]);
    expect(textLines(page).map((l) => l.raw)).toEqual([
      '1 Down the Rabbit-Hole',
      'Alice was beginning to get very tired of sitting by her sister on the bank,',
      'and of having nothing to do: once or twice she had peeped into the book her',
    ]);
    expect(blockOrder(page)).toEqual(['par_1_1', 'par_1_2']);
    // (96 + 91 + 88 + 89) / 4 = 91: x_wconf is a percentage.
    expect(line(page, 'L1')).toMatchObject({ confidence: 0.91, box: { x: 470, y: 528, w: 913, h: 57 } });
    expect(line(page, 'L1').block?.type).toBeUndefined();
    expect(page.layout).toEqual({ unit: 'pixel', width: 2488, height: 3507, producer: 'tesseract 3.03' });
  });

  it('Tesseract 4 with lstm_choice_mode: the other candidates of each character are not part of the word', () => {
    const page = load('hocr-tools-tesseract-4.0-lstm-choices-excerpt.hocr');
    expect(textLines(page).map((l) => l.raw)).toEqual(['1 Down the Rabbit-Hole']);
    expect(line(page, 'L1').confidence).toBeCloseTo((89 + 93 + 93 + 92) / 400, 6);
  });

  it('Tesseract 4 with hocr_char_boxes: the word is its character spans, without the white space between them', () => {
    const page = load('hocr-tools-tesseract-4.0-char-boxes-excerpt.hocr');
    expect(textLines(page).map((l) => l.raw)).toEqual(['1 Down the Rabbit-Hole']);
    expect(line(page, 'L1').box).toEqual({ x: 470, y: 528, w: 913, h: 57 });
  });
});

describe('loadHocr: Tesseract 4 and 5 line classes, soft hyphens, confidences', () => {
  // The shape of Tesseract 5's renderer: a separator and a photo block with no text, a
  // pull-out (`ocr_textfloat`) and a caption in their own paragraphs.
  const body = `<div class='ocr_page' id='page_1' title='image "p.png"; bbox 0 0 1600 2400; ppageno 0; scan_res 300 300'>
   <div class='ocr_separator' id='block_1_1' title="bbox 2 619 7 2385"></div>
   <div class='ocr_carea' id='block_1_2' title="bbox 100 100 1500 300">
    <p class='ocr_par' id='par_1_1' lang='deu' title="bbox 100 100 1500 300">
     <span class='ocr_line' id='line_1_1' title="bbox 100 100 1500 150; baseline 0 -9; x_size 55; x_descenders 7; x_ascenders 10">
      <span class='ocrx_word' id='word_1_1' title='bbox 100 100 300 150; x_wconf 96'>Die</span>
      <span class='ocrx_word' id='word_1_2' title='bbox 320 100 700 150; x_wconf 250'>Zei&shy;</span>
     </span>
     <span class='ocr_line' id='line_1_2' title="bbox 100 160 1500 210; baseline 0 -9; x_size 55; x_descenders 7; x_ascenders 10">
      <span class='ocrx_word' id='word_1_3' title='bbox 100 160 300 210; x_wconf 90'>tung</span>
      <span class='ocrx_word' id='word_1_4' title='bbox 320 160 700 210; x_wconf 30'>Ver&shy;lag</span>
      <span class='ocrx_word' id='word_1_5' title='bbox 720 160 900 210; x_wconf 60'><span class='alternatives'><ins class='alt'>und</ins><del class='alt'>nnd</del></span></span>
     </span>
    </p>
   </div>
   <div class='ocr_carea' id='block_1_3' title="bbox 100 400 700 500">
    <p class='ocr_par' id='par_1_2' lang='deu' title="bbox 100 400 700 500">
     <span class='ocr_textfloat' id='line_1_3' title="bbox 100 400 700 500; baseline 0 -2; x_size 90">
      <span class='ocrx_word' id='word_1_6' title='bbox 100 400 700 500; x_wconf 88'>Anzeige</span>
     </span>
    </p>
   </div>
   <div class='ocr_photo' id='block_1_4' title="bbox 100 600 1500 1500"></div>
   <div class='ocr_carea' id='block_1_5' title="bbox 100 1520 1500 1570">
    <p class='ocr_par' id='par_1_3' lang='deu' title="bbox 100 1520 1500 1570">
     <span class='ocr_caption' id='line_1_4' title="bbox 100 1520 1500 1570; baseline 0 -9; x_size 40">
      <span class='ocrx_word' id='word_1_7' title='bbox 100 1520 600 1570; x_wconf 91'>Der</span>
      <span class='ocrx_word' id='word_1_8' title='bbox 620 1520 1500 1570; x_wconf 89'>Hafen.</span>
     </span>
    </p>
   </div>
  </div>`;
  const page = pageOf(loadHocr('tesseract5.hocr', hocr(body)));

  it('marks a line that ends in &shy; as soft-hyphenated, not one with &shy; inside a word; takes the preferred one of hOCR alternatives', () => {
    expect(line(page, 'L1')).toMatchObject({ raw: 'Die Zei\u00AD', hyphenation: { kind: 'soft', mark: '\u00AD' } });
    expect(line(page, 'L2').raw).toBe('tung Ver\u00ADlag und');
    expect(line(page, 'L2').hyphenation).toBeUndefined();
  });

  it('averages x_wconf over the words that give a percentage, and ignores one out of range', () => {
    expect(line(page, 'L1').confidence).toBe(0.96);
    expect(line(page, 'L2').confidence).toBe(0.6);
  });

  it('records ocr_textfloat and ocr_caption as the block types floating and caption; blocks without text add nothing', () => {
    expect(textLines(page).map((l) => [l.text, l.block?.type])).toEqual([
      ['Die Zei\u00AD', undefined],
      ['tung Ver\u00ADlag und', undefined],
      ['Anzeige', 'floating'],
      ['Der Hafen.', 'caption'],
    ]);
    expect(blockOrder(page)).toEqual(['par_1_1', 'par_1_2', 'par_1_3']);
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
