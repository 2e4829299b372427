/**
 * linkJumps — joins an article that jumps (`(下转第4版)`, `Continued on Page 4`, `See FIRE,
 * Page 2`) to its continuation: an article on the named page whose own jump line says it
 * comes from this page (`(上接第1版)`, `Continued from Page 1`, `FIRE, from Page 1`),
 * confirmed by the keyword, the headline or the text the two parts share. Each link is a
 * `link-jump` repair; a rejected one is left undone (and the next best candidate, if any,
 * is tried).
 *
 * When it is wrong: two continuations from the same page on one target page, with no keyword
 * and little text in common: the better-matching one is picked, with a lower confidence that
 * says so. No candidate, or none that shares anything with the first part: no link.
 */
import type { Script } from '../model/page';
import type { Repair, RepairId } from '../model/repair';
import { createMatcher, type Matcher } from '../text/similarity';
import type { ArticlePart, IssuePage, JumpLine, JumpLink } from './issue';
import { bodyParagraphs, headingSpans } from './find-jump-lines';

/**
 * A link's repair id (`linkJumps/link-jump:…`): the page engine never makes one, so a rejected
 * link can sit among a page's rejections without changing the page's own rebuild.
 */
export const isLinkRepairId = (id: RepairId): boolean => id.startsWith('linkJumps/');

/** Below this share of matching terms (and with no keyword match) a candidate is not confirmed. */
export const MIN_CONFIRMATION = 0.12;

export interface PagedParts {
  readonly page: IssuePage;
  readonly parts: readonly ArticlePart[];
}

export interface LinkResult {
  readonly links: readonly JumpLink[];
  readonly repairs: readonly Repair[];
  readonly declined: readonly Repair[];
}

interface Candidate {
  readonly target: PagedParts;
  readonly part: ArticlePart;
  readonly jump: JumpLine;
  readonly score: number;
  readonly evidence: string;
}

const key = (pageId: string, articleId: string): string => `${pageId}:${articleId}`;

function headlineOf(part: ArticlePart): string {
  return headingSpans(part).filter((h) => h.field !== 'byline').map((h) => h.span.text).join(' ');
}

function bodyOf(part: ArticlePart): string {
  return bodyParagraphs(part).map((p) => p.text).join('\n');
}

function sameKeyword(a: string | undefined, b: string | undefined): boolean | null {
  if (a === undefined || b === undefined) return null;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

/** All parts of the issue, indexed once, so IDF weights come from the whole issue. */
function issueMatcher(pages: readonly PagedParts[], script: Script): { matcher: Matcher; indexOf: Map<string, number> } {
  const indexOf = new Map<string, number>();
  const texts: string[] = [];
  for (const { page, parts } of pages) {
    for (const part of parts) {
      indexOf.set(key(page.page.id, part.article.id), texts.length);
      texts.push(`${headlineOf(part)}\n${bodyOf(part)}`);
    }
  }
  return { matcher: createMatcher(texts, script), indexOf };
}

function scoreCandidate(source: { page: IssuePage; part: ArticlePart; jump: JumpLine }, target: PagedParts, part: ArticlePart, jump: JumpLine, m: ReturnType<typeof issueMatcher>): Candidate | null {
  const keyword = sameKeyword(source.jump.keyword, jump.keyword);
  if (keyword === false) return null;
  const targetIndex = m.indexOf.get(key(target.page.page.id, part.article.id)) ?? -1;
  const sourceIndex = m.indexOf.get(key(source.page.page.id, source.part.article.id)) ?? -1;
  const sourceHead = headlineOf(source.part);
  const targetHead = headlineOf(part);
  const headline = Math.max(sourceHead === '' ? 0 : m.matcher.score(sourceHead, targetIndex), targetHead === '' ? 0 : m.matcher.score(targetHead, sourceIndex));
  const text = m.matcher.score(bodyOf(source.part), targetIndex);
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  if (keyword === true) return { target, part, jump, score: 1, evidence: `both jump lines name the keyword ${jump.keyword ?? ''}` };
  const score = Math.max(headline, text);
  const evidence = headline >= text ? `the headline's terms recur in the other part (${pct(headline)}, weighted by rarity)` : `the two parts share ${pct(text)} of their terms, weighted by rarity`;
  return { target, part, jump, score, evidence };
}

/** `candidates`: every article on the target page whose jump line points back, best first. */
function linkRepair(source: { page: IssuePage; part: ArticlePart; jump: JumpLine }, candidates: readonly Candidate[], rank: number): Repair {
  const chosen = candidates[rank] as Candidate;
  const others = candidates.length - 1;
  const from = source.page;
  const to = chosen.target.page;
  const single = others === 0;
  // Among several, the lead over the runner-up is what makes the choice safe.
  const margin = chosen.score - (candidates.find((c) => c !== chosen)?.score ?? 0);
  const confidence = single ? 0.7 + 0.25 * Math.min(1, chosen.score / 0.4) : rank === 0 ? 0.45 + 0.25 * Math.min(1, margin / 0.3) : 0.35;
  const head = headlineOf(source.part);
  const choice = single
    ? `the only article on page ${to.number} that says it comes from page ${from.number}`
    : rank === 0
      ? `the best match of ${others + 1} articles on page ${to.number} that say they come from page ${from.number}`
      : `match ${rank + 1} of ${others + 1} articles on page ${to.number} that say they come from page ${from.number} (a better one was rejected or taken)`;
  return {
    id: `linkJumps/link-jump:${from.page.id}:${source.jump.lineIds[0] ?? ''}->${to.page.id}:${chosen.jump.lineIds[0] ?? ''}`,
    pass: 'linkJumps',
    kind: 'link-jump',
    reason: `Joined ${head === '' ? 'the article' : `“${head}”`} on page ${from.number} (“${source.jump.text}”) to its continuation on page ${to.number} (“${chosen.jump.text}”): ${choice}; ${chosen.evidence}.`,
    confidence: Math.round(confidence * 100) / 100,
    lineIds: [...source.jump.lineIds, ...chosen.jump.lineIds],
    before: source.jump.text,
    after: `${source.jump.text} → ${chosen.jump.text}`,
    evidence: {
      fromPage: from.page.id,
      fromPageNumber: from.number,
      fromArticle: source.part.article.id,
      fromLines: source.jump.lineIds.join(','),
      toPage: to.page.id,
      toPageNumber: to.number,
      toArticle: chosen.part.article.id,
      toLines: chosen.jump.lineIds.join(','),
      score: Math.round(chosen.score * 1000) / 1000,
      candidates: others + 1,
    },
  };
}

/** Links every jump out to its continuation; `rejected` link ids are left undone. */
export function linkJumps(pages: readonly PagedParts[], rejected: ReadonlySet<RepairId>): LinkResult {
  const script = pages[0]?.page.page.script ?? 'latin';
  const m = issueMatcher(pages, script);
  const byNumber = new Map(pages.map((p) => [p.page.number, p]));
  const next = new Map<string, string>();
  const taken = new Set<string>();
  const links: JumpLink[] = [];
  const repairs: Repair[] = [];
  const declined: Repair[] = [];
  for (const from of pages) {
    for (const part of from.parts) {
      const sourceKey = key(from.page.page.id, part.article.id);
      for (const jump of part.jumpLines) {
        if (next.has(sourceKey) || jump.direction !== 'to' || jump.page === null || jump.page === from.page.number) continue;
        const target = byNumber.get(jump.page);
        if (target === undefined) continue;
        const source = { page: from.page, part, jump };
        const candidates = target.parts
          .flatMap((p) => p.jumpLines.filter((j) => j.direction === 'from' && j.page === from.page.number).map((j) => scoreCandidate(source, target, p, j, m)))
          .filter((c): c is Candidate => c !== null)
          .sort((a, b) => b.score - a.score);
        for (const [rank, chosen] of candidates.entries()) {
          const targetKey = key(target.page.page.id, chosen.part.article.id);
          if (chosen.score < MIN_CONFIRMATION) break;
          if (taken.has(targetKey) || closesCycle(next, targetKey, sourceKey)) continue;
          const repair = linkRepair(source, candidates, rank);
          if (rejected.has(repair.id)) {
            declined.push(repair);
            continue;
          }
          next.set(sourceKey, targetKey);
          taken.add(targetKey);
          repairs.push(repair);
          links.push({
            repairId: repair.id,
            from: { pageId: from.page.page.id, articleId: part.article.id, jump },
            to: { pageId: target.page.page.id, articleId: chosen.part.article.id, jump: chosen.jump },
            confidence: repair.confidence,
          });
          break;
        }
      }
    }
  }
  return { links, repairs, declined };
}

/** True when following the links on from `start` comes back to `end`: linking would close a loop. */
function closesCycle(next: ReadonlyMap<string, string>, start: string, end: string): boolean {
  let at: string | undefined = start;
  for (let steps = 0; at !== undefined && steps <= next.size; steps++) {
    if (at === end) return true;
    at = next.get(at);
  }
  return false;
}
