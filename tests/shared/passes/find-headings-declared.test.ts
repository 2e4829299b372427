import { describe, expect, it } from 'vitest';
import { loadPageXml } from '../../../shared/load/page-xml';
import type { Page } from '../../../shared/model/page';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { pageOf, utf8 } from '../load/layout-fixtures';
import { articlesOf, expectWhole, repairsOf } from './examples';

const PASS = 'findHeadings';

/** A PAGE 2019 page: each region's lines down one 900 px column, 40 px apart, in body type. */
function pageXml(regions: readonly { id: string; type?: string; lines: readonly string[] }[]): Page {
  let y = 0;
  const body = regions
    .map((r) => {
      const lines = r.lines.map((text, i) => {
        y += 40;
        const width = Math.min(900, 14 * text.length);
        return `<TextLine id="${r.id}_l${i}"><Coords points="50,${y} ${50 + width},${y} ${50 + width},${y + 30} 50,${y + 30}"/><TextEquiv><Unicode>${text}</Unicode></TextEquiv></TextLine>`;
      });
      y += 40;
      return `<TextRegion id="${r.id}"${r.type ? ` type="${r.type}"` : ''}><Coords points="50,0 950,0 950,10 50,10"/>${lines.join('')}</TextRegion>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
  <Metadata><Creator>test</Creator></Metadata>
  <Page imageFilename="p.png" imageWidth="1000" imageHeight="${y + 100}">
${body}
  </Page>
</PcGts>`;
  return pageOf(loadPageXml('test.xml', utf8(xml)));
}

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
    const source = pageXml([
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
    const source = pageXml([
      { id: 'r1', type: 'heading', lines: [HEADING] },
      { id: 'r2', lines: [deck] },
      { id: 'r3', type: 'paragraph', lines: NOTICE },
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: HEADING, subheadline: deck, paragraphs: [NOTICE.join(' ')] }]);
    expect(repairsOf(result, PASS, source)).toEqual([`classify-block ${deck}: body → heading`]);
  });
});
