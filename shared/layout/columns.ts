/**
 * Finds a page's columns from the horizontal extents of its text blocks: blocks of running
 * text (three lines or more) that overlap most of each other's width are set in one column.
 * A block much wider than the usual column spans several and makes no column of its own.
 *
 * Wrong when: a page has no block of three lines (a page of one-line blocks), which then has
 * no columns, and each block counts as its own.
 */

/** A column's left and right edge, in the file's units. */
export interface Column {
  readonly left: number;
  readonly right: number;
}

/** A text block's left and right edge and how many text lines it holds. */
export interface BlockExtent {
  readonly left: number;
  readonly right: number;
  readonly lines: number;
}

/** Lines a block needs to count as running text that shows a column. */
const RUNNING_TEXT_LINES = 3;
/** Two blocks are in one column when they overlap this share of the narrower one's width. */
const SAME_COLUMN = 0.6;
/** A block this much wider than the usual column spans several. */
const SPANS_COLUMNS = 1.5;

/** The page's columns, left to right. */
export function findColumns(blocks: readonly BlockExtent[]): Column[] {
  const running = blocks.filter((b) => b.lines >= RUNNING_TEXT_LINES && b.right > b.left);
  if (running.length === 0) return [];
  const usual = median(running.map((b) => b.right - b.left));
  const narrow = running.filter((b) => b.right - b.left <= usual * SPANS_COLUMNS).sort((a, b) => a.left - b.left);
  const clusters: BlockExtent[][] = [];
  for (const block of narrow) {
    const cluster = clusters.find((members) => members.some((m) => overlapShare(m, block) >= SAME_COLUMN));
    if (cluster) cluster.push(block);
    else clusters.push([block]);
  }
  return clusters.map((members) => ({ left: median(members.map((m) => m.left)), right: median(members.map((m) => m.right)) })).sort((a, b) => a.left - b.left);
}

function overlapShare(a: BlockExtent, b: BlockExtent): number {
  const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  return overlap / Math.max(1, Math.min(a.right - a.left, b.right - b.left));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}
