/**
 * What the line boxes of a layout page (ALTO, PAGE XML, hOCR) say about its columns and its
 * type: where each column runs, how tall a body line is, and for every line where it sits
 * in its column and how large it is set. Measured once per page (in readPageLines) and
 * carried in the draft; text pages have no boxes and get none.
 *
 * Wrong when: the OCR's boxes are off (a skewed scan widens every box) or a page has one
 * column of odd blocks; the figures are then only weaker evidence, never a decision alone.
 */
import type { Box, LineId, Page, SourceLine } from '../model/page';
import { quantile } from '../text/script';
import { findColumns, type BlockExtent, type Column } from './columns';

export interface LineGeometry {
  /** The column (or the run of columns a wide block spans) the line is set in. */
  readonly column: Column;
  /** The line's width as a share of its column's. */
  readonly widthShare: number;
  /** Space between the column's left edge and the line's, in body line heights. */
  readonly indent: number;
  /** Space between the line's right edge and the column's, in body line heights. */
  readonly rightGap: number;
  /** How large the line is set against the body: its font size (or line height) over the body's. */
  readonly sizeRatio: number;
  /** What `sizeRatio` was measured on. */
  readonly sizeFrom: 'font-size' | 'line-height';
}

export interface PageGeometry {
  /** The usual height of a body line's box, in the file's units. */
  readonly bodyLineHeight: number;
  /** The font size most body lines have, where the file gives sizes. */
  readonly bodyFontSize?: number;
  readonly columns: readonly Column[];
  readonly lines: ReadonlyMap<LineId, LineGeometry>;
}

/** Share of a page's text lines that must have a box for its geometry to count. */
const BOXED_SHARE = 0.8;

/** Measures the page's geometry; null when its lines have no boxes (a text page). */
export function measurePageGeometry(page: Page): PageGeometry | null {
  const text = page.lines.filter((l) => l.text !== '');
  const boxed = text.filter((l): l is SourceLine & { box: Box } => l.box !== undefined && l.box.w > 0 && l.box.h > 0);
  if (boxed.length === 0 || boxed.length < text.length * BOXED_SHARE) return null;
  const bodyLineHeight = quantile(boxed.map((l) => l.box.h), 0.5);
  const bodyFontSize = mostCommonSize(boxed);
  const extents = blockExtents(boxed);
  const columns = findColumns([...extents.values()]);
  const lines = new Map<LineId, LineGeometry>();
  for (const line of boxed) {
    const own = extents.get(line.block?.id ?? line.id) ?? { left: line.box.x, right: line.box.x + line.box.w, lines: 1 };
    const column = columnOf(own, columns);
    const width = Math.max(1, column.right - column.left);
    const fontSize = line.style?.fontSize;
    const byFont = fontSize !== undefined && bodyFontSize !== undefined;
    lines.set(line.id, {
      column,
      widthShare: line.box.w / width,
      indent: (line.box.x - column.left) / bodyLineHeight,
      rightGap: (column.right - (line.box.x + line.box.w)) / bodyLineHeight,
      sizeRatio: byFont ? fontSize / bodyFontSize : line.box.h / bodyLineHeight,
      sizeFrom: byFont ? 'font-size' : 'line-height',
    });
  }
  return { bodyLineHeight, ...(bodyFontSize === undefined ? {} : { bodyFontSize }), columns, lines };
}

/** Left and right edge of every block, from its lines' boxes (a line with no block is its own). */
function blockExtents(lines: readonly (SourceLine & { box: Box })[]): Map<string, BlockExtent> {
  const extents = new Map<string, BlockExtent>();
  for (const line of lines) {
    const key = line.block?.id ?? line.id;
    const had = extents.get(key);
    const left = line.box.x;
    const right = line.box.x + line.box.w;
    extents.set(key, had ? { left: Math.min(had.left, left), right: Math.max(had.right, right), lines: had.lines + 1 } : { left, right, lines: 1 });
  }
  return extents;
}

/**
 * The column a block is set in: the one it overlaps most, or the run of columns it spans
 * (a headline or a caption across two columns), or its own extent where no column fits.
 */
function columnOf(block: BlockExtent, columns: readonly Column[]): Column {
  const overlap = (c: Column) => Math.max(0, Math.min(c.right, block.right) - Math.max(c.left, block.left));
  const spanned = columns.filter((c) => overlap(c) > (c.right - c.left) * 0.6);
  if (spanned.length >= 2) return { left: Math.min(...spanned.map((c) => c.left)), right: Math.max(...spanned.map((c) => c.right)) };
  let best: Column | undefined;
  for (const c of columns) if (overlap(c) > 0 && (!best || overlap(c) > overlap(best))) best = c;
  return best ?? { left: block.left, right: block.right };
}

/** The font size most text lines share, or undefined when the file gives none. */
function mostCommonSize(lines: readonly SourceLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const size = line.style?.fontSize;
    if (size !== undefined && size > 0) counts.set(size, (counts.get(size) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [size, count] of counts) if (count > bestCount) [best, bestCount] = [size, count];
  return best;
}
