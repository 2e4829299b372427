import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { typedRegionsPage } from '../load/layout-fixtures';
import { articlesOf, expectWhole, repairsOf } from './examples';

const PASS = 'findHeadings';


// German capitalises every noun: a notice's first line reads as title case (a deck) to a rule
// that only sees the words.
const HEADING = 'Magdeburger Dampfschifffahrt.';
const NOTICE = [
  'Die Königliche Regierung hat dem',
  'unterzeichneten Vorstande die Genehmigung zur Eröffnung',
  'der Fahrten zwischen Magdeburg und Hamburg ertheilt, welche',
  'mit dem ersten September beginnen werden.',
];

describe('findHeadings under a heading the file declares', () => {
  it('keeps the first line of a region typed paragraph in its paragraph, however capitalised', () => {
    const source = typedRegionsPage([
      { id: 'r1', type: 'heading', lines: [HEADING] },
      { id: 'r2', type: 'paragraph', lines: NOTICE },
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: HEADING, paragraphs: [NOTICE.join(' ')] }]);
    expect(repairsOf(result, PASS, source)).toEqual([]);
    expectWhole(result, source);
  });

  it('still stacks a deck the file leaves untyped over that paragraph', () => {
    const deck = 'Neue Fahrten nach Hamburg und Altona';
    const source = typedRegionsPage([
      { id: 'r1', type: 'heading', lines: [HEADING] },
      { id: 'r2', lines: [deck] },
      { id: 'r3', type: 'paragraph', lines: NOTICE },
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: HEADING, subheadline: deck, paragraphs: [NOTICE.join(' ')] }]);
    expect(repairsOf(result, PASS, source)).toEqual([`classify-block ${deck}: body → heading`]);
  });
});
