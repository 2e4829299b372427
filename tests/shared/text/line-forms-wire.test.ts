import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { isBylineLine, isPlaceAndDay, isWireCredit, opensWithRunInHead, startsWithDateline } from '../../../shared/text/line-forms';
import { articlesOf, expectWhole, page } from '../passes/examples';

describe('wire credits are bylines', () => {
  it.each(['Telegraphed Exclusively to The Evening Star.', 'Special to The New York Times.', '[Special Correspondence of the Evening Star.]', '(By Associated Press)', 'By Cable.'])('%s', (text) => {
    expect(isBylineLine(text)).toBe(true);
  });
  it.each(['telephoned to the police and the', 'Special attention given to this one article in', 'Telegraphed to the President that the'])('not running text: %s', (text) => {
    expect(isBylineLine(text)).toBe(false);
  });
});

describe('datelines with a place in title case and an OCR-lost dash', () => {
  it.each(['Paris, March 15.?Two hundred Canadians.', 'London, March 15?Letters just received', 'St. Louis, March 15.—An agricultural', 'Madrid, Jan. 3 -- Yesterday Prim'])('%s', (text) => {
    expect(startsWithDateline(text)).toBe(true);
  });
  it.each(['Sydney, March 15 is the day we sail.', 'Paris, March 15? Nobody knows.', 'Washington, March-April meetings were held'])('not a dateline: %s', (text) => {
    expect(startsWithDateline(text)).toBe(false);
  });
});

describe('a place and day on a line of their own', () => {
  it.each(['MORPETH, Monday.', 'DUNGOG, Monday, 10:30 a.m.', 'KURRI KURRI, Sunday.'])('%s', (text) => {
    expect(isPlaceAndDay(text)).toBe(true);
  });
  it.each(['Morpeth, Monday.', 'LONDON, Monday, when the House met, the Prime Minister said', 'MONDAY, MARCH 4.'])('not: %s', (text) => {
    expect(isPlaceAndDay(text)).toBe(false);
  });
});

describe('a line that opens with a run-in head', () => {
  it.each(['Matrimonial?The marriage of Mr. James', 'THE SAN DOMINGO TREATY.—The Senate', 'Bounty Money Case Decided?In the'])('%s', (text) => {
    expect(opensWithRunInHead(text)).toBe(true);
  });
  it.each(['Another Oneida Affair ? A German', 'the work went on?The men said', 'a well-known man said that the Government of the day—The Times'])('not: %s', (text) => {
    expect(opensWithRunInHead(text)).toBe(false);
  });
});

describe('French, German and Dutch wire credits are bylines', () => {
  it.each([
    '(PAR FIL SPÉCIAL)',
    '(De notre correspondant particulier)',
    "(Dépêche de l'agence Havas)",
    '(De notre envoyé spécial à Berlin)',
    '(Par T. S. F.)',
    '(Von unserem Korrespondenten)',
    '(Von unserem Londoner Berichterstatter.)',
    '(Telegramm)',
    '(W. T. B.)',
    '(Van onzen correspondent)',
    '(Van onzen Parijschen correspondent)',
    '(Reuter)',
  ])('%s', (text) => {
    expect(isBylineLine(text)).toBe(true);
  });
  it.each([
    // A bracketed aside that only starts like a credit, a credit word with no brackets, a bracket followed by running text.
    '(De notre correspondant, qui nous écrit de la guerre en Orient)',
    '(voir plus haut)',
    'Reuter.',
    'Telegramm',
    '(Van onzen correspondent) Gisteren is de',
  ])('not a credit: %s', (text) => {
    expect(isBylineLine(text)).toBe(false);
  });
});

describe('a wire credit, unlike a signature, stands over its dispatch', () => {
  it.each(['(By Associated Press)', 'Special to The New York Times.', '(PAR FIL SPÉCIAL)', '(Van onzen correspondent)'])('%s', (text) => {
    expect(isWireCredit(text)).toBe(true);
  });
  it.each(['By JOHN SMITH', '记者 尹哲', 'JOHN SMITH.'])('not a wire credit: %s', (text) => {
    expect(isWireCredit(text)).toBe(false);
  });
});

describe('a French dispatch: the credit under its headline', () => {
  it('reads the bracketed credit as the byline, not as a second headline', () => {
    const source = page([
      'LA CONFÉRENCE DE LONDRES',
      '(PAR FIL SPÉCIAL)',
      '',
      'Londres, 14 mars. — Les délégués se sont réunis',
      'ce matin au ministère des affaires étrangères.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: 'LA CONFÉRENCE DE LONDRES',
        byline: '(PAR FIL SPÉCIAL)',
        paragraphs: ['Londres, 14 mars. — Les délégués se sont réunis ce matin au ministère des affaires étrangères.'],
      },
    ]);
    expectWhole(result, source);
  });
});
