/**
 * Example pairs for a column of short news items, each opened by a run-in head set in small
 * capitals, as the OCR of the Evening Star (1870) reads them: the dash after the head lost, the
 * capitals read as a jumble of cases and marks, full stops lost, lines damaged past reading.
 * The lines are written for the test, in the shape of that page (tests/fixtures/en-real).
 */
import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { loadAlto } from '../../../shared/load/alto';
import { pageOf, utf8 } from '../load/layout-fixtures';
import { articlesOf, expectWhole, page } from './examples';

const source = page([
  'NEWS OF THE CAPITAL.',
  'Thk Trrasurt?The receipts of the Treasury from',
  'customs to-day were large, and the balance in',
  'the vaults is higher than at any time this year.',
  'The Smat* wiL sit in open session on Monday',
  'to consider the treaties with the Indian tribes.',
  'Nomi*atiox The President to-day sent to the',
  'Senate the name of Mr. John Brown to be Collector',
  'of the port of Baltimore, in place of Mr. Smith.',
  'The Com*itter on Commerce agreed to a bill for',
  'the improvement of the harbors on the Atlantic',
  'coast and on the great lakes, the total being',
  'Two ei.ection reports will be made to the House',
  'this week, and three more will be ready before',
  'the end of the month, the Chairman says.',
  'The TERRiTOr.iAr. Campaign Committee',
  'A meeting of this committee was held last evening',
  'at the hall on Ninth street, and arrangements were',
  'made for meetings in every ward of the city. The',
  'Governor hat* been deeply engaged since his return',
  'in the affairs of the Territory, and departs with',
  'a promise of aid. Last evening he was entertained',
  "at Willard's by Hon. n?l???t?",
  '',
  'arrived to-day and will remain for a week, with',
  'others of Nevada and Arizona, who were present.',
  'The Naval Committee will report the bill to the',
  'House to-morrow, with a total of five millions, so',
  'far as is )*>FSible-',
  "'fin Ca*ft Bisine**?It is expected that the House",
  'Committee on Military Affairs will report on the',
  'cases of the cadets to-morrow morning.',
]);

describe('items opened by run-in heads in small capitals', () => {
  const paragraphs = articlesOf(reconstruct(source)).flatMap((a) => a.paragraphs);

  it('opens an item where the OCR lost the head’s dash, after a full line that ends a sentence or not', () => {
    expect(paragraphs.map((p) => p.slice(0, 24))).toEqual([
      'Thk Trrasurt?The receipt',
      'The Smat* wiL sit in ope',
      'Nomi*atiox The President',
      'The Com*itter on Commerc',
      'Two ei.ection reports wi',
      'The TERRiTOr.iAr. Campai',
      "'fin Ca*ft Bisine**?It i",
    ]);
  });

  it('keeps a line that is all head with the text it heads, and a damaged word inside a paragraph in it', () => {
    const item = paragraphs.find((p) => p.startsWith('The TERRiTOr'));
    expect(item).toContain('Campaign Committee A meeting of this committee');
    expect(item).toContain('city. The Governor hat* been deeply engaged');
  });

  it('runs a line damaged past reading on into the lower-case line after the gap', () => {
    expect(paragraphs.find((p) => p.startsWith('The TERRiTOr'))).toContain("by Hon. n?l???t? arrived to-day and will remain");
  });

  it('ends an item at a line-end hyphen the OCR made of a full stop, where the next line opens with debris and a head', () => {
    expect(paragraphs.find((p) => p.startsWith('The TERRiTOr'))?.endsWith('so far as is )*>FSible-')).toBe(true);
  });

  it('loses no line', () => {
    expectWhole(reconstruct(source), source);
  });
});

describe('a line-end hyphen the file itself marks, before debris and a head', () => {
  // The same two lines as above, but in ALTO whose HypPart pair names the whole word: the
  // file's word wins over the guess that the hyphen was an OCR'd full stop.
  const strings = (id: string, words: string) => `<TextLine ID="${id}">${words}</TextLine>`;
  const source = pageOf(
    loadAlto(
      'pair.xml',
      utf8(`<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="p" WIDTH="2000" HEIGHT="3000"><PrintSpace><TextBlock ID="b">
${strings('l1', '<String CONTENT="The"/><SP/><String CONTENT="Naval"/><SP/><String CONTENT="Committee"/><SP/><String CONTENT="will"/><SP/><String CONTENT="report"/>')}
${strings('l2', '<String CONTENT="far"/><SP/><String CONTENT="as"/><SP/><String CONTENT="is"/><SP/><String CONTENT=")*&gt;FSible" SUBS_TYPE="HypPart1" SUBS_CONTENT=")*&gt;FSible\'fin"/><HYP CONTENT="-"/>')}
${strings('l3', '<String CONTENT="\'fin" SUBS_TYPE="HypPart2" SUBS_CONTENT=")*&gt;FSible\'fin"/><SP/><String CONTENT="Ca*ft"/><SP/><String CONTENT="Bisine**?It"/><SP/><String CONTENT="is"/><SP/><String CONTENT="expected"/>')}
</TextBlock></PrintSpace></Page></Layout></alto>`),
    ),
  );

  it('re-joins the word the file names', () => {
    const text = articlesOf(reconstruct(source)).flatMap((a) => a.paragraphs).join('\n');
    expect(text).toContain(")*>FSible'fin Ca*ft");
  });
});

