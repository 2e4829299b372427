/**
 * moveTrailingHeadlines — a headline printed after its own article's text. Layout tools (and
 * pages: dev 002 prints `晋源区要办好十件民生实事` under the text it heads) sometimes set an
 * article's heading lines below it, straight before the next article, and groupArticles then
 * opens the next article with them. When the article above has no headline of its own and the
 * heading lines match its text clearly better than the text under them, they go up to it. The
 * page is read top-down, so a page where every headline trails its article is righted one
 * article after the other. An article above whose only heading is one line that does not
 * match its text (a label over a block, `关注县（市、区）两会`) may take the trailing headline
 * too: that line is then a section label.
 *
 * CJK pages only: character pairs make a headline's match with its own text plain; Latin
 * headlines share too few words with their text to be moved on that evidence alone.
 *
 * Wrong when: two neighbouring articles report one event and the headline below happens to
 * share more of the text above; the repair names both matches and can be rejected.
 */
import type { Repair } from '../model/repair';
import { makeRepair } from '../pipeline/context';
import type { Draft, DraftArticle, DraftUnit, Pass, UnitRole } from '../pipeline/draft';
import { createMatcher, type Matcher } from '../text/similarity';
import { stackRoles } from './group-articles';

/** How much better the heading lines must match the text above than the text below. */
const MARGIN = 0.2;
/** Fewest characters a heading needs to be matched on. */
const LEAST_CHARACTERS = 4;
const HEAD_ROLES: readonly UnitRole[] = ['kicker', 'headline', 'deck'];

export const moveTrailingHeadlines: Pass = {
  name: 'moveTrailingHeadlines',
  run(draft, ctx) {
    if (draft.page.script !== 'cjk' || !draft.articles || draft.articles.length < 2) return { draft, repairs: [] };
    const units = [...draft.units];
    const articles = [...draft.articles];
    const indexOf = new Map(units.map((u, k) => [u.id, k]));
    const bodyOf = (a: DraftArticle) => a.unitIds.map((id) => units[indexOf.get(id) ?? -1]).filter((u) => u?.role === 'body').map((u) => u?.text).join('\n');
    const matcher = createMatcher(articles.map(bodyOf), draft.page.script);
    const repairs: Repair[] = [];
    const least = ctx.thresholds.headlineMatch;
    for (let i = 1; i < articles.length; i++) {
      const above = articles[i - 1] as DraftArticle;
      const below = articles[i] as DraftArticle;
      const stack = printedStack(below, units, indexOf);
      if (stack.length === 0) continue;
      // Printed straight after the text above: the line before the stack is that article's.
      const before = units[(indexOf.get(stack[0]?.id ?? '') ?? 0) - 1];
      if (!before || !above.unitIds.includes(before.id)) continue;
      const own = above.unitIds.map((id) => units[indexOf.get(id) ?? -1] as DraftUnit).filter((u) => HEAD_ROLES.includes(u.role));
      const label = own.length === 1 && own[0]?.role === 'headline' ? (own[0] as DraftUnit) : null;
      if (own.length > 0 && !label) continue;
      const ownScore = label ? matcher.score(label.text, i - 1) : 0;
      if (label && ownScore >= least) continue;
      const top = topHead(stack, draft, matcher, i);
      if (!top) continue;
      const text = top.map((u) => u.text).join(' ');
      // `公告`, `通知`: a name for a kind of text, not its subject; it matches any notice.
      if ((text.match(/\p{Script=Han}/gu) ?? []).length < LEAST_CHARACTERS) continue;
      const up = matcher.score(text, i - 1);
      const down = matcher.score(text, i);
      if (up < least || up - down < MARGIN || (label && up - ownScore < MARGIN)) continue;
      const repair = makeRepair({
        pass: 'moveTrailingHeadlines',
        kind: 'attach-headline',
        reason:
          `Gave “${text}” to the article above it (starting “${firstWords(bodyOf(above))}”): printed straight after that article's text, ` +
          `it matches it (${pct(up)} of its weighted terms) far better than the text below it (${pct(down)})` +
          (label ? `; “${label.text}”, which matches that text poorly (${pct(ownScore)}), is taken as a section label over the block.` : '.'),
        confidence: Math.min(0.9, 0.5 + (up - down) / 2),
        lineIds: top.flatMap((u) => u.lineIds),
        before: text,
        after: text,
        evidence: { matchAbove: round(up), matchBelow: round(down), ...(label ? { labelMatch: round(ownScore) } : {}) },
      });
      if (!ctx.applies(repair)) continue;
      repairs.push(repair);
      const moved = new Set(top.map((u) => u.id));
      const setRole = (id: string, role: UnitRole) => {
        const k = indexOf.get(id) ?? -1;
        units[k] = { ...(units[k] as DraftUnit), role };
      };
      for (const [id, role] of stackRoles(top, draft.page)) setRole(id, role);
      if (label) setRole(label.id, 'section-label');
      // What stays over the article below is its own head now: its lowest line the headline.
      const rest = stack.filter((u) => !moved.has(u.id));
      const restRoles = rest.length ? stackRoles(rest, draft.page) : new Map<string, UnitRole>();
      for (const [id, role] of restRoles) setRole(id, role);
      const restHeads = rest.filter((u) => HEAD_ROLES.includes(restRoles.get(u.id) ?? 'body')).map((u) => u.id);
      const belowRest = below.unitIds.filter((id) => !moved.has(id) && !rest.some((u) => u.id === id));
      articles[i - 1] = { ...above, unitIds: [...top.map((u) => u.id), ...above.unitIds.filter((id) => id !== label?.id)] };
      articles[i] = { ...below, unitIds: [...restHeads, ...belowRest] };
    }
    return { draft: { ...draft, units, articles }, repairs };
  },
};

/**
 * The heading lines printed over an article's text, in page order: its own heads, and the
 * section labels straight above them (groupArticles keeps those out of the article).
 */
function printedStack(article: DraftArticle, units: readonly DraftUnit[], indexOf: ReadonlyMap<string, number>): DraftUnit[] {
  const heads: DraftUnit[] = [];
  for (const id of article.unitIds) {
    const unit = units[indexOf.get(id) ?? -1];
    if (!unit || !HEAD_ROLES.includes(unit.role)) break;
    heads.push(unit);
  }
  const first = indexOf.get(heads[0]?.id ?? article.unitIds[0] ?? '');
  if (first === undefined) return heads;
  const labels: DraftUnit[] = [];
  for (let k = first - 1; units[k]?.role === 'section-label'; k--) labels.unshift(units[k] as DraftUnit);
  return [...labels, ...heads];
}

/**
 * The lines at the top of the stack that make one head: the first line, or the first two when
 * they read as one (a kicker over a headline, a headline on two lines, a headline and its deck)
 * and the second also matches the article above better than the one below.
 */
function topHead(stack: readonly DraftUnit[], draft: Draft, matcher: Matcher, below: number): DraftUnit[] | null {
  const first = stack[0];
  if (!first) return null;
  const second = stack[1];
  if (second) {
    const pair = [first, second];
    const oneHead = ![...stackRoles(pair, draft.page).values()].includes('section-label');
    if (oneHead && matcher.score(second.text, below - 1) > matcher.score(second.text, below)) return pair;
  }
  return [first];
}

function firstWords(text: string): string {
  return text.length > 16 ? `${text.slice(0, 16)}…` : text;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const round = (x: number): number => Number(x.toFixed(2));
