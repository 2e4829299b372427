/**
 * The reconstruction as blocks of corrected lines, in its reading order: each article's
 * heading fields, paragraphs and jumps, then the page's other text. A block is the part of
 * one piece (a paragraph, a headline) that was printed in one source block, so a paragraph
 * that runs from one column into the next becomes two blocks, each with its own place on
 * the page; a text page (no blocks) gives one block per piece.
 *
 * A line that a repair split between two pieces (a headline run into its deck) is written
 * once, in the first piece, with the text of all its parts: a printed line has one place.
 */
import type { Box, LineId, Page, SourceLine } from '../model/page';
import type { Reconstruction, TextSpan } from '../model/reconstruction';
import { placeOnLines, type PlacedLine } from './alto-lines';

/** What a block is in the rebuilt page: an article's field, or the kind of an `other` block. */
export type BlockRole = 'kicker' | 'headline' | 'subheadline' | 'byline' | 'paragraph' | 'jump' | 'caption' | 'page-header' | 'section-label' | 'banner' | 'other';

export interface ExportBlock {
  /** The source block's id (`TextBlock ID`, `TextRegion id`), or the piece's id on a text page. */
  readonly sourceId: string;
  readonly role: BlockRole;
  /** Index into `rec.articles`, null for the page's other text. */
  readonly article: number | null;
  /** The piece (paragraph, field, other block) it belongs to, for relations between blocks. */
  readonly pieceId: string;
  readonly lines: PlacedLine[];
}

interface Piece {
  readonly id: string;
  readonly role: BlockRole;
  readonly article: number | null;
  readonly span: TextSpan;
}

function piecesOf(rec: Reconstruction): Piece[] {
  const pieces: Piece[] = [];
  rec.articles.forEach((article, index) => {
    for (const field of ['kicker', 'headline', 'subheadline', 'byline'] as const) {
      const span = article[field];
      if (span !== null) pieces.push({ id: `${article.id}-${field}`, role: field, article: index, span });
    }
    for (const paragraph of article.paragraphs) pieces.push({ id: paragraph.id, role: 'paragraph', article: index, span: paragraph });
    article.jumps.forEach((jump, i) => pieces.push({ id: `${article.id}-jump${i + 1}`, role: 'jump', article: index, span: jump }));
  });
  for (const block of rec.other) pieces.push({ id: block.id, role: block.kind, article: null, span: block });
  return pieces;
}

/** The blocks of the corrected page, in reading order; blocks left without text are dropped. */
export function exportBlocks(rec: Reconstruction, page: Page): ExportBlock[] {
  const lineById = new Map<LineId, SourceLine>(page.lines.map((line) => [line.id, line]));
  const firstPlace = new Map<LineId, PlacedLine & { text: string }>();
  const blocks: ExportBlock[] = [];
  for (const piece of piecesOf(rec)) {
    let current: ExportBlock | undefined;
    for (const placed of placeOnLines(piece.span.text, piece.span.lineIds, lineById, page.script)) {
      const earlier = firstPlace.get(placed.line.id);
      if (earlier !== undefined) {
        if (placed.text !== '') earlier.text = earlier.text === '' ? placed.text : `${earlier.text} ${placed.text}`;
        continue;
      }
      const line: PlacedLine & { text: string } = { ...placed };
      firstPlace.set(line.line.id, line);
      const sourceId = line.line.block?.id ?? piece.id;
      if (current?.sourceId !== sourceId) {
        current = { sourceId, role: piece.role, article: piece.article, pieceId: piece.id, lines: [] };
        blocks.push(current);
      }
      current.lines.push(line);
    }
  }
  return blocks.map((block) => ({ ...block, lines: block.lines.filter((line) => line.text !== '') })).filter((block) => block.lines.length > 0);
}

/** The box around every line's box, or undefined when a line has none. */
export function boxAround(lines: readonly PlacedLine[]): Box | undefined {
  const boxes = lines.map((line) => line.line.box);
  if (boxes.length === 0 || boxes.some((box) => box === undefined)) return undefined;
  // A loop, not Math.min(...): a block can have more lines than a call has arguments.
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const box of boxes as Box[]) {
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.w);
    bottom = Math.max(bottom, box.y + box.h);
  }
  return { x: left, y: top, w: right - left, h: bottom - top };
}
