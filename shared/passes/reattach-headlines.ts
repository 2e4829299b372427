/**
 * reattachHeadlines — gives orphaned headlines back to their articles. Layout tools often
 * write headlines after their article, at the very end of the page, or two headlines'
 * halves on one line (`筑梦新时代 城建奋进新时代`). Each heading line with no body under it
 * goes to the article without a headline whose text it matches best (character pairs for
 * CJK, word stems for Latin, weighted by rarity). Whole lines are placed first, one head
 * per article: a two-part line whose halves both match one article is one headline, and a
 * kicker printed over its headline goes with it. Only what is left is split: a two-part
 * line whose halves match different articles. Parts that go to one article are joined in
 * page order. An article whose only heading is one line that does not match its text (a
 * label over a block, `关注县（市、区）两会`) may take an orphaned headline too; that line is
 * then a section label.
 *
 * Wrong when: two articles share their vocabulary (two reports of one press conference);
 * the confidence falls with the margin between the best and the second-best article.
 */
import type { Page, Script } from '../model/page';
import type { Repair } from '../model/repair';
import { makeRepair } from '../pipeline/context';
import type { DraftArticle, DraftUnit, Pass, UnitRole } from '../pipeline/draft';
import { coupletParts } from '../text/line-forms';
import { createMatcher } from '../text/similarity';
import { placeHeadlines, type Piece } from './headline-placement';
import { stackRoles } from './group-articles';

const HEAD_ROLES: readonly UnitRole[] = ['kicker', 'headline', 'deck'];

export const reattachHeadlines: Pass = {
  name: 'reattachHeadlines',
  run(draft, ctx) {
    const articles = draft.articles ?? [];
    const placed = new Set(articles.flatMap((a) => a.unitIds));
    const byId = new Map(draft.units.map((u) => [u.id, u]));
    const orphans = draft.units.filter((u) => u.role === 'heading' && !placed.has(u.id));
    if (orphans.length === 0) return { draft, repairs: [] };
    const least = ctx.thresholds.headlineMatch;
    const bodyOf = (a: DraftArticle) => a.unitIds.map((id) => byId.get(id)).filter((u) => u?.role === 'body').map((u) => u?.text).join('\n');
    const labels = labelHeads(articles, byId, bodyOf, draft.page.script, least);
    const targets = articles.filter((a) => labels.has(a.id) || !a.unitIds.some((id) => HEAD_ROLES.includes(byId.get(id)?.role ?? 'body')));
    if (targets.length === 0) return { draft, repairs: [] };

    const matcher = createMatcher(targets.map(bodyOf), draft.page.script);
    const pageIndex = new Map(draft.units.map((u, k) => [u.id, k]));
    const repairs: Repair[] = [];
    const given = new Map<string, Piece[]>();
    for (const { piece, target, confidence, margin, whole, withNeighbour } of placeHeadlines(orphans, pageIndex, matcher, targets.length, least, draft.page)) {
      const article = targets[target] as DraftArticle;
      const unit = piece.unit;
      const label = labels.get(article.id);
      const repair = makeRepair({
        pass: 'reattachHeadlines',
        kind: whole || piece.half === null ? 'attach-headline' : 'split-headline',
        reason:
          (whole || piece.half === null ? `Gave the orphaned headline “${piece.text}”` : `Split “${unit.text}” and gave its part “${piece.text}”`) +
          ` to the article starting “${firstWords(bodyOf(article))}”: ${Math.round(confidence * 100)}% of its weighted terms occur there${margin < 0.1 ? ', though another article comes close' : ''}` +
          (withNeighbour ? ', with the heading line printed next to it' : '') +
          (label ? `; “${label.text}” over that article matches its text poorly and is taken as a section label.` : '.'),
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
    const order = (p: Piece) => orphans.indexOf(p.unit);
    for (const pieces of given.values()) pieces.sort((a, b) => order(a) - order(b) || (a.half ?? 0) - (b.half ?? 0));

    const newUnits: DraftUnit[] = [];
    const taken = new Set<string>();
    const demoted = new Set<string>();
    const articlesOut = articles.map((article) => {
      const pieces = given.get(article.id);
      if (!pieces) return article;
      pieces.forEach((p) => taken.add(`${p.unit.id}:${p.half ?? 'all'}`));
      const heads = headUnits(pieces, draft.page);
      newUnits.push(...heads);
      const label = labels.get(article.id);
      if (label) demoted.add(label.id);
      return { ...article, unitIds: [...heads.map((u) => u.id), ...article.unitIds.filter((id) => id !== label?.id)] };
    });
    const units = draft.units.flatMap((u): DraftUnit[] => {
      if (demoted.has(u.id)) return [{ ...u, role: 'section-label' }];
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

/**
 * The articles whose only heading is one headline line sharing almost nothing with their
 * text: a label over a block of articles (`关注县（市、区）两会`), not their headline. CJK only,
 * where a headline's match with its own text is plain.
 */
function labelHeads(articles: readonly DraftArticle[], byId: ReadonlyMap<string, DraftUnit>, bodyOf: (a: DraftArticle) => string, script: Script, least: number): Map<string, DraftUnit> {
  const out = new Map<string, DraftUnit>();
  if (script !== 'cjk' || articles.length < 2) return out;
  const matcher = createMatcher(articles.map(bodyOf), script);
  articles.forEach((a, k) => {
    const heads = a.unitIds.map((id) => byId.get(id)).filter((u): u is DraftUnit => u !== undefined && HEAD_ROLES.includes(u.role));
    const only = heads[0];
    if (heads.length === 1 && only?.role === 'headline' && matcher.score(only.text, k) < least) out.set(a.id, only);
  });
  return out;
}

/**
 * The heading units an article gets from its pieces: whole lines keep the roles they have as
 * a stack (a two-part line over a headline is its kicker); parts of split lines make one headline.
 */
function headUnits(pieces: readonly Piece[], page: Page): DraftUnit[] {
  const first = pieces[0] as Piece;
  const wholeLines = pieces.every((p) => p.half === null);
  const roles = wholeLines && pieces.length > 1 ? stackRoles(pieces.map((p) => p.unit), page) : null;
  if (roles && ![...roles.values()].includes('section-label')) {
    return pieces.map((p) => ({ id: `${p.unit.id}#${roles.get(p.unit.id) ?? 'headline'}`, lineIds: p.unit.lineIds, text: p.text, role: roles.get(p.unit.id) ?? 'headline', gapBefore: 0 }));
  }
  return [
    {
      id: `${first.unit.id}#headline${first.half ?? ''}`,
      lineIds: [...new Set(pieces.flatMap((p) => p.unit.lineIds))],
      text: pieces.map((p) => p.text).join(' '),
      role: 'headline',
      gapBefore: 0,
    },
  ];
}

function firstWords(text: string): string {
  return text.length > 16 ? `${text.slice(0, 16)}…` : text;
}
