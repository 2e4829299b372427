/**
 * Example pairs for headlines that real English OCR pages print apart from their text: a rule
 * under the headline (`-.`, `* * *`, `?????`, `___`, as OCR reads rules), and a headline set
 * narrow over several short lines, the last of which reads like a byline (`By Spinster`). The
 * lines are written for the test, in the shape of Sydney Morning Herald and Evening Star pages.
 */
import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, expectWhole, findRepair, otherOf, page, rejecting } from './examples';

describe('a printed rule between a headline and its text', () => {
  const source = page([
    'BUSH FIRES IN THE SOUTH',
    '',
    'The fires which have burned for a week in the',
    'southern districts were reported yesterday to',
    'be under control, though the settlers along the',
    'river still keep watch at night over their',
    'fences and their stock.',
    '',
    'NEW BRIDGE OPENED',
    '-.',
    'The new bridge over the river at the town was',
    'opened to traffic yesterday by the Mayor, who',
    'spoke of the long years in which the people had',
    'waited for it.',
    '',
    'Football Match at the Oval',
    '?????',
    'The match between the two clubs was played on',
    'Saturday before a large crowd, and ended in a',
    'draw after a hard game.',
  ]);

  it('lets the headline open the article under the rule, and sets the rule aside', () => {
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: 'BUSH FIRES IN THE SOUTH',
        paragraphs: ['The fires which have burned for a week in the southern districts were reported yesterday to be under control, though the settlers along the river still keep watch at night over their fences and their stock.'],
      },
      {
        headline: 'NEW BRIDGE OPENED',
        paragraphs: ['The new bridge over the river at the town was opened to traffic yesterday by the Mayor, who spoke of the long years in which the people had waited for it.'],
      },
      {
        headline: 'Football Match at the Oval',
        paragraphs: ['The match between the two clubs was played on Saturday before a large crowd, and ended in a draw after a hard game.'],
      },
    ]);
    expect(otherOf(result)).toEqual(['other: -.', 'other: ?????']);
    expectWhole(result, source);
  });

  it('takes a capitals line over a rule as a headline even where the text above stopped mid-sentence', () => {
    const cut = page([
      'The Council met last evening, the Mayor in the',
      'chair, and passed the estimates for the year',
      'without a division after a long debate on the',
      'cost of the new drainage works in the town',
      'LOSS OF THE BARQUE',
      '* * *',
      'The barque Helen was lost on the reef near the',
      'heads on Sunday night, and her crew of twelve',
      'reached the shore in the boats at daybreak.',
    ]);
    const result = reconstruct(cut);
    expect(articlesOf(result).map((a) => a.headline ?? null)).toEqual([null, 'LOSS OF THE BARQUE']);
    expect(articlesOf(result)[1]?.paragraphs).toEqual(['The barque Helen was lost on the reef near the heads on Sunday night, and her crew of twelve reached the shore in the boats at daybreak.']);
    expect(otherOf(result)).toEqual(['other: * * *']);
  });
});

describe('a headline set narrow over three short lines', () => {
  const source = page([
    'The Council met last evening, the Mayor in the',
    'chair, and passed the estimates for the year',
    'without a division after a long debate on the',
    'cost of the new drainage works in the town.',
    '£60,000 Estate',
    'Left',
    'By Spinster',
    'The will of the late Miss Mary Smith, of the',
    'North Shore, who died in March, was proved',
    'yesterday. She left an estate valued at',
    '£60,000 to her nephews and to charities of',
    'the city, among them the hospital.',
  ]);

  it('reads a last line `By` and one word as the headline’s end, not a byline', () => {
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { paragraphs: ['The Council met last evening, the Mayor in the chair, and passed the estimates for the year without a division after a long debate on the cost of the new drainage works in the town.'] },
      {
        headline: '£60,000 Estate Left By Spinster',
        paragraphs: ['The will of the late Miss Mary Smith, of the North Shore, who died in March, was proved yesterday. She left an estate valued at £60,000 to her nephews and to charities of the city, among them the hospital.'],
      },
    ]);
    expectWhole(result, source);
  });

  it('gives the line back as a byline when the editor rejects the reading', () => {
    const before = reconstruct(source);
    const repair = findRepair(before, 'findHeadings', 'classify-block By Spinster: byline → heading', source);
    const after = rejecting(source, repair, before);
    expect(articlesOf(after)[1]).toMatchObject({ byline: 'By Spinster' });
  });

  it('keeps a byline that names a person under the same stack', () => {
    const signed = page([
      'The Council met last evening, the Mayor in the',
      'chair, and passed the estimates for the year.',
      'Estate',
      'Left To',
      'Charities',
      'By J. Smith',
      'The will of the late Miss Mary Smith, of the',
      'North Shore, who died in March, was proved',
      'yesterday, and leaves her estate to charities.',
    ]);
    expect(articlesOf(reconstruct(signed))[1]).toMatchObject({ headline: 'Estate Left To Charities', byline: 'By J. Smith' });
  });
});
