/**
 * rejoinFragments — a paragraph that stops mid-sentence was cut by a column or a jump; it
 * goes on in the next paragraph of its article, or, where the page printed other articles
 * in between, in a fragment further on. The continuation is chosen by sentence continuity
 * (a numbered list that goes on: `…四是…` → `…九是…`) and then by what the two are about.
 * When the continuation lies in a later article, that article's fragment (and its headline)
 * joins this one, and the paragraphs that had followed the cut go back to the article they
 * continue, by the same evidence.
 *
 * Wrong when: text is missing between the two fragments and another fragment happens to
 * share their vocabulary; the repair names the evidence, and can be rejected.
 */
import type { Repair } from '../model/repair';
import { makeRepair, type PassContext } from '../pipeline/context';
import type { Script } from '../model/page';
import type { Draft, DraftArticle, DraftUnit, Pass } from '../pipeline/draft';
import { continuesList } from '../text/enumeration';
import { hasRunInHead, isDateLine, isNoticeCloser, startsWithDateline } from '../text/line-forms';
import { endsSentence, joinText } from '../text/script';
import { createMatcher } from '../text/similarity';
import { declaredJoins } from '../layout/declared-joins';
import { joinRestInside } from './cjk-rest-inside';

/** How many articles further on a fragment's continuation is looked for. */
const LOOK_AHEAD = 8;


export const rejoinFragments: Pass = {
  name: 'rejoinFragments',
  run(draft, ctx) {
    const repairs: Repair[] = [];
    // The file's own joins first: they are the strongest evidence there is.
    let current = joinDeclared(draft, ctx, repairs);
    let from = 0;
    // Each step joins one fragment and goes on from the article it joined in: the articles
    // before it have no fragment left, so the whole page is read about once.
    for (;;) {
      const next = rejoinOne(current, ctx, repairs, from);
      if (!next) break;
      [current, from] = next;
    }
    return { draft: current, repairs };
  },
};

/** True when the editor rejected a join of the fragment's last line with the next one's first. */
function keptApart(fragment: DraftUnit, next: DraftUnit | undefined, ctx: PassContext): boolean {
  if (!next) return false;
  const last = fragment.lineIds[fragment.lineIds.length - 1];
  const first = next.lineIds[0];
  return ctx.declined.some((r) => (r.kind === 'join-lines' || r.kind === 'rejoin-fragment') && r.lineIds.includes(last ?? '') && r.lineIds.includes(first ?? ''));
}

function isFragment(unit: DraftUnit | undefined): unit is DraftUnit {
  if (!unit || unit.role !== 'body') return false;
  const text = unit.text;
  return !endsSentence(text) && /[，,；;、]/u.test(text) && !/[:：]$/u.test(text) && !isDateLine(text) && !isNoticeCloser(text);
}

/** Finds the first fragment still open from article `from` on and joins it; null when none is left. */
function rejoinOne(draft: Draft, ctx: PassContext, repairs: Repair[], from: number): [Draft, number] | null {
  const articles = draft.articles ?? [];
  const byId = new Map(draft.units.map((u) => [u.id, u]));
  const bodyOf = (a: DraftArticle) => a.unitIds.map((id) => byId.get(id)).filter((u): u is DraftUnit => u?.role === 'body');
  for (let ai = from; ai < articles.length; ai++) {
    const article = articles[ai] as DraftArticle;
    const body = bodyOf(article);
    for (const [pi, fragment] of body.entries()) {
      if (!isFragment(fragment)) continue;
      const next = body[pi + 1];
      // The editor kept these two apart, or the page itself opens a paragraph there.
      const following = keptApart(fragment, next, ctx) || next?.opensParagraph ? undefined : next;
      const elsewhere = articles
        .slice(ai + 1, ai + 1 + LOOK_AHEAD)
        .map((other, k) => ({ other, oi: ai + 1 + k, first: bodyOf(other)[0] }))
        .filter((c) => c.first !== undefined && !startsWithDateline(c.first.text));
      const texts = [following?.text ?? '', ...elsewhere.map((c) => c.first?.text ?? '')];
      const matcher = createMatcher(texts, draft.page.script);
      const nextScore = following ? matcher.score(fragment.text, 0) + (continuesList(fragment.text, following.text) ? 1 : 0) : 0;
      let best: (typeof elsewhere)[number] | null = null;
      let bestScore = 0;
      elsewhere.forEach((c, k) => {
        const score = matcher.score(fragment.text, k + 1) + (continuesList(fragment.text, c.first?.text ?? '') ? 1 : 0);
        if (score > bestScore) [best, bestScore] = [c, score];
      });
      const chosen = best as (typeof elsewhere)[number] | null;
      if (chosen?.first && bestScore >= nextScore + ctx.thresholds.moveFragmentMargin) {
        const why = `it goes on there (a list that continues, or the same subject), past ${bestScore >= 1 ? 'the numbered items printed between' : 'the text printed between'}`;
        const moved = joinElsewhere(draft, fragment, chosen.first, article, chosen.other, why, Math.min(0.9, 0.5 + bestScore / 3), ctx, repairs);
        if (moved) return [moved, Math.max(0, ai - LOOK_AHEAD)];
      }
      if (!following && draft.page.script === 'cjk' && pi === body.length - 1) {
        const inside = joinRestInside(draft, fragment, ai, ctx, repairs);
        if (inside) return [inside, ai];
      }
      // A paragraph the page itself opened inside a block (the line above stopped far short, no
      // gap between) is no continuation; after a gap, the block may have been cut mid-sentence.
      const within = !following && draft.page.script === 'latin' ? body.slice(pi + 1, pi + 1 + LOOK_AHEAD).find((u) => /^\p{Ll}/u.test(u.text) && !u.startsIndented && !(u.opensParagraph && u.gapBefore === 0) && !opensItem(u)) : undefined;
      if (within) {
        const joined = joinWithin(draft, fragment, within, article, ctx, repairs);
        if (joined) return [joined, Math.max(0, ai - LOOK_AHEAD)];
      }
      if (following) {
        const joined = joinUnits(draft, fragment, following, article, null, 'the paragraph stops mid-sentence and the next one goes on with it', 0.8, ctx, repairs);
        if (joined) return [joined, ai];
      }
    }
  }
  return null;
}

/**
 * Joins the paragraphs the file says run on from one region into another, where the lines
 * were not joined already (other text printed between, or in another article).
 */
function joinDeclared(draft: Draft, ctx: PassContext, repairs: Repair[]): Draft {
  let current = draft;
  for (const join of declaredJoins(draft.page).values()) {
    const unitOf = (line: string) => current.units.find((u) => u.lineIds.includes(line));
    const fragment = unitOf(join.lastLine);
    const continuation = unitOf(join.firstLine);
    if (!fragment || !continuation || fragment === continuation || fragment.role !== 'body' || continuation.role !== 'body') continue;
    // Only a paragraph's end and the next one's start make a join; a file that joins mid-paragraph is not followed.
    if (fragment.lineIds[fragment.lineIds.length - 1] !== join.lastLine || continuation.lineIds[0] !== join.firstLine) continue;
    const articles = current.articles ?? [];
    const ai = articles.findIndex((a) => a.unitIds.includes(fragment.id));
    const li = articles.findIndex((a) => a.unitIds.includes(continuation.id));
    if (ai < 0 || li < 0) continue;
    const why = `the file marks region ${join.from} as running on into region ${join.to} (a join relation)`;
    const evidence = { relation: 'join', from: join.from, to: join.to };
    const made = repairs.length;
    const next = ai === li ? joinUnits(current, fragment, continuation, articles[ai] as DraftArticle, null, why, 0.95, ctx, repairs) : li > ai ? joinElsewhere(current, fragment, continuation, articles[ai] as DraftArticle, articles[li] as DraftArticle, why, 0.95, ctx, repairs) : null;
    if (!next) continue;
    const joined = repairs[made];
    if (joined) repairs[made] = { ...joined, evidence };
    current = next;
  }
  return current;
}

function joinRepair(fragment: DraftUnit, continuation: DraftUnit, text: string, why: string, confidence: number): Repair {
  return makeRepair({
    pass: 'rejoinFragments',
    kind: 'rejoin-fragment',
    reason: `Joined “…${fragment.text.slice(-10)}” with “${continuation.text.slice(0, 10)}…”: ${why}.`,
    confidence,
    lineIds: [...fragment.lineIds, ...continuation.lineIds],
    before: `${fragment.text}\n${continuation.text}`,
    after: text,
  });
}

/** Joins the continuation onto the fragment (in the fragment's article) unless rejected. */
function joinUnits(draft: Draft, fragment: DraftUnit, continuation: DraftUnit, article: DraftArticle, from: DraftArticle | null, why: string, confidence: number, ctx: PassContext, repairs: Repair[]): Draft | null {
  const text = joinText(fragment.text, continuation.text, draft.page.script);
  const repair = joinRepair(fragment, continuation, text, why, confidence);
  if (!ctx.applies(repair)) return null;
  repairs.push(repair);
  const joined: DraftUnit = { ...fragment, lineIds: [...fragment.lineIds, ...continuation.lineIds], text };
  const units = draft.units.filter((u) => u.id !== continuation.id).map((u) => (u.id === fragment.id ? joined : u));
  const articles = (draft.articles ?? []).map((a) => (a === article || a === from ? { ...a, unitIds: a.unitIds.filter((id) => id !== continuation.id) } : a));
  return { ...draft, units, articles };
}

/**
 * The fragment goes on in a later article's first paragraph: that article is the rest of
 * this one. Its units join this article; what this article had after the fragment goes to
 * the earlier article it reads best with (or stays, if none reads better).
 */
function joinElsewhere(draft: Draft, fragment: DraftUnit, continuation: DraftUnit, article: DraftArticle, later: DraftArticle, why: string, confidence: number, ctx: PassContext, repairs: Repair[]): Draft | null {
  const joined = joinUnits(draft, fragment, continuation, article, later, why, confidence, ctx, repairs);
  if (!joined) return null;
  const articles = [...(joined.articles ?? [])];
  const ai = articles.findIndex((a) => a.id === article.id);
  const li = articles.findIndex((a) => a.id === later.id);
  const own = articles[ai] as DraftArticle;
  const rest = articles[li] as DraftArticle;
  const cut = own.unitIds.indexOf(fragment.id);
  const tail = own.unitIds.slice(cut + 1);
  const byId = new Map(joined.units.map((u) => [u.id, u]));
  // The later article's headings stand over the whole article; its body goes after the fragment.
  const restHeadings = rest.unitIds.filter((id) => byId.get(id)?.role !== 'body' && byId.get(id)?.role !== 'byline' && byId.get(id)?.role !== 'jump');
  const restBody = rest.unitIds.filter((id) => !restHeadings.includes(id));
  // Until a better home is found, the tail stays in this article, after the joined text.
  const merged: DraftArticle = { ...own, unitIds: [...restHeadings, ...own.unitIds.slice(0, cut + 1), ...restBody, ...tail] };
  articles.splice(li, 1);
  articles[ai] = merged;
  return { ...joined, articles: sendBack(tail, ai, articles, byId, draft.page.script, ctx, repairs) };
}

/**
 * Blocks printed in the middle of another article (`tail`) go back to the earlier article
 * they read best with, at its end, when that reads better than staying where they are.
 */
function sendBack(tail: readonly string[], ai: number, articles: DraftArticle[], byId: ReadonlyMap<string, DraftUnit>, script: Script, ctx: PassContext, repairs: Repair[], mustLeave = false): DraftArticle[] {
  const here = articles[ai];
  if (!here || tail.length === 0) return articles;
  // Text printed inside a cut sentence cannot be this article's: it goes to the earlier one it reads best with.
  if (mustLeave && ai > 0) {
    const earlier = articles.slice(Math.max(0, ai - LOOK_AHEAD), ai);
    const matcher = createMatcher(earlier.map((a) => a.unitIds.map((id) => byId.get(id)?.text ?? '').join('\n')), script);
    const tailText = tail.map((id) => byId.get(id)?.text ?? '').join('\n');
    let best = earlier.length - 1;
    earlier.forEach((_, k) => {
      if (matcher.score(tailText, k) > matcher.score(tailText, best)) best = k;
    });
    return moveTo(tail, here, earlier[best] as DraftArticle, articles, byId, ctx, repairs);
  }
  const tailText = tail.map((id) => byId.get(id)?.text ?? '').join('\n');
  // Interleaving happens between neighbours: look back as far as forward.
  const candidates = [here, ...articles.slice(Math.max(0, ai - LOOK_AHEAD), ai)];
  const matcher = createMatcher(candidates.map((a) => a.unitIds.filter((id) => !tail.includes(id)).map((id) => byId.get(id)?.text ?? '').join('\n')), script);
  let home = 0;
  candidates.forEach((_, k) => {
    if (matcher.score(tailText, k) > matcher.score(tailText, home)) home = k;
  });
  if (home === 0) return articles;
  return moveTo(tail, here, candidates[home] as DraftArticle, articles, byId, ctx, repairs);
}

function moveTo(tail: readonly string[], here: DraftArticle, target: DraftArticle, articles: DraftArticle[], byId: ReadonlyMap<string, DraftUnit>, ctx: PassContext, repairs: Repair[]): DraftArticle[] {
  const repair = makeRepair({
    pass: 'rejoinFragments',
    kind: 'reorder-fragment',
    reason: `Moved ${tail.length} block(s) starting “${(byId.get(tail[0] ?? '')?.text ?? '').slice(0, 12)}…” back to the article they continue: they share its subject, not the one printed around them.`,
    confidence: 0.6,
    lineIds: tail.flatMap((id) => byId.get(id)?.lineIds ?? []),
    before: '',
    after: '',
    dependsOn: [repairs[repairs.length - 1]?.id ?? ''],
  });
  if (!ctx.applies(repair)) return articles;
  repairs.push(repair);
  const out = [...articles];
  out[out.indexOf(here)] = { ...here, unitIds: here.unitIds.filter((id) => !tail.includes(id)) };
  const ti = out.indexOf(target);
  out[ti] = { ...target, unitIds: [...target.unitIds, ...tail] };
  return out;
}

/**
 * Latin text shows where a sentence goes on: a paragraph that opens in lower case, unindented,
 * continues one cut short. The fragment joins it, and what the page printed between the two
 * goes back to the article it belongs to.
 */
function joinWithin(draft: Draft, fragment: DraftUnit, continuation: DraftUnit, article: DraftArticle, ctx: PassContext, repairs: Repair[]): Draft | null {
  const cut = article.unitIds.indexOf(fragment.id);
  const at = article.unitIds.indexOf(continuation.id);
  const between = article.unitIds.slice(cut + 1, at);
  const joined = joinUnits(draft, fragment, continuation, article, null, 'the later paragraph opens in lower case, unindented: the sentence goes on there past the text printed between', 0.75, ctx, repairs);
  if (!joined) return null;
  const articles = [...(joined.articles ?? [])];
  const ai = articles.findIndex((a) => a.id === article.id);
  const byId = new Map(joined.units.map((u) => [u.id, u]));
  return { ...joined, articles: sendBack(between, ai, articles, byId, draft.page.script, ctx, repairs, true) };
}

/** Characters at a paragraph's start in which a run-in head (`Treaty.—The`) opens a new item. */
const RUN_IN_REACH = 40;

/**
 * A paragraph opened by a run-in head is a new item, however damaged its first letter: the OCR
 * often loses the capital of small-capital heads (`irk san Don)woo Trkatt?The Senate`), and the
 * lower case that is left must not read as the rest of a cut sentence.
 */
function opensItem(unit: DraftUnit): boolean {
  return hasRunInHead(unit.text.slice(0, RUN_IN_REACH));
}

