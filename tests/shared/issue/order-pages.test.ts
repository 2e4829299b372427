import { describe, expect, it } from 'vitest';
import { orderPages } from '../../../shared/issue';
import { pageNumberInMarkup, pageNumberInName } from '../../../shared/issue/page-number';
import { loadPage } from '../../../shared/load/load-page';
import type { Page } from '../../../shared/model/page';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { textPage } from './issue-pages';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function loaded(name: string, text: string): Page {
  const result = loadPage(name, utf8(text));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const alto = (attributes: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="P1" ${attributes} WIDTH="100" HEIGHT="100">
<PrintSpace><TextBlock ID="B1"><TextLine ID="T1"><String CONTENT="Some"/><SP/><String CONTENT="text."/></TextLine></TextBlock></PrintSpace>
</Page></Layout></alto>`;
const pageXml = (attributes: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page ${attributes} imageWidth="100" imageHeight="100">
<TextRegion id="r1"><TextLine id="l1"><TextEquiv><Unicode>Some text.</Unicode></TextEquiv></TextLine></TextRegion></Page></PcGts>`;
const hocr = (title: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div class="ocr_page" title="${title}"><div class="ocr_carea"><p class="ocr_par"><span class="ocr_line" title="bbox 0 0 10 10">Some text.</span></p></div></div></body></html>`;

const names = (inputs: string[]) => orderPages(inputs.map((name) => textPage(name, 'Some text.'))).map((p) => `${p.input.page.name}=${p.number}`);

describe('page numbers', () => {
  it.each([
    ['ledger_p004.xml', 4],
    ['page-12.txt', 12],
    ['0004.xml', 4],
    ['1918-01-08_0004.xml', 4],
    ['front.txt', null],
  ])('the name %s carries page %s', (name, number) => {
    expect(pageNumberInName(name)).toBe(number);
  });

  it('reads ALTO, PAGE XML and hOCR page attributes', () => {
    expect(pageNumberInMarkup('<alto><Layout><Page ID="P2" PHYSICAL_IMG_NR="2" PRINTED_IMG_NR="3">')).toBe(3);
    expect(pageNumberInMarkup('<alto><Layout><Page ID="P2" PHYSICAL_IMG_NR="2" HEIGHT="7401">')).toBe(2);
    expect(pageNumberInMarkup('<PcGts><Page imageFilename="18840315_1-0002.jpg" custom="pagination{value:5;}">')).toBe(5);
    expect(pageNumberInMarkup('<PcGts><Page imageFilename="18840315_1-0002.jpg">')).toBe(2);
    expect(pageNumberInMarkup(`<div class='ocr_page' title='image "scan.png"; bbox 0 0 10 10; ppageno 3'>`)).toBe(4);
  });
});

describe('the loaders keep the page number the markup carries', () => {
  it.each([
    ['ALTO PRINTED_IMG_NR', 'scan.xml', alto('PHYSICAL_IMG_NR="2" PRINTED_IMG_NR="3"'), 3],
    ['ALTO PHYSICAL_IMG_NR', 'scan.xml', alto('PHYSICAL_IMG_NR="2"'), 2],
    ['ALTO without one', 'scan.xml', alto(''), undefined],
    ['PAGE pagination', 'scan.xml', pageXml('imageFilename="x-0002.jpg" custom="pagination{value:5;}"'), 5],
    ['PAGE image name', 'scan.xml', pageXml('imageFilename="x-0002.jpg"'), 2],
    ['hOCR ppageno', 'scan.hocr', hocr('image &quot;scan.png&quot;; bbox 0 0 10 10; ppageno 3'), 4],
    ['hOCR image name', 'scan.hocr', hocr('image &quot;issue_p007.png&quot;; bbox 0 0 10 10; ppageno 0'), 7],
  ])('%s', (_what, name, text, number) => {
    expect(loaded(name, text).pageNumber).toBe(number);
  });

  it('orders layout pages by it when their names carry none', () => {
    const pages = [loaded('front.xml', alto('PRINTED_IMG_NR="2"')), loaded('back.xml', alto('PRINTED_IMG_NR="1"'))];
    const ordered = orderPages(pages.map((page) => ({ page, reconstruction: reconstruct(page) })));
    expect(ordered.map((p) => [p.input.page.name, p.number, p.numberFrom])).toEqual([
      ['back.xml', 1, 'markup'],
      ['front.xml', 2, 'markup'],
    ]);
  });
});

describe('orderPages', () => {
  it('orders by the page number in the names, not by the names', () => {
    expect(names(['b_p010.txt', 'c_p002.txt', 'a_p001.txt'])).toEqual(['a_p001.txt=1', 'c_p002.txt=2', 'b_p010.txt=10']);
  });

  it('prefers the number the markup carries over the name', () => {
    const pages = [{ ...textPage('x_p001.txt', 'A.'), markupNumber: 7 }, textPage('y_p003.txt', 'B.')];
    expect(orderPages(pages).map((p) => [p.input.page.name, p.number, p.numberFrom])).toEqual([
      ['y_p003.txt', 3, 'name'],
      ['x_p001.txt', 7, 'markup'],
    ]);
  });

  it('puts pages that carry no number after the numbered ones, in natural name order', () => {
    expect(names(['page-10.txt', 'notes-b2.txt', 'page-2.txt', 'notes-b10.txt'])).toEqual(['page-2.txt=2', 'page-10.txt=10', 'notes-b2.txt=11', 'notes-b10.txt=12']);
  });

  it('orders by natural name order when no page carries a number', () => {
    expect(names(['front b10.txt', 'front b2.txt', 'back.txt'])).toEqual(['back.txt=1', 'front b2.txt=2', 'front b10.txt=3']);
  });

  it('falls back to name order when two pages carry the same number', () => {
    expect(names(['b_p001.txt', 'a_p001.txt'])).toEqual(['a_p001.txt=1', 'b_p001.txt=2']);
  });
});
