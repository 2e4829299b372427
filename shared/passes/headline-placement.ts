/**
 * Where each orphaned heading line goes (reattachHeadlines): which article, whole or in
 * halves. Whole lines first, one head per article; the halves of what is left after.
 */
import type { Page } from '../model/page';
import type { DraftUnit } from '../pipeline/draft';
import { coupletParts } from '../text/line-forms';
import type { Matcher } from '../text/similarity';
import { bestAssignment } from '../text/best-assignment';
import { stackRoles } from './group-articles';

export interface Piece {
  readonly unit: DraftUnit;
  readonly text: string;
  /** Which half of a two-part line, or null for a whole line. */
  readonly half: 0 | 1 | null;
}

export interface Placement {
  readonly piece: Piece;
  readonly target: number;
  readonly confidence: number;
  readonly margin: number;
  /** Both halves of a two-part line went to this article: it is one headline, not split. */
  readonly whole: boolean;
  /** Taken with the line printed next to it, as one head (a kicker over its headline). */
  readonly withNeighbour: boolean;
}

/** Most heading pieces (lines, or halves of two-part lines) one article takes when lines are split. */
const MOST_PIECES = 2;
/**
 * How much better a neighbouring line must match the article than any other still without a
 * headline, to go with it as one head: `城建奋进新时代 太晋一体谱新篇` over `凝聚新力量 筑梦新时代`
 * shares `新时代` with the wrong article, and matches its own barely less.
 */
const NEIGHBOUR_MARGIN = 0.1;

/**
 * Places the orphaned heading lines. First whole lines, one per article, where every part of
 * the line matches that article (`least`, a setting): a two-part line whose halves match
 * different articles is not one headline. A line printed next to a placed
 * one goes with it when the two read as one head and it matches that article clearly best.
 * Then the halves of the lines left over, best match first, each article taking at most two
 * pieces in all, so a strong match is not crowded out by a weak one that came first.
 */
export function placeHeadlines(orphans: readonly DraftUnit[], pageIndex: ReadonlyMap<string, number>, matcher: Matcher, count: number, least: number, page: Page): Placement[] {
  const row = (text: string) => Array.from({ length: count }, (_, t) => matcher.score(text, t));
  const lineRows = orphans.map((u) => row(u.text));
  const partRows = orphans.map((u) => (coupletParts(u.text) ?? [u.text]).map(row));
  const fits = (k: number, t: number) => (partRows[k] ?? []).every((r) => (r[t] ?? 0) >= least);
  const out: Placement[] = [];
  const lineTarget = new Map<number, number>();
  const headed = new Set<number>();
  const wholePlacement = (k: number, t: number, withNeighbour: boolean): Placement => {
    const unit = orphans[k] as DraftUnit;
    const scores = lineRows[k] ?? [];
    const first = scores[t] ?? 0;
    return { piece: { unit, text: unit.text, half: null }, target: t, confidence: first, margin: first - Math.max(0, ...scores.filter((_, u) => u !== t)), whole: true, withNeighbour };
  };
  // One head per article, the page read as a whole: two lines that both fit one article best
  // are weighed against each other's second choice (`整合资源促发展` matches two articles
  // equally; `康复之光照童心 辅助之爱助残行` only one of them). Squared, a strong match counts
  // for more than two weak ones.
  const weights = orphans.map((_, k) => (lineRows[k] ?? []).map((s, t) => (s >= least && fits(k, t) ? s * s : null)));
  const chosen = bestAssignment(weights, count);
  const byMatch = chosen.map((t, k) => ({ k, t, s: t >= 0 ? (lineRows[k]?.[t] ?? 0) : 0 })).filter((c) => c.t >= 0);
  byMatch.sort((a, b) => b.s - a.s || a.k - b.k);
  for (const { k, t } of byMatch) {
    lineTarget.set(k, t);
    headed.add(t);
  }
  for (const { k, t } of byMatch) {
    out.push(wholePlacement(k, t, false));
    const j = neighbourOfOneHead(k, t);
    if (j !== null) {
      lineTarget.set(j, t);
      out.push(wholePlacement(j, t, true));
    }
  }

  function neighbourOfOneHead(k: number, t: number): number | null {
    const at = pageIndex.get(orphans[k]?.id ?? '') ?? -2;
    for (const j of [k - 1, k + 1]) {
      const unit = orphans[j];
      if (!unit || lineTarget.has(j) || Math.abs((pageIndex.get(unit.id) ?? -9) - at) !== 1 || !fits(j, t)) continue;
      const pair = j < k ? [unit, orphans[k] as DraftUnit] : [orphans[k] as DraftUnit, unit];
      if ([...stackRoles(pair, page).values()].includes('section-label')) continue;
      const scores = lineRows[j] ?? [];
      const elsewhere = Math.max(0, ...scores.filter((_, u) => u !== t && !headed.has(u)));
      if ((scores[t] ?? 0) >= elsewhere + NEIGHBOUR_MARGIN) return j;
    }
    return null;
  }

  const load = new Map<number, number>();
  for (const [k, t] of lineTarget) load.set(t, (load.get(t) ?? 0) + (partRows[k]?.length ?? 1));
  const left = orphans.filter((_, k) => !lineTarget.has(k));
  return [...out, ...placePieces(left, matcher, count, least, load)];
}

/** The halves (or whole lines) of the lines no whole placement took, best match first. */
function placePieces(orphans: readonly DraftUnit[], matcher: Matcher, count: number, least: number, load: Map<number, number>): Placement[] {
  const pieces: Piece[] = orphans.flatMap((unit): Piece[] => {
    const parts = coupletParts(unit.text);
    return parts ? parts.map((text, half) => ({ unit, text, half: half as 0 | 1 })) : [{ unit, text: unit.text, half: null }];
  });
  const scores = pieces.map((p) => Array.from({ length: count }, (_, t) => matcher.score(p.text, t)));
  const pairs = pieces.flatMap((_, p) => scores[p]?.map((score, t) => ({ p, t, score })) ?? []).filter((x) => x.score >= least);
  pairs.sort((a, b) => b.score - a.score || a.p - b.p || a.t - b.t);
  const placedPiece = new Map<number, number>();
  for (const { p, t } of pairs) {
    if (placedPiece.has(p) || (load.get(t) ?? 0) >= MOST_PIECES) continue;
    placedPiece.set(p, t);
    load.set(t, (load.get(t) ?? 0) + 1);
  }
  return [...placedPiece]
    .map(([p, t]) => {
      const piece = pieces[p] as Piece;
      const row = scores[p] ?? [];
      const first = row[t] ?? 0;
      const second = Math.max(0, ...row.filter((_, i) => i !== t));
      const sibling = piece.half === null ? -1 : pieces.findIndex((q) => q.unit === piece.unit && q.half !== piece.half);
      const whole = sibling >= 0 && placedPiece.get(sibling) === t;
      return { piece, target: t, confidence: first, margin: first - second, whole, withNeighbour: false };
    })
    .filter((x, _, all) => !(x.whole && x.piece.half === 1 && all.some((y) => y.whole && y.piece.unit === x.piece.unit && y.piece.half === 0)))
    .map((x) => (x.whole ? { ...x, piece: { unit: x.piece.unit, text: x.piece.unit.text, half: null } } : x));
}
