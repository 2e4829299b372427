/**
 * Example pairs from how real English OCR pages (Evening Star 1870, Sydney Morning Herald
 * 1903–1954; see tests/fixtures/en-real) failed: wire credits under dispatch headlines, OCR'd
 * em dashes in datelines and run-in heads, full-stopped headlines, paragraphs that end where
 * the OCR lost the full stop. The lines are written for the test, in the shape of those pages.
 */
import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, expectWhole, otherOf, page, repairsOf } from './examples';

describe('dispatches under a wire credit', () => {
  const source = page([
    'Fire at the Docks.',
    'Telegraphed Exclusively to The Evening Star.',
    'Boston, March 15.?A warehouse on the wharf',
    'burned last night. The loss is about ten',
    'thousand dollars.',
    'Snow in St. Louis.',
    'Telegraphed Exclusively to The Evening Star.',
    'St. Louis, March 15.?Snow fell for several hours',
    'and this morning is as cold as in winter.',
    'Prim Mobbed in Madrid.',
    'Telejrapked Mmclutively to Tke Evening Star.',
    'Madrid, March 15.?Yesterday Prim was assailed',
    'by a mob in this city. He made his escape',
    'unhurt.',
  ]);

  it('takes each copy of a repeated credit line, OCR-damaged or not, as a byline, and the full-stopped line above it as the headline', () => {
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: 'Fire at the Docks.',
        byline: 'Telegraphed Exclusively to The Evening Star.',
        paragraphs: ['Boston, March 15.?A warehouse on the wharf burned last night. The loss is about ten thousand dollars.'],
      },
      {
        headline: 'Snow in St. Louis.',
        byline: 'Telegraphed Exclusively to The Evening Star.',
        paragraphs: ['St. Louis, March 15.?Snow fell for several hours and this morning is as cold as in winter.'],
      },
      {
        headline: 'Prim Mobbed in Madrid.',
        byline: 'Telejrapked Mmclutively to Tke Evening Star.',
        paragraphs: ['Madrid, March 15.?Yesterday Prim was assailed by a mob in this city. He made his escape unhurt.'],
      },
    ]);
    expect(repairsOf(result, 'recogniseLineForms', source)).toEqual([
      'classify-block Telegraphed Exclusively to The Evening Star.: body → byline',
      'classify-block Telegraphed Exclusively to The Evening Star.: body → byline',
      'classify-block Telejrapked Mmclutively to Tke Evening Star.: body → byline',
    ]);
    expectWhole(result, source);
  });
});

describe('a two-line dispatch headline', () => {
  it('takes the line running into a headline over a credit as part of that headline', () => {
    const source = page([
      'Fire at the Docks.',
      'Telegraphed Exclusively to The Evening Star.',
      'Boston, March 15.?A warehouse on the wharf',
      'burned last night.',
      'Canadians on their way from the',
      'Papal Service.',
      'Telegraphed Exclusively to The Evening Star.',
      'Paris, March 15.?Two hundred Canadians who',
      'served in the Papal army passed through here.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: 'Fire at the Docks.', byline: 'Telegraphed Exclusively to The Evening Star.', paragraphs: ['Boston, March 15.?A warehouse on the wharf burned last night.'] },
      {
        headline: 'Canadians on their way from the Papal Service.',
        byline: 'Telegraphed Exclusively to The Evening Star.',
        paragraphs: ['Paris, March 15.?Two hundred Canadians who served in the Papal army passed through here.'],
      },
    ]);
    expect(repairsOf(result, 'findHeadings', source)).toEqual([
      'classify-block Fire at the Docks.: body → heading',
      'classify-block Canadians on their way from the: body → heading',
      'classify-block Papal Service.: body → heading',
    ]);
    expectWhole(result, source);
  });
});

describe('printed rules', () => {
  it('sets a line with no letter or figure aside as no text, out of the articles around it', () => {
    const source = page(['The loss is about ten thousand dollars.', '?', 'Snow fell for several hours in the city.']);
    const result = reconstruct(source);
    expect(otherOf(result)).toEqual(['other: ?']);
    expect(articlesOf(result).flatMap((a) => a.paragraphs)).toEqual(['The loss is about ten thousand dollars.', 'Snow fell for several hours in the city.']);
    expect(repairsOf(result, 'recogniseLineForms', source)).toEqual(['classify-block ?: body → other']);
  });
});

describe('run-in heads', () => {
  const source = page([
    'The stock of the store must be sold by the',
    'fourth of April, as the firm leaves the city.',
    'The sale closes at noon on Saturday next.',
    '',
    'WASHINGTON NEWS AND GOSSIP',
    'The Receipts?The receipts from this',
    'source to-day were large.',
    '',
    'The San Domingo Treaty?The Senate',
    'Committee on Foreign Affairs this morning',
    'considered the San Domingo treaty, and agreed',
    'to report against it by a vote of 5 to 2.',
  ]);

  it('keeps a line whose head runs into its text by a dash as a paragraph’s first line, not a heading', () => {
    const result = reconstruct(source);
    expect(articlesOf(result).map((a) => a.paragraphs)).toEqual([
      ['The stock of the store must be sold by the fourth of April, as the firm leaves the city. The sale closes at noon on Saturday next.'],
      [
        'The Receipts?The receipts from this source to-day were large.',
        'The San Domingo Treaty?The Senate Committee on Foreign Affairs this morning considered the San Domingo treaty, and agreed to report against it by a vote of 5 to 2.',
      ],
    ]);
    expect(repairsOf(result, 'findHeadings', source)).toEqual([
      'classify-block WASHINGTON NEWS AND GOSSIP: body → heading',
    ]);
    expectWhole(result, source);
  });
});

describe('paragraph ends the OCR left without a full stop', () => {
  it('ends a paragraph where the next line’s capitalised first word would have fit on the line', () => {
    const source = page([
      'Several houses in the town are almost flooded, and',
      'the occupants are preparing to leave',
      'The mail coach between here and Maitland was',
      'delayed several hours owing to the damage done',
      'to the culverts by the water of the river.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        paragraphs: [
          'Several houses in the town are almost flooded, and the occupants are preparing to leave',
          'The mail coach between here and Maitland was delayed several hours owing to the damage done to the culverts by the water of the river.',
        ],
      },
    ]);
    expect(repairsOf(result, 'joinColumnLines', source)).toContain('paragraph-break the occupants are preparing to leave⏎The mail coach between here and Maitland was → the occupants are preparing to leave⏎⏎The mail coach between here and Maitland was');
  });

  it('joins a short line when the next word starts lower case or is too long to have fit', () => {
    const source = page([
      'The throne room is mobile, here a restaurant,',
      'there a night club, now a rented house in the',
      'Faubourg Saint-Honoré in Paris, next a hotel.',
    ]);
    expect(articlesOf(reconstruct(source))).toEqual([
      { paragraphs: ['The throne room is mobile, here a restaurant, there a night club, now a rented house in the Faubourg Saint-Honoré in Paris, next a hotel.'] },
    ]);
  });
});

describe('reports under one headline', () => {
  it('keeps a place-and-day line as a paragraph of its own inside the article, not a new article', () => {
    const source = page([
      'EXTENSIVE DAMAGE TO PROPERTY.',
      'DUNGOG, Monday.',
      'Heavy rain commenced late on Saturday night and',
      'continued to fall in torrents throughout Sunday.',
      'Only meagre particulars are obtainable as yet ,',
      'MORPETH, Monday.',
      'The rainfall here up to 9 o\'clock this morning is',
      '616 points, and the rivers are over their banks.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: 'EXTENSIVE DAMAGE TO PROPERTY.',
        paragraphs: [
          'DUNGOG, Monday.',
          'Heavy rain commenced late on Saturday night and continued to fall in torrents throughout Sunday. Only meagre particulars are obtainable as yet ,',
          'MORPETH, Monday.',
          'The rainfall here up to 9 o\'clock this morning is 616 points, and the rivers are over their banks.',
        ],
      },
    ]);
  });

  it('opens a paragraph at a run-in head even where the line above lost its full stop', () => {
    const source = page([
      'An Excellent Opportunity to observe the fidelity',
      'of the copies is afforded at Markriter\'s, where the',
      'comparison is well worth the making',
      'Matrimonial?The marriage of Mr. James Sykes, of',
      'Willard\'s Hotel, takes place this afternoon.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result).flatMap((a) => a.paragraphs)).toEqual([
      'An Excellent Opportunity to observe the fidelity of the copies is afforded at Markriter\'s, where the comparison is well worth the making',
      'Matrimonial?The marriage of Mr. James Sykes, of Willard\'s Hotel, takes place this afternoon.',
    ]);
    expect(repairsOf(result, 'joinColumnLines', source)).toContain(
      'paragraph-break comparison is well worth the making⏎Matrimonial?The marriage of Mr. James Sykes, of → comparison is well worth the making⏎⏎Matrimonial?The marriage of Mr. James Sykes, of',
    );
  });

  it('takes a line under a headline as the first line of the text, not a deck, when it has a comma and lower-case words', () => {
    const source = page([
      'COURT IN EXILE',
      'The Duke of Windsor, formerly Edward',
      'VIII, and his Duchess, whom he once hoped to',
      'make Queen of England, still hold a kind of court',
      'in exile.',
    ]);
    expect(articlesOf(reconstruct(source))).toEqual([
      {
        headline: 'COURT IN EXILE',
        paragraphs: ['The Duke of Windsor, formerly Edward VIII, and his Duchess, whom he once hoped to make Queen of England, still hold a kind of court in exile.'],
      },
    ]);
  });
});

describe('a deck that closes on a short line', () => {
  it('takes a short line that finishes a deck left mid-phrase, with a gap after it, into the deck', () => {
    const source = page([
      'SOCIÉTÉ D’ÉCONOMIE POPULAIRE',
      '',
      'La Réunion d’Hier Les Syndicats Pro',
      'fessionnels Discours de M. Frédéric',
      'Passy, Jouté.',
      '',
      'La Société d’économie populaire, qui compte',
      'parmi ses membres des députés et des ouvriers,',
      's’est réunie hier soir à la mairie.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: 'SOCIÉTÉ D’ÉCONOMIE POPULAIRE',
        subheadline: 'La Réunion d’Hier Les Syndicats Pro fessionnels Discours de M. Frédéric Passy, Jouté.',
        paragraphs: ['La Société d’économie populaire, qui compte parmi ses membres des députés et des ouvriers, s’est réunie hier soir à la mairie.'],
      },
    ]);
  });
});
