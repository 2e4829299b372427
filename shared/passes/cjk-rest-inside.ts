/**
 * For rejoinFragments: a CJK paragraph cut at a column end whose rest the page printed in the
 * middle of a neighbouring article (dev 002: the 晋源区 report runs on inside the next one).
 * The rest is a paragraph of that article that follows a finished sentence there and is plainly
 * about the cut article's subject, not its own; with it go the paragraphs after it that read
 * the same way, and the byline that closes them. The article they sat in then runs on into
 * the untitled text after that byline, which its own byline had cut off.
 *
 * Wrong when: two neighbouring articles report one subject, so a paragraph of the second
 * reads as well with the first; the margin between the two matches must be clear, and the
 * repair names both.
 */
import type { Repair } from '../model/repair';
import { makeRepair, type PassContext } from '../pipeline/context';
import type { Draft, DraftArticle, DraftUnit } from '../pipeline/draft';
import { startsWithDateline } from '../text/line-forms';
import { endsSentence, joinText } from '../text/script';
import { createMatcher } from '../text/similarity';

/** Interleaving happens between neighbours: the rest is looked for in the next article only. */
const NEIGHBOURS = 1;
/**
 * A paragraph's share of weighted terms found in an article is small (most of its terms are in
 * neither text): the rest must share at least twice as much with the cut article as with the
 * text around it, and a little more than nothing.
 */
const CLEARLY = 2;
const LEAST_DIFFERENCE = 0.05;
const HEAD_ROLES = new Set(['kicker', 'headline', 'deck']);

/** The fragment's rest inside a later article, joined back with what goes with it; null when none reads clearly better with it. */
export function joinRestInside(draft: Draft, fragment: DraftUnit, ai: number, ctx: PassContext, repairs: Repair[]): Draft | null {
  const articles = draft.articles ?? [];
  const byId = new Map(draft.units.map((u) => [u.id, u]));
  const unitsOf = (a: DraftArticle) => a.unitIds.map((id) => byId.get(id)).filter((u): u is DraftUnit => u !== undefined);
  const own = articles[ai] as DraftArticle;
  const ownText = unitsOf(own).filter((u) => u.role === 'body').map((u) => u.text).join('\n');
  for (let li = ai + 1; li < Math.min(articles.length, ai + 1 + NEIGHBOURS); li++) {
    const later = articles[li] as DraftArticle;
    const units = unitsOf(later);
    const body = units.filter((u) => u.role === 'body');
    // Weighed against the part of the later article printed before it, which is surely its own.
    const reads = (u: DraftUnit, here: string, k: number) => {
      const matcher = createMatcher([here, body.slice(0, k).map((b) => b.text).join('\n')], draft.page.script);
      return { here: matcher.score(u.text, 0), there: matcher.score(u.text, 1) };
    };
    for (let k = 1; k < body.length; k++) {
      const rest = body[k] as DraftUnit;
      if (!endsSentence(body[k - 1]?.text ?? '') || startsWithDateline(rest.text) || !/[，。；,.;]/u.test(rest.text)) continue;
      const first = reads(rest, ownText, k);
      if (first.here < CLEARLY * first.there || first.here - first.there < LEAST_DIFFERENCE) continue;
      const at = units.indexOf(rest);
      const tail = units.slice(at + 1);
      // The later article ends with a byline and untitled text follows it: that byline closed
      // the cut article, whose rest runs on to it; the later article goes on after it.
      const closedByRest = units[units.length - 1]?.role === 'byline' && untitledAfter(articles[li + 1], byId);
      if (closedByRest) return moveBack(draft, fragment, own, later, [rest, ...tail.filter((u) => u.role === 'body')], tail.find((u) => u.role === 'byline'), first, ctx, repairs, tail);
      // Otherwise the paragraphs after it that read better with the cut article, with what came back so far.
      const run = [rest];
      for (const u of tail) {
        if (u.role !== 'body') break;
        const r = reads(u, [ownText, ...run.map((x) => x.text)].join('\n'), k);
        if (r.here <= r.there) break;
        run.push(u);
      }
      return moveBack(draft, fragment, own, later, run, undefined, first, ctx, repairs, run.slice(1));
    }
  }
  return null;
}

/** An article with no heading whose text opens with no dateline: the run-on of the one before. */
function untitledAfter(article: DraftArticle | undefined, byId: ReadonlyMap<string, DraftUnit>): boolean {
  if (!article) return false;
  const units = article.unitIds.map((id) => byId.get(id)).filter((u): u is DraftUnit => u !== undefined);
  const first = units.find((u) => u.role === 'body');
  return first !== undefined && !units.some((u) => HEAD_ROLES.has(u.role)) && !startsWithDateline(first.text);
}

function moveBack(draft: Draft, fragment: DraftUnit, own: DraftArticle, later: DraftArticle, run: readonly DraftUnit[], closing: DraftUnit | undefined, match: { here: number; there: number }, ctx: PassContext, repairs: Repair[], moved: readonly DraftUnit[]): Draft | null {
  const rest = run[0] as DraftUnit;
  const text = joinText(fragment.text, rest.text, draft.page.script);
  const repair = makeRepair({
    pass: 'rejoinFragments',
    kind: 'rejoin-fragment',
    reason:
      `Joined “…${fragment.text.slice(-10)}” with “${rest.text.slice(0, 10)}…”, printed inside the next article: the paragraph stops mid-sentence, ` +
      `and that one follows a finished sentence and reads with this article (${pct(match.here)} of its weighted terms) far better than with the one around it (${pct(match.there)})` +
      (moved.length ? `; the ${moved.length} block(s) after it that read the same way came back with it.` : '.'),
    confidence: Math.min(0.85, 0.5 + (match.here - match.there) / 2),
    lineIds: [...fragment.lineIds, ...rest.lineIds],
    before: `${fragment.text}\n${rest.text}`,
    after: text,
    evidence: { matchHere: round(match.here), matchThere: round(match.there), blocksMoved: moved.length },
  });
  if (!ctx.applies(repair)) return null;
  repairs.push(repair);
  const joined: DraftUnit = { ...fragment, lineIds: [...fragment.lineIds, ...rest.lineIds], text };
  const units = draft.units.filter((u) => u.id !== rest.id).map((u) => (u.id === fragment.id ? joined : u));
  const goes = new Set([rest.id, ...moved.map((u) => u.id)]);
  const cut = own.unitIds.indexOf(fragment.id);
  let articles = (draft.articles ?? []).map((a) => {
    if (a === own) return { ...a, unitIds: [...a.unitIds.slice(0, cut + 1), ...moved.map((u) => u.id), ...a.unitIds.slice(cut + 1)] };
    if (a === later) return { ...a, unitIds: a.unitIds.filter((id) => !goes.has(id)) };
    return a;
  });
  if (closing) articles = runOnPastByline(articles, later, units, repair, ctx, repairs);
  return { ...draft, units, articles };
}

/**
 * The byline that went back had ended the article it was printed in, and the text after it
 * was opened as an article of its own: with no heading and no dateline, it goes on that article.
 */
function runOnPastByline(articles: DraftArticle[], later: DraftArticle, units: readonly DraftUnit[], joined: Repair, ctx: PassContext, repairs: Repair[]): DraftArticle[] {
  const li = articles.findIndex((a) => a.id === later.id);
  const host = articles[li];
  const next = articles[li + 1];
  if (!host || !next) return articles;
  const byId = new Map(units.map((u) => [u.id, u]));
  const nextUnits = next.unitIds.map((id) => byId.get(id)).filter((u): u is DraftUnit => u !== undefined);
  const firstBody = nextUnits.find((u) => u.role === 'body');
  if (!firstBody || nextUnits.some((u) => HEAD_ROLES.has(u.role)) || startsWithDateline(firstBody.text)) return articles;
  const repair = makeRepair({
    pass: 'rejoinFragments',
    kind: 'reorder-fragment',
    reason: `Kept “${firstBody.text.slice(0, 12)}…” in the article before it: the byline that had ended that article belongs to the one whose text came back, and this text has no heading or dateline of its own.`,
    confidence: 0.6,
    lineIds: nextUnits.flatMap((u) => u.lineIds),
    before: '',
    after: '',
    dependsOn: [joined.id],
  });
  if (!ctx.applies(repair)) return articles;
  repairs.push(repair);
  const out = [...articles];
  out[li] = { ...host, unitIds: [...host.unitIds, ...next.unitIds] };
  out.splice(li + 1, 1);
  return out;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const round = (x: number): number => Number(x.toFixed(2));
