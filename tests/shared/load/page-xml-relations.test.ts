import { describe, expect, it } from 'vitest';
import { loadAlto } from '../../../shared/load/alto';
import { loadPageXml } from '../../../shared/load/page-xml';
import { blockOrder, fixtureBytes, pageOf, utf8 } from './layout-fixtures';

const PAGE_2019 = 'http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15';

function region(id: string, text: string): string {
  return `<TextRegion id="${id}" type="paragraph"><Coords points="0,0 10,0 10,10 0,10"/><TextLine id="${id}l1"><Coords points="0,0 10,0 10,5 0,5"/><TextEquiv><Unicode>${text}</Unicode></TextEquiv></TextLine></TextRegion>`;
}

describe('PAGE XML join relations and reading order as evidence', () => {
  it('reads PAGE 2013 `Relation type="join"` pairs, and leaves `link` relations out', () => {
    const page = pageOf(loadPageXml('reichsanzeiger.xml', fixtureBytes('page-xml', 'reichsanzeiger-gt-1844_214_0615-join-relations.xml')));
    expect(page.layout?.joins).toEqual([
      { from: 'r6', to: 'r7' },
      { from: 'r7', to: 'r8' },
    ]);
  });

  it('keeps the declared reading order, with only the regions the page has', () => {
    const page = pageOf(loadPageXml('reichsanzeiger.xml', fixtureBytes('page-xml', 'reichsanzeiger-gt-1844_214_0615-join-relations.xml')));
    // The ReadingOrder names r1…r85; this excerpt keeps r6–r8.
    expect(page.layout?.readingOrder).toEqual({ blockIds: ['r6', 'r7', 'r8'], groups: [] });
  });

  it('reads PAGE 2019 Source/TargetRegionRef, nested groups, and drops a join to a region that is not there', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="${PAGE_2019}"><Metadata><Creator>test</Creator><Created>2024-01-01T00:00:00</Created><LastChange>2024-01-01T00:00:00</LastChange></Metadata>
<Page imageFilename="p.png" imageWidth="100" imageHeight="100">
<ReadingOrder><OrderedGroup id="ro"><UnorderedGroupIndexed id="g1" index="1"><RegionRefIndexed index="0" regionRef="c"/></UnorderedGroupIndexed><OrderedGroupIndexed id="g0" index="0"><RegionRefIndexed index="1" regionRef="b"/><RegionRefIndexed index="0" regionRef="a"/></OrderedGroupIndexed></OrderedGroup></ReadingOrder>
<Relations><Relation id="j1" type="join"><SourceRegionRef regionRef="a"/><TargetRegionRef regionRef="b"/></Relation><Relation id="j2" type="join"><SourceRegionRef regionRef="b"/><TargetRegionRef regionRef="gone"/></Relation></Relations>
${region('b', 'second')}${region('a', 'first')}${region('c', 'aside')}
</Page></PcGts>`;
    const page = pageOf(loadPageXml('p.xml', utf8(xml)));
    expect(blockOrder(page)).toEqual(['a', 'b', 'c']);
    expect(page.layout?.joins).toEqual([{ from: 'a', to: 'b' }]);
    expect(page.layout?.readingOrder).toEqual({
      blockIds: ['a', 'b', 'c'],
      groups: [
        { id: 'g0', ordered: true, blockIds: ['a', 'b'] },
        { id: 'g1', ordered: false, blockIds: ['c'] },
      ],
    });
  });

  it('says nothing when the file declares no order and no relation', () => {
    const xml = `<PcGts xmlns="${PAGE_2019}"><Page imageFilename="p.png" imageWidth="9" imageHeight="9">${region('a', 'only')}</Page></PcGts>`;
    const layout = pageOf(loadPageXml('p.xml', utf8(xml))).layout;
    expect(layout?.readingOrder).toBeUndefined();
    expect(layout?.joins).toBeUndefined();
  });
});

describe('ALTO 4.3 ReadingOrder as evidence', () => {
  it('maps line references to their blocks (kraken writes the order by line)', () => {
    const page = pageOf(loadAlto('kraken.xml', fixtureBytes('alto', 'kraken-missing_coords_ro.xml')));
    const declared = page.layout?.readingOrder;
    expect(declared?.blockIds).toEqual(blockOrder(page));
  });

  it('reads the groups inside the page group, one per article as Galley writes them', () => {
    const xml = `<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><ReadingOrder><OrderedGroup ID="page"><OrderedGroup ID="art2"><ElementRef ID="r1" REF="B2"/></OrderedGroup><OrderedGroup ID="art1"><ElementRef ID="r2" REF="B1"/><ElementRef ID="r3" REF="B3"/></OrderedGroup></OrderedGroup></ReadingOrder>
<Layout><Page ID="p" PHYSICAL_IMG_NR="1"><PrintSpace>
<TextBlock ID="B1"><TextLine><String CONTENT="one"/></TextLine></TextBlock>
<TextBlock ID="B2"><TextLine><String CONTENT="two"/></TextLine></TextBlock>
<TextBlock ID="B3"><TextLine><String CONTENT="three"/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>`;
    const page = pageOf(loadAlto('a.xml', utf8(xml)));
    expect(page.layout?.readingOrder).toEqual({
      blockIds: ['B2', 'B1', 'B3'],
      groups: [
        { id: 'art2', ordered: true, blockIds: ['B2'] },
        { id: 'art1', ordered: true, blockIds: ['B1', 'B3'] },
      ],
    });
  });
});
