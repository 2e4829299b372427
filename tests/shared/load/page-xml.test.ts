import { textLines } from '../../../shared/model/page';
import { describe, expect, it } from 'vitest';
import { loadPageXml } from '../../../shared/load/page-xml';
import type { Page } from '../../../shared/model/page';
import { blockOrder, fixtureBytes, fixtureText, layoutProblems, line, pageOf, utf8 } from './layout-fixtures';

const loadFixture = (name: string): Page => pageOf(loadPageXml(name, fixtureBytes('page-xml', name)));
const KANT = 'ocrd-kant_aufklaerung_1784-0020-excerpt.xml';

function pageXml(body: string, readingOrder = '', schema = '2019-07-15'): Uint8Array {
  return utf8(`<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/${schema}">
  <Metadata><Creator>test</Creator></Metadata>
  <Page imageFilename="p.png" imageWidth="1000" imageHeight="1400">
    ${readingOrder === '' ? '' : `<ReadingOrder>${readingOrder}</ReadingOrder>`}
    ${body}
  </Page>
</PcGts>`);
}

function region(id: string, lines: string, attributes = ''): string {
  return `<TextRegion id="${id}" ${attributes}><Coords points="0,0 10,0 10,10 0,10"/>${lines}</TextRegion>`;
}

function textLine(id: string, text: string, attributes = ''): string {
  return `<TextLine id="${id}" ${attributes}><Coords points="10,20 110,20 110,50 10,50"/><TextEquiv><Unicode>${text}</Unicode></TextEquiv></TextLine>`;
}

describe('loadPageXml: real files, 2013 and 2019 schemas', () => {
  it('PAGE 2013 (NewsEye, Le Matin 1884, Transkribus): 33 lines in 4 regions, boxes from Coords points', () => {
    const page = loadFixture('newseye-as-gt-18840315_1-0002-excerpt.xml');
    expect(page.format).toBe('page-xml');
    expect(layoutProblems(page)).toEqual([]);
    expect(textLines(page)).toHaveLength(33);
    // The kept ReadingOrder still names the 80 regions that were cut; they are skipped.
    expect(blockOrder(page)).toEqual(['P2_TB00001', 'P2_TB00002', 'P2_TB00003', 'P2_TB00004']);
    expect(line(page, 'L1')).toMatchObject({ raw: 'Vue de Dordrecht , de Robert Mois.', box: { x: 220, y: 271, w: 600, h: 41 } });
    // The file's ReadingOrder names all 84 regions; the excerpt keeps 4.
    const readingOrder = { blockIds: ['P2_TB00001', 'P2_TB00002', 'P2_TB00003', 'P2_TB00004'], groups: [] };
    expect(page.layout).toEqual({ unit: 'pixel', width: 5001, height: 6878, readingOrder });
  });

  it('PAGE 2013 (Reichsanzeiger 1844, gold): region types, ⸗ and long s kept as transcribed', () => {
    const page = loadFixture('reichsanzeiger-gt-1844_214_0615-excerpt.xml');
    expect(layoutProblems(page)).toEqual([]);
    expect(textLines(page)).toHaveLength(81);
    expect(blockOrder(page)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9']);
    const types = blockOrder(page).map((id) => page.lines.find((l) => l.block?.id === id)?.block?.type);
    expect(types).toEqual(['page-number', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph', 'heading']);
    expect(line(page, 'L1')).toMatchObject({ text: '1188', block: { id: 'r1', type: 'page-number', order: 0 } });
    expect(line(page, 'L4').text).toBe('abermals eine neue Allerhöchſte Reſolution vor. Sicherem Verneh⸗');
  });

  it('PAGE 2019 (OCR-D, Kant 1784): the line TextEquiv, not the region one; combining letters kept', () => {
    const page = loadFixture(KANT);
    expect(layoutProblems(page)).toEqual([]);
    expect(textLines(page).map((l) => l.text)).toEqual([
      '( 484 )',
      'gewiegelt worden; ſo ſcha\u0364dlich iſt es Vorurtheile zu',
      'pflanzen, weil ſie ſich zuletzt an denen ſelbſt ra\u0364chen,',
      'die, oder deren Vorga\u0364nger, ihre Urheber geweſen',
      'ſind. Daher kann ein Publikum nur langſam zur',
      'Aufkla\u0364rung gelangen. Durch eine Revolution wird',
      'vielleicht wohl ein Abfall von perſo\u0364nlichem Despo-',
      'tism und gewinnſu\u0364chtiger oder herrſchſüchtiger Be-',
      'dru\u0364kkung, aber niemals wahre Reform der Den-',
      'kungsart zu Stande kommen; ſondern neue Vor-',
      'urtheile werden, eben ſowohl als die alten, zum',
      'Leitbande des gedankenloſen großen Haufens',
      'dienen.',
    ]);
    expect(line(page, 'L1')).toMatchObject({ block: { id: 'r_1_1', type: 'page-number', order: 0 }, box: { x: 847, y: 295, w: 178, h: 41 } });
    expect(line(page, 'L3')).toMatchObject({ block: { id: 'r_2_1', type: 'paragraph', order: 1 }, style: { fontSize: 7.5 } });
    expect(line(page, 'L14')).toMatchObject({ text: 'dienen.', box: { x: 488, y: 931, w: 152, h: 31 } });
    expect(line(page, 'L14').style).toBeUndefined();
  });

  it('follows the ReadingOrder when it differs from file order (the Kant excerpt with its two regions swapped)', () => {
    const swapped = fixtureText('page-xml', KANT)
      .replace('index="0" regionRef="r_1_1"', 'index="1" regionRef="r_1_1"')
      .replace('index="1" regionRef="r_2_1"', 'index="0" regionRef="r_2_1"');
    const page = pageOf(loadPageXml(KANT, utf8(swapped)));
    expect(blockOrder(page)).toEqual(['r_2_1', 'r_1_1']);
    expect(textLines(page).at(-1)?.text).toBe('( 484 )');
    expect(layoutProblems(page)).toEqual([]);
  });
});

describe('loadPageXml: order', () => {
  it('orders an OrderedGroup by index, groups inside groups depth first; unlisted regions last', () => {
    const body = [region('a', textLine('a1', 'A')), region('b', textLine('b1', 'B')), region('c', textLine('c1', 'C')), region('d', textLine('d1', 'D'))].join('');
    const order = `<OrderedGroup id="g0">
      <RegionRefIndexed index="2" regionRef="a"/>
      <UnorderedGroupIndexed id="g1" index="0"><RegionRef regionRef="c"/><RegionRef regionRef="missing"/></UnorderedGroupIndexed>
      <RegionRefIndexed index="1" regionRef="b"/>
    </OrderedGroup>`;
    const page = pageOf(loadPageXml('ro.xml', pageXml(body, order)));
    expect(textLines(page).map((l) => l.text)).toEqual(['C', 'B', 'A', 'D']);
    expect(textLines(page).map((l) => l.block?.order)).toEqual([0, 1, 2, 3]);
  });

  it('orders lines by their custom readingOrder index (Transkribus), else keeps file order', () => {
    const lines = [
      textLine('l1', 'second', 'custom="readingOrder {index:1;}"'),
      textLine('l2', 'first', 'custom="readingOrder {index:0;}"'),
      textLine('l3', 'unindexed'),
    ].join('');
    const page = pageOf(loadPageXml('lines.xml', pageXml(region('r', lines))));
    expect(page.lines.map((l) => l.text)).toEqual(['first', 'second', 'unindexed']);
  });

  it('a region inside a TableRegion takes the table’s place when the order names only the table', () => {
    const body = [
      region('after', textLine('x', 'after the table')),
      `<TableRegion id="table"><Coords points="0,0 1,1"/>${region('cell1', textLine('c1', 'cell one'))}${region('cell2', textLine('c2', 'cell two'))}</TableRegion>`,
    ].join('');
    const order = '<OrderedGroup id="g"><RegionRefIndexed index="0" regionRef="table"/><RegionRefIndexed index="1" regionRef="after"/></OrderedGroup>';
    const page = pageOf(loadPageXml('table.xml', pageXml(body, order)));
    expect(textLines(page).map((l) => l.text)).toEqual(['cell one', 'cell two', 'after the table']);
  });
});

describe('loadPageXml: text, boxes and styles', () => {
  it('takes the TextEquiv with the lowest index and its conf; falls back to the words', () => {
    const lines = `
      <TextLine id="l1"><Coords points="0,0 5,0 5,5 0,5"/>
        <TextEquiv index="2" conf="0.4"><Unicode>worse</Unicode></TextEquiv>
        <TextEquiv index="1" conf="0.93"><Unicode>better</Unicode></TextEquiv>
      </TextLine>
      <TextLine id="l2"><Coords points="0,10 5,10 5,15 0,15"/>
        <Word id="w1"><TextEquiv><Unicode>from</Unicode></TextEquiv><TextEquiv><Unicode>alternative</Unicode></TextEquiv></Word>
        <Word id="w2"><TextEquiv><Unicode>words</Unicode></TextEquiv></Word>
      </TextLine>`;
    const page = pageOf(loadPageXml('equiv.xml', pageXml(region('r', lines))));
    expect(page.lines.map((l) => [l.text, l.confidence])).toEqual([
      ['better', 0.93],
      ['from words', undefined],
    ]);
  });

  it('reads PAGE 2010 Point coordinates, a type from custom structure, fonts from TextStyle, and a soft hyphen', () => {
    const lines = `<TextLine id="l1"><Coords><Point x="30" y="40"/><Point x="130" y="38"/><Point x="131" y="70"/><Point x="29" y="72"/></Coords>
      <TextEquiv><Unicode>Ein Wort am Zeilen&#173;</Unicode></TextEquiv><TextStyle fontSize="11"/></TextLine>`;
    const body = region('r', `<TextStyle fontSize="9"/>${lines}${textLine('l2', 'ende')}`, 'custom="structure {type:caption;}"');
    const page = pageOf(loadPageXml('old.xml', pageXml(body, '', '2010-03-19')));
    expect(line(page, 'L1')).toMatchObject({
      box: { x: 29, y: 38, w: 102, h: 34 },
      block: { id: 'r', type: 'caption', order: 0 },
      style: { fontSize: 11 },
      hyphenation: { kind: 'soft', mark: '\u00AD' },
    });
    expect(line(page, 'L2')).toMatchObject({ text: 'ende', style: { fontSize: 9 } });
  });

  it('skips lines without text and regions without lines', () => {
    const body = [region('empty', ''), region('r', `${textLine('l1', '  ')}${textLine('l2', 'text')}`), '<ImageRegion id="img"><Coords points="0,0 1,1"/></ImageRegion>'].join('');
    const page = pageOf(loadPageXml('sparse.xml', pageXml(body)));
    expect(page.lines.map((l) => [l.id, l.text])).toEqual([['L1', 'text']]);
  });
});
