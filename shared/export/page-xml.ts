/**
 * PAGE XML export (2019-07-15 schema) of the corrected page, for Transkribus, eScriptorium,
 * OCR-D and the evaluation tools that read PAGE.
 *
 * - One `TextRegion` per block of the reconstruction (a piece, cut where its lines change
 *   source block; see alto-blocks.ts), its `type` from the piece's role (headline → `heading`,
 *   byline → `credit`, …) and the exact role in `custom="structure {type:…;}"`.
 * - Each source line is a `TextLine` with its `Coords` and its corrected text as `TextEquiv`;
 *   a word the engine re-joined keeps its printed break mark on the line (`recon-`), as PAGE
 *   line transcriptions do, while the region's `TextEquiv` holds the corrected running text.
 * - `ReadingOrder`: one OrderedGroup, with an OrderedGroupIndexed per article (caption its
 *   headline) and the other blocks as RegionRefIndexed.
 * - `Relation type="join"` between consecutive regions of one piece: a paragraph that runs on
 *   from one column (or region) into the next.
 *
 * When it is wrong: PAGE requires Coords on every region and line; a text page has none, so
 * its regions and lines get an empty `0,0 0,0 0,0 0,0` outline rather than invented boxes.
 * Coordinates are written in the source's units: an ALTO page measured in `mm10` gives PAGE
 * coordinates that are not pixels (PAGE has no unit to say so).
 */
import type { Box, Page } from '../model/page';
import type { Reconstruction } from '../model/reconstruction';
import { boxAround, exportBlocks, type BlockRole, type ExportBlock } from './alto-blocks';
import type { PlacedLine } from './alto-lines';
import { attributes, IdRegistry, xmlText } from './alto-xml';

export const PAGE_NAMESPACE = 'http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15';

const REGION_TYPES: Readonly<Record<BlockRole, string>> = {
  kicker: 'heading',
  headline: 'heading',
  subheadline: 'heading',
  byline: 'credit',
  paragraph: 'paragraph',
  jump: 'other',
  caption: 'caption',
  'page-header': 'header',
  'section-label': 'heading',
  banner: 'header',
  other: 'other',
};

function points(box: Box | undefined): string {
  if (box === undefined) return '0,0 0,0 0,0 0,0';
  const [left, top, right, bottom] = [box.x, box.y, box.x + box.w, box.y + box.h].map((n) => Math.round(n));
  return `${left},${top} ${right},${top} ${right},${bottom} ${left},${bottom}`;
}

/** The line as printed: a re-joined word keeps its break mark at the line end. */
function printedLine(line: PlacedLine): string {
  return line.breakMark === undefined ? line.text : `${line.text}${line.breakMark}`;
}

/** The block's corrected running text: lines joined by spaces, a re-joined word without a break. */
function runningText(block: ExportBlock, cjk: boolean): string {
  return block.lines.reduce((text, line, i) => {
    if (i === 0) return line.text;
    const joined = block.lines[i - 1]?.joinedWord !== undefined || cjk;
    return `${text}${joined ? '' : ' '}${line.text}`;
  }, '');
}

interface Written {
  readonly id: string;
  readonly block: ExportBlock;
}

export interface PageXmlOptions {
  /** When the export was made (ISO 8601, UTC): PAGE requires Created and LastChange, and shared code has no clock. */
  readonly created: string;
}

/** The PAGE XML document for `rec`, made from `page`. */
export function toPageXml(rec: Reconstruction, page: Page, options: PageXmlOptions): string {
  const ids = new IdRegistry();
  const blocks = exportBlocks(rec, page);
  const lineIds = new Map(blocks.flatMap((block) => block.lines).map((line) => [line.line.id, ids.take(line.line.id)]));
  const written: Written[] = blocks.map((block) => ({ id: ids.take(block.sourceId), block }));

  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<PcGts${attributes([['xmlns', PAGE_NAMESPACE], ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'], ['xsi:schemaLocation', `${PAGE_NAMESPACE} ${PAGE_NAMESPACE}/pagecontent.xsd`]])}>`);
  out.push(
    '  <Metadata>',
    '    <Creator>Galley</Creator>',
    `    <Created>${xmlText(options.created)}</Created>`,
    `    <LastChange>${xmlText(options.created)}</LastChange>`,
    `    <Comments>${xmlText(`Layout repaired and text corrected from “${page.name}”.`)}</Comments>`,
    '  </Metadata>',
  );
  out.push(`  <Page${attributes([['imageFilename', page.name], ['imageWidth', Math.round(page.layout?.width ?? 0)], ['imageHeight', Math.round(page.layout?.height ?? 0)]])}>`);
  out.push(...readingOrder(written, rec, ids), ...relations(written, ids));
  written.forEach(({ id, block }, index) => {
    const custom = `readingOrder {index:${index};} structure {type:${block.role};}`;
    out.push(`    <TextRegion${attributes([['id', id], ['type', REGION_TYPES[block.role]], ['custom', custom]])}>`);
    out.push(`      <Coords${attributes([['points', points(boxAround(block.lines))]])}/>`);
    block.lines.forEach((line, i) => {
      out.push(`      <TextLine${attributes([['id', lineIds.get(line.line.id)], ['custom', `readingOrder {index:${i};}`]])}>`);
      out.push(`        <Coords${attributes([['points', points(line.line.box)]])}/>`);
      out.push(`        <TextEquiv><Unicode>${xmlText(printedLine(line))}</Unicode></TextEquiv>`);
      const size = line.line.style?.fontSize;
      if (size !== undefined) out.push(`        <TextStyle${attributes([['fontSize', size]])}/>`);
      out.push('      </TextLine>');
    });
    out.push(`      <TextEquiv><Unicode>${xmlText(runningText(block, page.script === 'cjk'))}</Unicode></TextEquiv>`);
    out.push('    </TextRegion>');
  });
  out.push('  </Page>', '</PcGts>');
  return `${out.join('\n')}\n`;
}

function readingOrder(written: readonly Written[], rec: Reconstruction, ids: IdRegistry): string[] {
  if (written.length === 0) return [];
  const out = ['    <ReadingOrder>', `      <OrderedGroup${attributes([['id', ids.take('ro_page')], ['caption', 'Galley reading order']])}>`];
  let i = 0;
  let index = 0;
  while (i < written.length) {
    const article = written[i]?.block.article ?? null;
    if (article === null) {
      out.push(`        <RegionRefIndexed${attributes([['index', index++], ['regionRef', written[i]?.id]])}/>`);
      i++;
      continue;
    }
    const source = rec.articles[article];
    out.push(`        <OrderedGroupIndexed${attributes([['id', ids.take(`ro_${source?.id ?? article}`)], ['index', index++], ['caption', source?.headline?.text ?? source?.id]])}>`);
    let inner = 0;
    while (i < written.length && written[i]?.block.article === article) {
      out.push(`          <RegionRefIndexed${attributes([['index', inner++], ['regionRef', written[i]?.id]])}/>`);
      i++;
    }
    out.push('        </OrderedGroupIndexed>');
  }
  out.push('      </OrderedGroup>', '    </ReadingOrder>');
  return out;
}

/** `join` relations between consecutive regions of one piece (a paragraph continued in the next column). */
function relations(written: readonly Written[], ids: IdRegistry): string[] {
  const out: string[] = [];
  for (let i = 1; i < written.length; i++) {
    const [from, to] = [written[i - 1], written[i]];
    if (from === undefined || to === undefined || from.block.pieceId !== to.block.pieceId) continue;
    out.push(
      `      <Relation${attributes([['id', ids.take(`join_${from.id}_${to.id}`)], ['type', 'join']])}>`,
      `        <SourceRegionRef${attributes([['regionRef', from.id]])}/>`,
      `        <TargetRegionRef${attributes([['regionRef', to.id]])}/>`,
      '      </Relation>',
    );
  }
  return out.length === 0 ? [] : ['    <Relations>', ...out, '    </Relations>'];
}
