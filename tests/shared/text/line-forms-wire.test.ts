import { describe, expect, it } from 'vitest';
import { isBylineLine, isPlaceAndDay, opensWithRunInHead, startsWithDateline } from '../../../shared/text/line-forms';

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
