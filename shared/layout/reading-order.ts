/**
 * Reading order from the page's geometry: blocks are read column by column, top to bottom,
 * and a block that spans several columns (a headline, a lead or a caption across them)
 * starts a new band: the columns above it are read before it, those below it after.
 *
 * Wrong when: an article's columns are not side by side under its headline (an L-shaped
 * article around an advertisement), or two articles share a band; the file's own order, when
 * it has one, is then better and is kept.
 */
import type { Column } from './columns';

export interface PlacedBlock {
  readonly id: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

interface Placed extends PlacedBlock {
  /** First and last column the block covers (indices into the page's columns). */
  readonly first: number;
  readonly last: number;
  readonly band: number;
}

/** Share of a column's width a block must cover to count as set in it. */
const COVERS = 0.6;

/** Block ids in geometric reading order. */
export function orderByColumns(blocks: readonly PlacedBlock[], columns: readonly Column[]): string[] {
  return placeInBands(blocks, columns)
    .sort((a, b) => a.band - b.band || a.first - b.first || a.top - b.top || a.left - b.left)
    .map((b) => b.id);
}

/**
 * How many times the given order reads against the geometry: a block placed above text
 * already read in its column (reading back up a column). Going on to a column on the left
 * below what was read there is no step back: a rule across the page starts a new band that
 * no block shows. Zero for a file in plausible order.
 */
export function countBackwardSteps(blocks: readonly PlacedBlock[], columns: readonly Column[], slack: number): number {
  const readTo = columns.map(() => -Infinity);
  let count = 0;
  for (const block of blocks) {
    const { first, last } = columnSpan(block, columns);
    let back = false;
    for (let c = first; c <= last; c++) if ((readTo[c] ?? -Infinity) > block.top + slack) back = true;
    if (back) count++;
    for (let c = first; c <= last; c++) readTo[c] = Math.max(readTo[c] ?? -Infinity, block.bottom);
  }
  return count;
}

/** Gives every block its columns and its band, in the given order. */
function placeInBands(blocks: readonly PlacedBlock[], columns: readonly Column[]): Placed[] {
  const spans = blocks.map((block) => ({ block, ...columnSpan(block, columns) }));
  // A block over two columns or more cuts the page: bands start at the tops of such blocks.
  const cuts = spans
    .filter((s) => s.last > s.first)
    .map((s) => s.block.top)
    .sort((a, b) => a - b);
  return spans.map(({ block, first, last }) => {
    let band = 0;
    // A block belongs to the band of the last cut at or above its middle line's top.
    for (const cut of cuts) if (cut <= block.top) band++;
    return { ...block, first, last, band };
  });
}

function columnSpan(block: PlacedBlock, columns: readonly Column[]): { first: number; last: number } {
  const overlap = (c: Column) => Math.max(0, Math.min(c.right, block.right) - Math.max(c.left, block.left));
  const covered = columns.map((c, i) => ({ i, share: overlap(c) / Math.max(1, c.right - c.left) })).filter((c) => c.share >= COVERS);
  if (covered.length > 0) return { first: covered[0]?.i ?? 0, last: covered[covered.length - 1]?.i ?? 0 };
  // Narrower than any column: the column it overlaps most, or the nearest one by its middle.
  const middle = (block.left + block.right) / 2;
  let best = 0;
  let bestDistance = Infinity;
  columns.forEach((c, i) => {
    const distance = middle < c.left ? c.left - middle : middle > c.right ? middle - c.right : 0;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return { first: best, last: best };
}
