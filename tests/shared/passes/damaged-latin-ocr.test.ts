/**
 * Example pairs for the evidence that reads OCR-damaged Latin pages: a credit line damaged
 * past its letter triples, a dispatch headline whose second line the OCR set in lower case,
 * a digit read from a printed rule, a `?` the OCR printed for a dash at a line's end, and a
 * paragraph end where both the full stop and the capital were lost. The lines are written
 * for the tests, in the shape of 19th-century wire columns and Australian reports.
 */
import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { creditLikeness, endsLikeFormula, COPY_LIKENESS } from '../../../shared/passes/credit-likeness';
import { printsQueryForMarks, weighParagraphEnd, BREAK_WEIGHT } from '../../../shared/passes/paragraph-end-evidence';
import { articlesOf, expectWhole, otherOf, page, rejecting, findRepair } from './examples';

const CREDIT = 'Telegraphed Exclusively to The Morning Post.';

describe('credit lines damaged past recognition', () => {
  it('reads a copy with the credit’s shape (as many words, as long, most letters in place) as alike; running text is not', () => {
    expect(creditLikeness('Tclcgrnphcd Exdlusivdy to Thc Mornirg Pcst.', CREDIT)).toBeGreaterThanOrEqual(COPY_LIKENESS);
    expect(creditLikeness('Tfldrxphtd Rxclbmwely to Tbo Mcrnfiq Posl.', CREDIT)).toBeGreaterThanOrEqual(COPY_LIKENESS);
    expect(creditLikeness('the steamer arrived at the wharf at noon to-', CREDIT)).toBeLessThan(COPY_LIKENESS);
    expect(creditLikeness('and the other members of the committee', CREDIT)).toBeLessThan(COPY_LIKENESS);
    // A credit of three short words has a shape too common to read by: only its letters count.
    expect(creditLikeness('ment du Rapport.', '(PAR FIL SPÉCIAL)')).toBe(0);
    // Running text ending mid-sentence, or holding a comma, never ends as the credit does.
    expect(endsLikeFormula('the others went to the city and', CREDIT)).toBe(false);
    expect(endsLikeFormula('left here, and the rest followed.', CREDIT)).toBe(false);
    expect(endsLikeFormula('Tfldrxphtd Rxclbmwely to Tbo Mcrnfiq Posl*', CREDIT)).toBe(true);
  });

  const source = page([
    'Floods in the North.',
    CREDIT,
    'Leeds, May 3.?The river rose four feet in',
    'the night and the lower town is under water.',
    'The Mails Delayed.',
    'Telegraphed Exclusively to The Morning Post.',
    'York, May 3.?The night mail from London is',
    'six hours late owing to the floods.',
    'Strike at the Mills.',
    'Tfldrxphtd Rxclbmwely to Tbo Mcrnfiq Posl.',
    'Hull, May 3.?The weavers at two mills came',
    'out this morning for higher wages.',
  ]);

  it('takes the damaged copy as the byline, and the line over it as the headline', () => {
    const result = reconstruct(source);
    expect(articlesOf(result)[2]).toEqual({
      headline: 'Strike at the Mills.',
      byline: 'Tfldrxphtd Rxclbmwely to Tbo Mcrnfiq Posl.',
      paragraphs: ['Hull, May 3.?The weavers at two mills came out this morning for higher wages.'],
    });
    const repair = findRepair(result, 'recogniseLineForms', 'classify-block Tfldrxphtd Rxclbmwely to Tbo Mcrnfiq Posl.: body → byline', source);
    expect(repair.reason).toContain('has the shape of the page’s repeated credit line');
    expectWhole(result, source);
  });

  it('rejecting the repair leaves the damaged line in the body', () => {
    const before = reconstruct(source);
    const repair = findRepair(before, 'recogniseLineForms', 'classify-block Tfldrxphtd Rxclbmwely to Tbo Mcrnfiq Posl.: body → byline', source);
    const after = rejecting(source, repair, before);
    expect(after.articles.map((a) => a.byline?.text)).not.toContain('Tfldrxphtd Rxclbmwely to Tbo Mcrnfiq Posl.');
  });
});

describe('a dispatch headline the OCR damaged', () => {
  it('takes the short lines between a finished paragraph and a credit as the headline, though the second opens in lower case', () => {
    const source = page([
      'Floods in the North.',
      CREDIT,
      'Leeds, May 3.?The river rose four feet in the',
      'night and the lower town is under water.',
      'The Search for the Missing Ex-',
      'plorcrs Ahandoned',
      CREDIT,
      'Cairo, May 3.?The party sent up the river',
      'has returned without news of the explorers.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)[1]).toEqual({
      headline: 'The Search for the Missing Explorcrs Ahandoned',
      byline: CREDIT,
      paragraphs: ['Cairo, May 3.?The party sent up the river has returned without news of the explorers.'],
    });
    expectWhole(result, source);
  });

  it('leaves a paragraph’s short last sentence out of the headline below it', () => {
    const source = page([
      'Floods in the North.',
      CREDIT,
      'Leeds, May 3.?The water reached the houses of',
      'the mill hands by the bridge over the river.',
      'No lives were lost.',
      'Fire at Hull.',
      CREDIT,
      'Hull, May 3.?A timber yard by the docks was',
      'burned last night with all its stock.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result).map((a) => a.headline)).toEqual(['Floods in the North.', 'Fire at Hull.']);
    expect(articlesOf(result)[0]?.paragraphs).toEqual(['Leeds, May 3.?The water reached the houses of the mill hands by the bridge over the river. No lives were lost.']);
  });
});

describe('a digit alone', () => {
  it('sets one digit between paragraphs aside as no text, and a figure at the page’s foot as its page number', () => {
    const source = page(['The loss is about ten thousand dollars.', '0', 'Snow fell for several hours in the city.', '12']);
    const result = reconstruct(source);
    expect(otherOf(result)).toEqual(['other: 0', 'page-header: 12']);
    expect(articlesOf(result).flatMap((a) => a.paragraphs)).toEqual(['The loss is about ten thousand dollars.', 'Snow fell for several hours in the city.']);
  });
});

describe('a `?` the OCR printed for a dash', () => {
  it('tells a page that prints `?` for marks by `?` run straight into words', () => {
    expect(printsQueryForMarks(['Paris, May 3.?The', 'well?known', 'the 15?A telegram'])).toBe(true);
    expect(printsQueryForMarks(['Who was there? Nobody knew.', 'Was it? Yes.', 'Why not?'])).toBe(false);
  });

  it('joins a line ending `Hong?` to the next on such a page: the `?` is no full stop', () => {
    const source = page([
      'London, May 3?A telegram from the office at',
      'the coast says that the ship from Hon?',
      'Kong to-day brought the mails, and the news',
      'of a collision off the coast of Japan. The',
      'Carrie sank?the crew were saved by a junk',
      'that happened to be near the wreck at the time.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result).flatMap((a) => a.paragraphs)).toHaveLength(1);
  });
});

describe('a paragraph end with the full stop and the capital lost', () => {
  it('weighs the clues: a line that stops before half its measure ends its paragraph even before lower case', () => {
    const line = { next: 'the roads were washed out in many places by the', column: 48, nextIndented: false, queryForMarks: false, runInHead: false };
    const far = weighParagraphEnd({ ...line, line: 'and the crops' });
    expect(far.weight).toBeGreaterThanOrEqual(BREAK_WEIGHT);
    expect(far.clues).toEqual(['the next line’s first word would have fit', 'the line stops before half its measure', 'lower case follows']);
    // Most of the measure filled: a lower-case line runs on.
    expect(weighParagraphEnd({ ...line, line: 'the farmers said that all the crops' }).weight).toBeLessThan(BREAK_WEIGHT);
    // A word broken at the line's end runs on, however short the line.
    expect(weighParagraphEnd({ ...line, line: 'and the mea-' }).weight).toBe(0);
  });

  it('reads a list bullet the OCR made a figure or a stop as a capital', () => {
    const clues = { line: 'Also in to-morrow’s paper you will find', column: 48, nextIndented: false, queryForMarks: false, runInHead: false };
    expect(weighParagraphEnd({ ...clues, next: '0 The story of a great family fortune.' }).clues).toContain('the next line opens with a list bullet');
  });

  it('ends the paragraph after a line that stops far short, and no later pass joins it back', () => {
    const source = page([
      'Heavy rain fell throughout Sunday and the river',
      'rose over its banks, and great damage has been',
      'done to crops',
      'the ground had just been ploughed for maize and',
      'the rain washed the top soil away, and fences',
      'have been swept away by the water.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result).flatMap((a) => a.paragraphs)).toEqual([
      'Heavy rain fell throughout Sunday and the river rose over its banks, and great damage has been done to crops',
      'the ground had just been ploughed for maize and the rain washed the top soil away, and fences have been swept away by the water.',
    ]);
    expect(result.repairs.find((r) => r.kind === 'paragraph-break')?.reason).toContain('the line stops before half its measure');
  });
});
