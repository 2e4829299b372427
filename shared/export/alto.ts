/**
 * ALTO 4 export of the corrected page (namespace ns-v4, SCHEMAVERSION 4.4), for archive
 * software that reads ALTO (viewers, METS packages, full-text indexers).
 *
 * - Each source line is one `TextLine`, with its own coordinates when the page had them, and
 *   `String`s holding its corrected words. A word the engine re-joined across a line end is
 *   written as ALTO marks it: `HypPart1` + `HYP` (the mark the source printed) on the first
 *   line, `HypPart2` on the next, both with `SUBS_CONTENT` = the whole word. A hyphen the
 *   engine kept stays in `CONTENT` (`Staten-`), with the HypPart pair but no HYP.
 * - A text page has no coordinates, and none are invented: ALTO 4 makes HPOS/VPOS/WIDTH/
 *   HEIGHT optional on blocks and lines, and a viewer that draws boxes on the scan would draw
 *   made-up ones in the wrong places. Readers that need them (ALTO v2 made them required) were
 *   never going to read a text page's ALTO against an image anyway.
 * - Blocks follow the reconstruction: one `TextBlock` per piece (headline, paragraph, …) and
 *   source block, in reading order. `Tags` say what each block is: a `RoleTag` (LABEL
 *   `headline`, `byline`, `paragraph`, `caption`, …) and, for articles, a `StructureTag`
 *   (TYPE `article`, LABEL the article id); each TextBlock's `TAGREFS` names its role tag
 *   first (Galley's own loader, like most readers, takes the first tag as the block type).
 *   Each paragraph has a StructureTag too (TYPE `paragraph`, LABEL the paragraph id), named
 *   by every block of it: read back, blocks with one tag are one paragraph, and a paragraph
 *   ends where its last block does (see `load/alto-paragraphs.ts`).
 * - `ReadingOrder` (ALTO 4.3+): one OrderedGroup for the page, holding one OrderedGroup per
 *   article (TAGREFS its StructureTag) and then the other blocks, as ElementRefs.
 *
 * Like the JSON export it always writes everything: `include` options do not apply.
 */
import type { Box, Page } from '../model/page';
import type { Reconstruction } from '../model/reconstruction';
import { ENGINE_VERSION } from '../project/project-file';
import { boxAround, exportBlocks, type ExportBlock } from './alto-blocks';
import type { PlacedLine } from './alto-lines';
import { attributes, IdRegistry, xmlText } from './alto-xml';

export const ALTO_NAMESPACE = 'http://www.loc.gov/standards/alto/ns-v4#';
const SCHEMA_LOCATION = `${ALTO_NAMESPACE} http://www.loc.gov/standards/alto/v4/alto-4-4.xsd`;
const UNITS = new Set(['pixel', 'mm10', 'inch1200']);

function boxAttributes(box: Box | undefined): ReadonlyArray<readonly [string, number | undefined]> {
  return [
    ['HPOS', box?.x],
    ['VPOS', box?.y],
    ['WIDTH', box?.w],
    ['HEIGHT', box?.h],
  ];
}

/** The Strings (and SPs, and the HYP) of one line. */
function lineContent(line: PlacedLine): string[] {
  const words = line.text.split(/\s+/u).filter((word) => word !== '');
  const out: string[] = [];
  words.forEach((word, i) => {
    const first = i === 0 && line.continuesWord !== undefined;
    const last = i === words.length - 1 && line.joinedWord !== undefined && !first;
    const subs: ReadonlyArray<readonly [string, string | undefined]> = first
      ? [['SUBS_TYPE', 'HypPart2'], ['SUBS_CONTENT', line.continuesWord]]
      : last
        ? [['SUBS_TYPE', 'HypPart1'], ['SUBS_CONTENT', line.joinedWord]]
        : [];
    if (i > 0) out.push('<SP/>');
    out.push(`<String${attributes([['CONTENT', word], ...subs])}/>`);
  });
  if (line.breakMark !== undefined) out.push(`<HYP${attributes([['CONTENT', line.breakMark]])}/>`);
  return out;
}

interface Written {
  readonly id: string;
  readonly block: ExportBlock;
}

/** The ALTO document for `rec`, made from `page`. */
export function toAlto(rec: Reconstruction, page: Page): string {
  const ids = new IdRegistry();
  const blocks = exportBlocks(rec, page);
  // Line ids first: `L12` is how Galley names the line everywhere else.
  const lineIds = new Map(blocks.flatMap((block) => block.lines).map((line) => [line.line.id, ids.take(line.line.id)]));
  const written: Written[] = blocks.map((block) => ({ id: ids.take(block.sourceId), block }));

  const sizes = [...new Set(blocks.flatMap((block) => block.lines.flatMap((line) => (line.line.style?.fontSize === undefined ? [] : [line.line.style.fontSize]))))];
  const styleIds = new Map(sizes.map((size) => [size, ids.take(`TS_${size}`)]));
  const roles = [...new Set(blocks.map((block) => block.role))];
  const roleIds = new Map(roles.map((role) => [role, ids.take(`ROLE_${role}`)]));
  const articleIds = rec.articles.map((article) => ids.take(`ART_${article.id}`));
  // A paragraph printed over two columns is two blocks: only a tag of its own tells a reader
  // (Galley's loader among them) that from two paragraphs, which the text alone may not.
  const paragraphIds = new Map(
    [...new Set(blocks.flatMap((block) => (block.role === 'paragraph' ? [block.pieceId] : [])))].map((piece) => [piece, ids.take(`PAR_${piece}`)]),
  );

  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<alto${attributes([['xmlns', ALTO_NAMESPACE], ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'], ['xsi:schemaLocation', SCHEMA_LOCATION], ['SCHEMAVERSION', '4.4']])}>`);
  out.push(...description(page, ids));
  if (sizes.length > 0) {
    out.push('  <Styles>');
    for (const [size, id] of styleIds) out.push(`    <TextStyle${attributes([['ID', id], ['FONTSIZE', size]])}/>`);
    out.push('  </Styles>');
  }
  if (roles.length + articleIds.length + paragraphIds.size > 0) {
    out.push('  <Tags>');
    for (const [role, id] of roleIds) out.push(`    <RoleTag${attributes([['ID', id], ['LABEL', role]])}/>`);
    rec.articles.forEach((article, i) => {
      const headline = article.headline?.text;
      out.push(`    <StructureTag${attributes([['ID', articleIds[i]], ['TYPE', 'article'], ['LABEL', article.id], ['DESCRIPTION', headline]])}/>`);
    });
    for (const [piece, id] of paragraphIds) out.push(`    <StructureTag${attributes([['ID', id], ['TYPE', 'paragraph'], ['LABEL', piece]])}/>`);
    out.push('  </Tags>');
  }
  out.push(...readingOrder(written, articleIds, ids));
  out.push('  <Layout>');
  out.push(`    <Page${attributes([['ID', ids.take('PAGE_1')], ['PHYSICAL_IMG_NR', 1], ['WIDTH', page.layout?.width], ['HEIGHT', page.layout?.height]])}>`);
  out.push('      <PrintSpace>');
  for (const { id, block } of written) {
    const tags = [roleIds.get(block.role), block.article === null ? undefined : articleIds[block.article], paragraphIds.get(block.pieceId)].filter((tag) => tag !== undefined).join(' ');
    out.push(`        <TextBlock${attributes([['ID', id], ...boxAttributes(boxAround(block.lines)), ['TAGREFS', tags]])}>`);
    for (const line of block.lines) {
      const size = line.line.style?.fontSize;
      const lineAttributes = attributes([['ID', lineIds.get(line.line.id)], ['STYLEREFS', size === undefined ? undefined : styleIds.get(size)], ...boxAttributes(line.line.box)]);
      out.push(`          <TextLine${lineAttributes}>`, ...lineContent(line).map((element) => `            ${element}`), '          </TextLine>');
    }
    out.push('        </TextBlock>');
  }
  out.push('      </PrintSpace>', '    </Page>', '  </Layout>', '</alto>');
  return `${out.join('\n')}\n`;
}

function description(page: Page, ids: IdRegistry): string[] {
  const unit = page.layout?.unit !== undefined && UNITS.has(page.layout.unit) ? page.layout.unit : 'pixel';
  const out = ['  <Description>', `    <MeasurementUnit>${unit}</MeasurementUnit>`];
  const producer = page.layout?.producer;
  if (producer !== undefined) {
    out.push(
      `    <Processing${attributes([['ID', ids.take('OCR_1')]])}>`,
      '      <processingCategory>contentGeneration</processingCategory>',
      `      <processingSoftware><softwareName>${xmlText(producer)}</softwareName></processingSoftware>`,
      '    </Processing>',
    );
  }
  out.push(
    `    <Processing${attributes([['ID', ids.take('GALLEY_1')]])}>`,
    '      <processingCategory>contentModification</processingCategory>',
    `      <processingStepDescription>${xmlText(`Layout repaired and text corrected from “${page.name}”: lines re-joined, hyphenation resolved, articles grouped.`)}</processingStepDescription>`,
    `      <processingSoftware><softwareName>Galley</softwareName><softwareVersion>${xmlText(ENGINE_VERSION)}</softwareVersion></processingSoftware>`,
    '    </Processing>',
    '  </Description>',
  );
  return out;
}

function readingOrder(written: readonly Written[], articleIds: readonly string[], ids: IdRegistry): string[] {
  if (written.length === 0) return [];
  const ref = (entry: Written, indent: string): string => `${indent}<ElementRef${attributes([['ID', ids.take(`RO_${entry.id}`)], ['REF', entry.id]])}/>`;
  const out = ['  <ReadingOrder>', `    <OrderedGroup${attributes([['ID', ids.take('RO_PAGE')]])}>`];
  let i = 0;
  while (i < written.length) {
    const article = written[i]?.block.article ?? null;
    if (article === null) {
      out.push(ref(written[i] as Written, '      '));
      i++;
      continue;
    }
    const articleId = articleIds[article] ?? '';
    out.push(`      <OrderedGroup${attributes([['ID', ids.take(`RO_${articleId}`)], ['TAGREFS', articleId]])}>`);
    while (i < written.length && written[i]?.block.article === article) {
      out.push(ref(written[i] as Written, '        '));
      i++;
    }
    out.push('      </OrderedGroup>');
  }
  out.push('    </OrderedGroup>', '  </ReadingOrder>');
  return out;
}
