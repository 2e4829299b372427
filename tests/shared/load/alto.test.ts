import { textLines } from '../../../shared/model/page';
import { describe, expect, it } from 'vitest';
import { loadAlto } from '../../../shared/load/alto';
import type { Page } from '../../../shared/model/page';
import { blockOrder, fixtureBytes, layoutProblems, line, markProblems, pageOf, unpairedHyphenations, utf8 } from './layout-fixtures';

const loadFixture = (name: string): Page => pageOf(loadAlto(name, fixtureBytes('alto', name)));

/** An ALTO v3 document around `layout` (the content of PrintSpace), with optional Styles, Tags, ReadingOrder. */
function alto(layout: string, head = '', software = 'ABBYY FineReader'): Uint8Array {
  return utf8(`<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">
  <Description><MeasurementUnit>pixel</MeasurementUnit>
    <OCRProcessing ID="OCR_0"><ocrProcessingStep><processingSoftware><softwareName>${software}</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing>
  </Description>
  ${head}
  <Layout><Page WIDTH="2000" HEIGHT="3000" PHYSICAL_IMG_NR="1" ID="page_0"><PrintSpace HPOS="0" VPOS="0" WIDTH="2000" HEIGHT="3000">
${layout}
  </PrintSpace></Page></Layout>
</alto>`);
}

describe('loadAlto: real files, every schema version', () => {
  it('ALTO v2 (Chronicling America, Evening Star 1870): lines, boxes, fonts, blocks', () => {
    const page = loadFixture('chronam-evening-star-0772-excerpt.xml');
    expect(page.format).toBe('alto');
    expect(page.script).toBe('latin');
    expect(layoutProblems(page)).toEqual([]);
    expect(textLines(page)).toHaveLength(59);
    expect(page.lines).toHaveLength(63);
    expect(blockOrder(page)).toEqual(['BLOCK1', 'BLOCK2', 'BLOCK3', 'BLOCK4', 'BLOCK5']);
    expect(page.layout).toEqual({ unit: 'inch1200', width: 26784, height: 36248, producer: 'PrimeOCR, apex-alto' });
    expect(line(page, 'L1')).toMatchObject({
      raw: 'Vii. 35-NH. 5.306. WASHINGTON. D. C.. TUESDAY, MARCH 15. 1870. TWO CENTS.',
      box: { x: 4329, y: 3524, w: 18195, h: 503 },
      block: { id: 'BLOCK1', order: 0 },
      style: { fontSize: 16 },
    });
    expect(line(page, 'L2')).toEqual({ id: 'L2', number: 2, raw: '', text: '' });
    expect(line(page, 'L3')).toMatchObject({ text: 'THE EVENING STAR.', block: { id: 'BLOCK2', order: 1 } });
  });

  it('ALTO v2: a HYP without a HypPart pair, and a pair with its SUBS_CONTENT on both lines', () => {
    const page = loadFixture('chronam-evening-star-0772-excerpt.xml');
    expect(line(page, 'L39')).toMatchObject({ raw: '1L. M fc-', hyphenation: { kind: 'hyp', mark: '-' } });
    expect(line(page, 'L39').hyphenation?.word).toBeUndefined();
    expect(line(page, 'L56')).toMatchObject({
      raw: 'rth\'r hrmd<. which can only If appreciated b*" ?a-',
      hyphenation: { kind: 'HypPart1', word: '?aaiuiaing', mark: '-' },
    });
    expect(line(page, 'L57')).toMatchObject({ text: 'aiuiaing price*, quality and flavor.', continuesWord: '?aaiuiaing' });
    expect(unpairedHyphenations(page)).toEqual([]);
  });

  it('ALTO v3 (BnL, Luxemburger Zeitung 1858): 47 lines in 12 blocks, 5 HypPart pairs', () => {
    const page = loadFixture('bnl-luxzeit-1858-12-07_01-00001-excerpt.xml');
    expect(layoutProblems(page)).toEqual([]);
    expect(textLines(page)).toHaveLength(47);
    expect(blockOrder(page)).toHaveLength(12);
    expect(page.layout?.unit).toBe('mm10');
    const pairs = textLines(page).filter((l) => l.hyphenation?.kind === 'HypPart1');
    expect(pairs.map((l) => l.hyphenation?.word)).toEqual(['article.', 'universel,', 'ciaprès', "l'obslination", 'cependant']);
    expect(unpairedHyphenations(page)).toEqual([]);
    expect(line(page, 'L34')).toMatchObject({ raw: 'lieu quelques-unes des expressions du premier ar-', box: { x: 86, y: 1514, w: 741, h: 34 }, style: { fontSize: 10 } });
    expect(line(page, 'L35')).toMatchObject({ raw: 'ticle. Ces déclarations semi-officielles ne semblent', continuesWord: 'article.' });
    expect(line(page, 'L1').text).toBe('Nr. 288.— Dinstag, 7. Dezember 1858.');
    expect(line(page, 'L3').text).toBe('N° 288.—Mardi, 7 Décembre 1858.');
  });

  it('ALTO 1.4 without namespace (Europeana/BnF, Le Matin 1893): 11 pairs; an empty TextBlock adds no blank line', () => {
    const page = loadFixture('enp-bnf-lematin-18930402_02_1-0001-excerpt.xml');
    expect(layoutProblems(page)).toEqual([]);
    expect(textLines(page)).toHaveLength(49);
    // 14 TextBlocks in the file, P1_TB00004 empty (`<TextBlock …/>`).
    expect(blockOrder(page)).toHaveLength(13);
    expect(blockOrder(page)).not.toContain('P1_TB00004');
    expect(textLines(page).filter((l) => l.hyphenation?.kind === 'HypPart1')).toHaveLength(11);
    expect(unpairedHyphenations(page)).toEqual([]);
    // SUBS_CONTENT is kept as the file gives it, leading space and all.
    expect(line(page, 'L27')).toMatchObject({ raw: 'une berquinade Cabi-', hyphenation: { kind: 'HypPart1', word: ' Cabinet', mark: '-' } });
    expect(line(page, 'L28').continuesWord).toBe(' Cabinet');
  });

  it('CCS ALTO (KB Delpher, Algemeen Handelsblad 1876): the ccs-gmbh namespace reads the same', () => {
    const page = loadFixture('kb-delpher-DDD_010100993_001-excerpt.xml');
    expect(layoutProblems(page)).toEqual([]);
    expect(textLines(page)).toHaveLength(30);
    expect(blockOrder(page)).toEqual(Array.from({ length: 11 }, (_, i) => `P1_TB${String(i + 1).padStart(5, '0')}`));
    expect(line(page, 'L1')).toMatchObject({ text: 'INHOUD VAN HET BIJVOEGSEL:', box: { x: 194, y: 1336, w: 689, h: 39 }, style: { fontSize: 9 } });
    expect(page.layout?.producer).toBe('CCS docWORKS, FineReader');
  });

  it('ALTO v4 (kraken test file): ReadingOrder, and a block without coordinates keeps its line boxes', () => {
    const page = loadFixture('kraken-missing_coords_ro.xml');
    expect(layoutProblems(page)).toEqual([]);
    expect(textLines(page).map((l) => l.text)).toEqual(['Line one', 'Line two', 'Line three', 'Line four']);
    expect(blockOrder(page)).toEqual(['tb_1', 'tb_nocoords', 'tb_2']);
    expect(textLines(page)[2]?.box).toEqual({ x: 20, y: 420, w: 460, h: 160 });
  });
});

describe('loadAlto: invariants on every real file', () => {
  it.each([
    'chronam-evening-star-0772-excerpt.xml',
    'bnl-luxzeit-1858-12-07_01-00001-excerpt.xml',
    'enp-bnf-lematin-18930402_02_1-0001-excerpt.xml',
    'kb-delpher-DDD_010100993_001-excerpt.xml',
    'kraken-missing_coords_ro.xml',
  ])('%s: ids in order, one blank between blocks, marks as printed, text = raw trimmed', (name) => {
    const page = loadFixture(name);
    expect(layoutProblems(page)).toEqual([]);
    expect(markProblems(page)).toEqual([]);
    expect(page.lines.every((l) => l.text === l.raw.trim())).toBe(true);
    expect(page.lines.every((l) => l.box !== undefined || l.text === '')).toBe(true);
  });
});

describe('loadAlto: reading order', () => {
  const blocks = `
    <TextBlock ID="left"><TextLine ID="l1" HPOS="0" VPOS="0" WIDTH="10" HEIGHT="10"><String CONTENT="first"/></TextLine>
      <TextLine ID="l2"><String CONTENT="second"/></TextLine></TextBlock>
    <TextBlock ID="right"><TextLine ID="r1"><String CONTENT="third"/></TextLine></TextBlock>
    <TextBlock ID="loose"><TextLine ID="x1"><String CONTENT="unlisted"/></TextLine></TextBlock>`;

  it('follows ReadingOrder over file order; blocks it does not name come after, in file order', () => {
    const order = '<ReadingOrder><OrderedGroup ID="g"><ElementRef ID="a" REF="right"/><ElementRef ID="b" REF="left"/></OrderedGroup></ReadingOrder>';
    const page = pageOf(loadAlto('ro.xml', alto(blocks, order)));
    expect(textLines(page).map((l) => l.text)).toEqual(['third', 'first', 'second', 'unlisted']);
    expect(textLines(page).map((l) => l.block?.order)).toEqual([0, 1, 1, 2]);
    expect(layoutProblems(page)).toEqual([]);
  });

  it('reads line references (kraken writes them) as the order of blocks and of lines in a block', () => {
    const order = `<ReadingOrder><UnorderedGroup ID="u"><OrderedGroup ID="g">
      <ElementRef ID="a" REF="r1"/><ElementRef ID="b" REF="l2"/><ElementRef ID="c" REF="l1"/></OrderedGroup></UnorderedGroup></ReadingOrder>`;
    const page = pageOf(loadAlto('ro.xml', alto(blocks, order)));
    expect(textLines(page).map((l) => l.text)).toEqual(['third', 'second', 'first', 'unlisted']);
  });

  it('keeps file order without a ReadingOrder', () => {
    const page = pageOf(loadAlto('plain.xml', alto(blocks)));
    expect(textLines(page).map((l) => l.text)).toEqual(['first', 'second', 'third', 'unlisted']);
  });
});

describe('loadAlto: line ends as producers write them', () => {
  it('Tesseract: hyphen inside CONTENT="quin-", no HYP: the line keeps it and claims no hyphenation', () => {
    // The shape of Tesseract's ALTO renderer: v3 namespace, ComposedBlock > TextBlock, String/SP, WC="0.NN".
    const layout = `
      <ComposedBlock ID="cblock_0" HPOS="120" VPOS="90" WIDTH="800" HEIGHT="80">
        <TextBlock ID="block_0" HPOS="120" VPOS="90" WIDTH="800" HEIGHT="80">
          <TextLine ID="line_0" HPOS="120" VPOS="90" WIDTH="800" HEIGHT="38">
            <String ID="string_0" HPOS="120" VPOS="90" WIDTH="90" HEIGHT="38" WC="0.96" CONTENT="Ten"/><SP WIDTH="14" VPOS="90" HPOS="210"/>
            <String ID="string_1" HPOS="224" VPOS="90" WIDTH="160" HEIGHT="38" WC="0.9" CONTENT="thousand"/><SP WIDTH="14" VPOS="90" HPOS="384"/>
            <String ID="string_2" HPOS="398" VPOS="90" WIDTH="120" HEIGHT="38" WC="0.100" CONTENT="quin-"/>
          </TextLine>
          <TextLine ID="line_1" HPOS="120" VPOS="132" WIDTH="400" HEIGHT="38">
            <String ID="string_3" HPOS="120" VPOS="132" WIDTH="200" HEIGHT="38" WC="0.91" CONTENT="tals."/>
          </TextLine>
        </TextBlock>
      </ComposedBlock>`;
    const page = pageOf(loadAlto('tesseract.xml', alto(layout, '', 'Tesseract')));
    expect(line(page, 'L1').raw).toBe('Ten thousand quin-');
    expect(line(page, 'L1').hyphenation).toBeUndefined();
    expect(line(page, 'L2').continuesWord).toBeUndefined();
    // WC="0.9" is Tesseract's 9 %, "0.100" its 100 %: (0.96 + 0.09 + 1) / 3.
    expect(line(page, 'L1').confidence).toBeCloseTo(0.6833, 4);
    expect(line(page, 'L1').block).toEqual({ id: 'block_0', order: 0 });
    expect(page.layout?.producer).toBe('Tesseract');
  });

  it('reads WC as written when the producer is not Tesseract', () => {
    const layout = '<TextBlock ID="b"><TextLine ID="l"><String CONTENT="a" WC="0.9"/><String CONTENT="b" WC="0.5"/></TextLine></TextBlock>';
    expect(line(pageOf(loadAlto('abbyy.xml', alto(layout))), 'L1').confidence).toBe(0.7);
  });

  it('ABBYY: `¬` printed at the line end stays; an empty HYP adds nothing after it', () => {
    const layout = `<TextBlock ID="b">
      <TextLine ID="l1"><String CONTENT="Die"/><SP/><String CONTENT="Zei¬"/></TextLine>
      <TextLine ID="l2"><String CONTENT="tung"/><SP/><String CONTENT="Ver¬" SUBS_TYPE="HypPart1" SUBS_CONTENT="Verlag"/><HYP CONTENT=""/></TextLine>
      <TextLine ID="l3"><String CONTENT="lag" SUBS_TYPE="HypPart2" SUBS_CONTENT="Verlag"/></TextLine>
    </TextBlock>`;
    const page = pageOf(loadAlto('abbyy.xml', alto(layout)));
    expect(markProblems(page)).toEqual([]);
    expect(line(page, 'L1')).toMatchObject({ raw: 'Die Zei¬', text: 'Die Zei¬' });
    expect(line(page, 'L1').hyphenation).toBeUndefined();
    expect(line(page, 'L2')).toMatchObject({ raw: 'tung Ver¬', hyphenation: { kind: 'HypPart1', word: 'Verlag', mark: '¬' } });
    expect(line(page, 'L3')).toMatchObject({ raw: 'lag', continuesWord: 'Verlag' });
  });

  it('an empty or missing HYP CONTENT, or a HypPart1 without HYP, shows `-` and says the file printed none', () => {
    const layout = `<TextBlock ID="b">
      <TextLine ID="l1"><String CONTENT="recon" SUBS_TYPE="HypPart1" SUBS_CONTENT="reconstruction"/><HYP CONTENT=""/></TextLine>
      <TextLine ID="l2"><String CONTENT="struc" SUBS_TYPE="HypPart2" SUBS_CONTENT="reconstruction"/><SP/><String CONTENT="inter"/><HYP/></TextLine>
      <TextLine ID="l3"><String CONTENT="national" /><SP/><String CONTENT="news" SUBS_TYPE="HypPart1" SUBS_CONTENT="newspaper"/></TextLine>
      <TextLine ID="l4"><String CONTENT="paper" SUBS_TYPE="HypPart2" SUBS_CONTENT="newspaper"/><SP/><String CONTENT="quin-"/><HYP CONTENT="-"/></TextLine>
      <TextLine ID="l5"><String CONTENT="tals"/></TextLine>
    </TextBlock>`;
    const page = pageOf(loadAlto('hyp.xml', alto(layout)));
    expect(markProblems(page)).toEqual([]);
    expect(textLines(page).map((l) => l.raw)).toEqual(['recon-', 'struc inter-', 'national news-', 'paper quin-', 'tals']);
    expect(textLines(page).map((l) => l.hyphenation)).toEqual([
      { kind: 'HypPart1', word: 'reconstruction', mark: '' },
      { kind: 'hyp', mark: '' },
      { kind: 'HypPart1', word: 'newspaper', mark: '' },
      { kind: 'hyp', mark: '-' },
      undefined,
    ]);
    expect(line(page, 'L2').continuesWord).toBe('reconstruction');
  });

  it('keeps a HYP that prints another mark, and a soft hyphen at a String end', () => {
    const layout = `<TextBlock ID="b">
      <TextLine ID="l1"><String CONTENT="Landguts" SUBS_TYPE="HypPart1" SUBS_CONTENT="Landguts⸗Verkauf"/><HYP CONTENT="⸗"/></TextLine>
      <TextLine ID="l2"><String CONTENT="Verkauf" SUBS_TYPE="HypPart2" SUBS_CONTENT="Landguts⸗Verkauf"/><SP/><String CONTENT="Zei&#173;"/></TextLine>
      <TextLine ID="l3"><String CONTENT="tung"/><SP/><String CONTENT="Ge¬"/><HYP CONTENT="-"/></TextLine>
      <TextLine ID="l4"><String CONTENT="schichte"/></TextLine>
    </TextBlock>`;
    const page = pageOf(loadAlto('marks.xml', alto(layout)));
    expect(markProblems(page)).toEqual([]);
    // The String's own `¬` is what the line ends in: the HYP's `-` is not added, and the mark is `¬`.
    expect(line(page, 'L3')).toMatchObject({ raw: 'tung Ge¬', hyphenation: { kind: 'hyp', mark: '¬' } });
    expect(line(page, 'L1')).toMatchObject({ raw: 'Landguts⸗', hyphenation: { kind: 'HypPart1', word: 'Landguts⸗Verkauf', mark: '⸗' } });
    expect(line(page, 'L2')).toMatchObject({ raw: 'Verkauf Zei\u00AD', hyphenation: { kind: 'soft', mark: '\u00AD' } });
  });
});

describe('loadAlto: what else the file says about a line', () => {
  const head = `<Styles>
      <TextStyle ID="body" FONTSIZE="9"/><TextStyle ID="head" FONTSIZE="24"/><TextStyle ID="small" FONTSIZE="7"/>
      <ParagraphStyle ID="left" ALIGN="Left"/>
    </Styles>
    <Tags><StructureTag ID="t_head" TYPE="structure" LABEL="heading"/><OtherTag ID="lang" TYPE="language" LABEL="fra"/></Tags>`;

  it('font size from the line, else most of its Strings, else the block; block type from its tag or ComposedBlock TYPE', () => {
    const layout = `
      <TextBlock ID="h" STYLEREFS="left head" TAGREFS="lang t_head"><TextLine ID="h1"><String CONTENT="HEADLINE"/></TextLine></TextBlock>
      <ComposedBlock ID="ad" TYPE="Advertisement"><TextBlock ID="b" STYLEREFS="body">
        <TextLine ID="b1" STYLEREFS="small"><String CONTENT="own" STYLEREFS="head"/></TextLine>
        <TextLine ID="b2"><String CONTENT="most" STYLEREFS="small"/><String CONTENT="of" STYLEREFS="small"/><String CONTENT="them" STYLEREFS="head"/></TextLine>
        <TextLine ID="b3"><String CONTENT="block"/></TextLine>
      </TextBlock></ComposedBlock>`;
    const page = pageOf(loadAlto('styles.xml', alto(layout, head)));
    expect(textLines(page).map((l) => [l.text, l.style?.fontSize, l.block?.type])).toEqual([
      ['HEADLINE', 24, 'heading'],
      ['own', 7, 'Advertisement'],
      ['most of them', 7, 'Advertisement'],
      ['block', 9, 'Advertisement'],
    ]);
  });

  it('decodes entities and character references in CONTENT, and skips empty Strings and TextLines', () => {
    const layout = `<TextBlock ID="b">
      <TextLine ID="l1"><String CONTENT="&quot;Smith&quot;"/><SP/><String CONTENT=""/><SP/><String CONTENT="&amp;&#160;Co&#x2019;s"/></TextLine>
      <TextLine ID="l2"><SP/></TextLine>
      <TextLine ID="l3"><String CONTENT="next"/></TextLine>
    </TextBlock>`;
    const page = pageOf(loadAlto('entities.xml', alto(layout)));
    expect(page.lines.map((l) => l.raw)).toEqual(['"Smith" &\u00A0Co’s', 'next']);
  });

  it('a file without any text line is an empty page, with a message naming it', () => {
    const result = loadAlto('blank.xml', alto('<TextBlock ID="b"/><Illustration ID="i"/>'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'empty-file', message: expect.stringContaining('“blank.xml”') });
  });
});
