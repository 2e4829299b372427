/**
 * orderBlocksByLayout — on a layout page whose file declares no reading order (ALTO without
 * ReadingOrder, hOCR, PAGE without ReadingOrder), checks the order the blocks come in against
 * their place on the page; where the file reads back up a column or back to a column on the
 * left in many places, it reorders the blocks column by column, band by band (shared/layout/reading-order).
 * A file that declares its order is followed as it is: that order is evidence, not a guess.
 *
 * Wrong when: the page is not set in columns (a poster, a table) or an article wraps around
 * another; the reordering is one repair an editor can reject, and its confidence falls with
 * the number of blocks moved.
 */
import type { Page, SourceLine } from '../model/page';
import { makeRepair } from '../pipeline/context';
import type { DraftUnit, Pass } from '../pipeline/draft';
import { countBackwardSteps, orderByColumns, type PlacedBlock } from '../layout/reading-order';

/** Steps back up a column, in all and as a share of the blocks, that show the file order is wrong. */
const MIN_BACKWARD_STEPS = 2;
const BACKWARD_SHARE = 0.1;

export const orderBlocksByLayout: Pass = {
  name: 'orderBlocksByLayout',
  run(draft, ctx) {
    const geometry = draft.geometry;
    if (!geometry || draft.page.layout?.readingOrder || geometry.columns.length < 2) return { draft, repairs: [] };
    const blockOf = blockIds(draft.page);
    const blocks = placedBlocks(draft.page);
    const backward = countBackwardSteps(blocks, geometry.columns, geometry.bodyLineHeight * 2);
    // A few steps back are a block spanning columns or a box drawn loosely; only an order that
    // keeps reading back up the columns is wrong enough to trust the geometry over the file.
    if (backward < Math.max(MIN_BACKWARD_STEPS, blocks.length * BACKWARD_SHARE)) return { draft, repairs: [] };
    const order = orderByColumns(blocks, geometry.columns);
    const rank = new Map(order.map((id, i) => [id, i]));
    const indexed = draft.units.map((unit, i) => ({ unit, i, rank: rank.get(blockOf.get(unit.lineIds[0] ?? '') ?? '') ?? Infinity }));
    const sorted = [...indexed].sort((a, b) => a.rank - b.rank || a.i - b.i);
    const moved = sorted.filter((entry, k) => entry.i !== k).length;
    if (moved === 0) return { draft, repairs: [] };
    const repair = makeRepair({
      pass: 'orderBlocksByLayout',
      kind: 'reorder-blocks',
      reason: `Read the ${blocks.length} blocks column by column: the file declares no reading order and its own order went back up a column or to a column on the left ${backward} time(s).`,
      // Many steps against the columns: the file order is clearly wrong, the geometry is safer.
      confidence: Math.min(0.85, 0.5 + backward / blocks.length),
      lineIds: draft.units.flatMap((u) => u.lineIds),
      before: blocksText(indexed.map((e) => e.unit), blockOf),
      after: blocksText(sorted.map((e) => e.unit), blockOf),
      evidence: { blocks: blocks.length, backwardSteps: backward, columns: geometry.columns.length, linesMoved: moved },
    });
    if (!ctx.applies(repair)) return { draft, repairs: [] };
    return { draft: { ...draft, units: withBlockGaps(sorted.map((e) => e.unit), blockOf) }, repairs: [repair] };
  },
};

function blockIds(page: Page): Map<string, string> {
  return new Map(page.lines.filter((l) => l.block).map((l) => [l.id, (l.block as NonNullable<SourceLine['block']>).id]));
}

/** Every block's extent, in file order. */
function placedBlocks(page: Page): PlacedBlock[] {
  const byId = new Map<string, { id: string; left: number; right: number; top: number; bottom: number }>();
  for (const line of page.lines) {
    if (!line.block || !line.box) continue;
    const { x, y, w, h } = line.box;
    const had = byId.get(line.block.id);
    if (had) {
      had.left = Math.min(had.left, x);
      had.right = Math.max(had.right, x + w);
      had.top = Math.min(had.top, y);
      had.bottom = Math.max(had.bottom, y + h);
    } else byId.set(line.block.id, { id: line.block.id, left: x, right: x + w, top: y, bottom: y + h });
  }
  return [...byId.values()];
}

/** The first lines of each block, for the editor to see what moved. */
function blocksText(units: readonly DraftUnit[], blockOf: ReadonlyMap<string, string>): string {
  const firsts: string[] = [];
  let last: string | undefined;
  for (const unit of units) {
    const block = blockOf.get(unit.lineIds[0] ?? '');
    if (block !== last) firsts.push(unit.text);
    last = block;
  }
  return firsts.join('\n');
}

/** Block starts keep the gap a block start has; the page's first unit has none. */
function withBlockGaps(units: readonly DraftUnit[], blockOf: ReadonlyMap<string, string>): DraftUnit[] {
  const starts = units.filter((u, i) => i > 0 && u.gapBefore > 0).map((u) => u.gapBefore);
  const blockGap = starts.length ? Math.min(...starts) : 1;
  return units.map((unit, i) => {
    if (i === 0) return unit.gapBefore === 0 ? unit : { ...unit, gapBefore: 0 };
    const startsBlock = blockOf.get(unit.lineIds[0] ?? '') !== blockOf.get(units[i - 1]?.lineIds[0] ?? '');
    return startsBlock && unit.gapBefore === 0 ? { ...unit, gapBefore: blockGap } : unit;
  });
}
