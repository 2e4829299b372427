/**
 * reattachHeadlines — gives orphaned headlines back to their articles. Layout tools often
 * write headlines after their article, at the very end of the page, or two headlines'
 * halves on one line (`筑梦新时代 城建奋进新时代`). Each heading line with no body under it
 * goes to the article without a headline whose text it matches best (character pairs for
 * CJK, word stems for Latin, weighted by rarity); a two-part line is split when its halves
 * match different articles. Parts that go to one article are joined in page order.
 *
 * Wrong when: two articles share their vocabulary (two reports of one press conference);
 * the confidence falls with the margin between the best and the second-best article.
 */
import type { Repair } from '../model/repair';
import { makeRepair } from '../pipeline/context';
import type { DraftArticle, DraftUnit, Pass } from '../pipeline/draft';
import { coupletParts } from '../text/line-forms';
import { createMatcher, type Matcher } from '../text/similarity';


interface Piece {
  readonly unit: DraftUnit;
  readonly text: string;
  /** Which half of a two-part line, or null for a whole line. */
  readonly half: 0 | 1 | null;
}

export const reattachHeadlines: Pass = {
  name: 'reattachHeadlines',
  run(draft, ctx) {
    const articles = draft.articles ?? [];
    const placed = new Set(articles.flatMap((a) => a.unitIds));
    const byId = new Map(draft.units.map((u) => [u.id, u]));
    const orphans = draft.units.filter((u) => u.role === 'heading' && !placed.has(u.id));
    const targets = articles.filter((a) => !a.unitIds.some((id) => ['headline', 'kicker'].includes(byId.get(id)?.role ?? '')));
    if (orphans.length === 0 || targets.length === 0) return { draft, repairs: [] };

    const bodyOf = (a: DraftArticle) => a.unitIds.map((id) => byId.get(id)).filter((u) => u?.role === 'body').map((u) => u?.text).join('\n');
    const matcher = createMatcher(targets.map(bodyOf), draft.page.script);
    const repairs: Repair[] = [];
    const given = new Map<string, Piece[]>();
    for (const { piece, target, confidence, margin, whole } of placePieces(orphans, matcher, targets.length, ctx.thresholds.headlineMatch)) {
      const article = targets[target] as DraftArticle;
      const unit = piece.unit;
      const repair = makeRepair({
        pass: 'reattachHeadlines',
        kind: whole || piece.half === null ? 'attach-headline' : 'split-headline',
        reason:
          (whole || piece.half === null ? `Gave the orphaned headline “${piece.text}”` : `Split “${unit.text}” and gave its part “${piece.text}”`) +
          ` to the article starting “${firstWords(bodyOf(article))}”: ${Math.round(confidence * 100)}% of its weighted terms occur there${margin < 0.1 ? ', though another article comes close' : ''}.`,
        confidence: Math.min(0.95, 0.4 + confidence / 2 + margin),
        lineIds: unit.lineIds,
        before: unit.text,
        after: piece.text,
        detail: piece.half === null ? '' : String(piece.half),
        evidence: { match: Number(confidence.toFixed(2)), margin: Number(margin.toFixed(2)) },
      });
      if (!ctx.applies(repair)) continue;
      repairs.push(repair);
      given.set(article.id, [...(given.get(article.id) ?? []), piece]);
    }
    for (const pieces of given.values()) pieces.sort((a, b) => orphans.indexOf(a.unit) - orphans.indexOf(b.unit) || (a.half ?? 0) - (b.half ?? 0));

    const newUnits: DraftUnit[] = [];
    const taken = new Set<string>();
    const articlesOut = articles.map((article) => {
      const pieces = given.get(article.id);
      if (!pieces) return article;
      const unit: DraftUnit = {
        id: `${pieces[0]?.unit.id}#headline${pieces[0]?.half ?? ""}`,
        lineIds: [...new Set(pieces.flatMap((p) => p.unit.lineIds))],
        text: pieces.map((p) => p.text).join(' '),
        role: 'headline',
        gapBefore: 0,
      };
      pieces.forEach((p) => taken.add(`${p.unit.id}:${p.half ?? 'all'}`));
      newUnits.push(unit);
      return { ...article, unitIds: [unit.id, ...article.unitIds] };
    });
    const units = draft.units.flatMap((u): DraftUnit[] => {
      if (!orphans.includes(u)) return [u];
      if (taken.has(`${u.id}:all`) || (taken.has(`${u.id}:0`) && taken.has(`${u.id}:1`))) return [];
      const parts = coupletParts(u.text);
      if (parts && taken.has(`${u.id}:0`)) return [{ ...u, id: `${u.id}#1`, text: parts[1] }];
      if (parts && taken.has(`${u.id}:1`)) return [{ ...u, id: `${u.id}#0`, text: parts[0] }];
      return [u];
    });
    return { draft: { ...draft, units: [...units, ...newUnits], articles: articlesOut }, repairs };
  },
};

interface Placement {
  readonly piece: Piece;
  readonly target: number;
  readonly confidence: number;
  readonly margin: number;
  /** Both halves of a two-part line went to this article: it is one headline, not split. */
  readonly whole: boolean;
}

/** Most heading lines one orphaned headline is made of (two lines, or two halves). */
const MOST_PIECES = 2;

/**
 * Places the lines (and the halves of two-part lines) best match first, each article taking
 * at most two, so a strong match is not crowded out by a weak one that came first on the page.
 * `least` is the least match for a headline to be given to an article (a setting).
 */
function placePieces(orphans: readonly DraftUnit[], matcher: Matcher, count: number, least: number): Placement[] {
  const pieces: Piece[] = orphans.flatMap((unit): Piece[] => {
    const parts = coupletParts(unit.text);
    return parts ? parts.map((text, half) => ({ unit, text, half: half as 0 | 1 })) : [{ unit, text: unit.text, half: null }];
  });
  const scores = pieces.map((p) => Array.from({ length: count }, (_, t) => matcher.score(p.text, t)));
  const pairs = pieces.flatMap((_, p) => scores[p]?.map((score, t) => ({ p, t, score })) ?? []).filter((x) => x.score >= least);
  pairs.sort((a, b) => b.score - a.score || a.p - b.p || a.t - b.t);
  const placedPiece = new Map<number, number>();
  const load = new Map<number, number>();
  for (const { p, t } of pairs) {
    if (placedPiece.has(p) || (load.get(t) ?? 0) >= MOST_PIECES) continue;
    placedPiece.set(p, t);
    load.set(t, (load.get(t) ?? 0) + 1);
  }
  return [...placedPiece].map(([p, t]) => {
    const piece = pieces[p] as Piece;
    const row = scores[p] ?? [];
    const first = row[t] ?? 0;
    const second = Math.max(0, ...row.filter((_, i) => i !== t));
    const sibling = piece.half === null ? -1 : pieces.findIndex((q) => q.unit === piece.unit && q.half !== piece.half);
    const whole = sibling >= 0 && placedPiece.get(sibling) === t;
    return { piece, target: t, confidence: first, margin: first - second, whole };
  }).filter((x, _, all) => !(x.whole && x.piece.half === 1 && all.some((y) => y.whole && y.piece.unit === x.piece.unit && y.piece.half === 0)))
    .map((x) => (x.whole ? { ...x, piece: { unit: x.piece.unit, text: x.piece.unit.text, half: null } } : x));
}

function firstWords(text: string): string {
  return text.length > 16 ? `${text.slice(0, 16)}…` : text;
}
