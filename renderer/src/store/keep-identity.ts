/**
 * After a rebuild (a rejection, an undo, an edit), most articles and repairs come out equal to
 * what was shown before, but as new objects. Handing back the old objects where nothing changed
 * lets the memoised article views and repair rows skip: on a 300-article page a rejection
 * then re-renders the article it touched, not all 300 and their 1,600 repairs.
 */
import type { Article, OtherBlock, Reconstruction, TextSpan } from '../../../shared/model/reconstruction';
import type { Repair } from '../../../shared/model/repair';

/** `next`, with every article, other block and repair equal to one in `previous` replaced by it. */
export function keepIdentity(previous: Reconstruction | null, next: Reconstruction): Reconstruction {
  if (!previous || previous === next || previous.pageId !== next.pageId) return next;
  const articles = reuse(previous.articles, next.articles, sameArticle);
  const other = reuse(previous.other, next.other, sameOther);
  const repairs = reuse(previous.repairs, next.repairs, sameRepair);
  const declined = reuse(previous.declined, next.declined, sameRepair);
  return { ...next, articles, other, repairs, declined };
}

function reuse<T extends { readonly id: string }>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean): readonly T[] {
  const byId = new Map(before.map((item) => [item.id, item]));
  let changed = before.length !== after.length;
  const kept = after.map((item, i) => {
    const old = byId.get(item.id);
    const result = old && same(old, item) ? old : item;
    if (result !== before[i]) changed = true;
    return result;
  });
  // The very same list when nothing moved, so a component that takes the list skips too.
  return changed ? kept : before;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameSpan(a: TextSpan | null, b: TextSpan | null): boolean {
  if (a === b) return true;
  return a !== null && b !== null && a.text === b.text && sameIds(a.lineIds, b.lineIds);
}

function sameArticle(a: Article, b: Article): boolean {
  return (
    sameSpan(a.kicker, b.kicker) &&
    sameSpan(a.headline, b.headline) &&
    sameSpan(a.subheadline, b.subheadline) &&
    sameSpan(a.byline, b.byline) &&
    a.paragraphs.length === b.paragraphs.length &&
    a.paragraphs.every((p, i) => p.id === b.paragraphs[i]?.id && sameSpan(p, b.paragraphs[i] ?? null)) &&
    a.jumps.length === b.jumps.length &&
    a.jumps.every((j, i) => sameSpan(j, b.jumps[i] ?? null))
  );
}

function sameOther(a: OtherBlock, b: OtherBlock): boolean {
  return a.kind === b.kind && a.note === b.note && sameSpan(a, b);
}

/** Repairs are compared on everything an export writes of them (the JSON export carries evidence). */
function sameRepair(a: Repair, b: Repair): boolean {
  return (
    a.pass === b.pass &&
    a.kind === b.kind &&
    a.reason === b.reason &&
    a.confidence === b.confidence &&
    a.before === b.before &&
    a.after === b.after &&
    sameIds(a.lineIds, b.lineIds) &&
    sameIds(a.dependsOn ?? [], b.dependsOn ?? []) &&
    JSON.stringify(a.boxes) === JSON.stringify(b.boxes) &&
    JSON.stringify(a.evidence) === JSON.stringify(b.evidence)
  );
}
