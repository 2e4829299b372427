import { describe, expect, it } from 'vitest';
import { orderPages } from '../../../shared/issue';
import { pageNumberInMarkup, pageNumberInName } from '../../../shared/issue/page-number';
import { textPage } from './issue-pages';

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
