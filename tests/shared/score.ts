/**
 * The page metrics of shared/eval/score.py, in TypeScript, so a vitest test can hold a page
 * to the same bar the evaluation does. Same definitions, same matching, same normalisation:
 *
 *   body_acc   1 − character error rate of every article body (paragraphs joined by "\n"),
 *              summed over ground-truth articles (an unmatched article counts as all wrong)
 *   head_acc   share of ground-truth articles with a headline (or a kicker) whose matched
 *              prediction carries that text among kicker/headline/subheadline (white space
 *              and punctuation ignored), carries no other article's headline there, and is
 *              not padded with body text
 *   head_exact the same, but all three fields must equal the truth's, role by role
 *   para_f1    F1 of paragraphs reproduced exactly (white space ignored) in the matched article
 *   art_f1     F1 of article matching (a match needs body bigram similarity ≥ 0.5)
 *
 * Strings are compared by code point, as Python does.
 */
import type { Reconstruction } from '../../shared/model/reconstruction';

export interface ScoredArticle {
  readonly kicker?: string | null;
  readonly headline?: string | null;
  readonly subheadline?: string | null;
  readonly byline?: string | null;
  readonly paragraphs?: readonly string[];
  readonly jumps?: readonly string[];
}

export interface ScoredPage {
  readonly articles: readonly ScoredArticle[];
}

export interface PageScore {
  readonly body_acc: number;
  readonly head_acc: number;
  readonly head_exact: number;
  readonly para_f1: number;
  readonly art_f1: number;
}

/** What score.py --verbose prints per ground-truth article. */
export interface ArticleScore {
  readonly index: number;
  /** Index of the matched predicted article, or null. */
  readonly matched: number | null;
  /** Character error rate of the body (1 when unmatched). */
  readonly cer: number;
  readonly paragraphHits: number;
  readonly paragraphs: number;
  /** null when the truth has no heading to check. */
  readonly headOk: boolean | null;
}

const HEADING_KEYS = ['kicker', 'headline', 'subheadline'] as const;

export function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/\s+/gu, '');
}

export function normHead(s: string | null | undefined): string {
  return norm(s).replace(/\p{P}/gu, '');
}

/** Edit distance by code point (two rows of the DP table). */
export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length < y.length) return levenshtein(b, a);
  if (y.length === 0) return x.length;
  let prev = new Uint32Array(y.length + 1);
  let cur = new Uint32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (xi === y[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length] ?? 0;
}

function codeLength(s: string): number {
  return Array.from(s).length;
}

function bigrams(s: string): Set<string> {
  const n = Array.from(norm(s));
  const out = new Set<string>();
  for (let i = 0; i + 1 < n.length; i++) out.add(`${n[i]}${n[i + 1]}`);
  if (out.size === 0 && n.length > 0) out.add(n.join(''));
  return out;
}

export function body(a: ScoredArticle): string {
  return (a.paragraphs ?? []).join('\n');
}

function heading(a: ScoredArticle): string {
  return HEADING_KEYS.map((k) => normHead(a[k])).join('|');
}

function hasHeading(a: ScoredArticle): boolean {
  return HEADING_KEYS.some((k) => Boolean(a[k]));
}

/** score.py's heading_ok: the lenient attribution check. */
export function headingOk(a: ScoredArticle, p: ScoredArticle | null, others: readonly string[]): boolean {
  if (p === null) return false;
  const own = normHead(a.headline || a.kicker);
  const got = HEADING_KEYS.map((k) => normHead(p[k])).join('');
  const every = HEADING_KEYS.map((k) => normHead(a[k])).join('');
  if (!own || !got.includes(own) || codeLength(got) > 2 * codeLength(every) + 10) return false;
  return !others.some((o) => o && o !== own && !own.includes(o) && got.includes(o));
}

/** Greedy one-to-one matching by body bigram similarity (Dice), best pairs first. */
export function matchArticles(gt: readonly ScoredArticle[], pr: readonly ScoredArticle[]): Map<number, number> {
  const gb = gt.map((a) => bigrams(body(a)));
  const pb = pr.map((a) => bigrams(body(a)));
  const pairs: [number, number, number][] = [];
  gb.forEach((g, i) => {
    pb.forEach((p, j) => {
      if (g.size === 0 || p.size === 0) return;
      let inter = 0;
      for (const x of g) if (p.has(x)) inter++;
      if (inter > 0) pairs.push([(2 * inter) / (g.size + p.size), i, j]);
    });
  });
  // Python sorts the tuples (s, i, j) in reverse.
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const m = new Map<number, number>();
  for (const [s, i, j] of pairs) {
    if (s < 0.5 || usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    m.set(i, j);
  }
  return m;
}

export function scorePage(gt: ScoredPage, pr: ScoredPage): { page: PageScore; articles: ArticleScore[] } {
  const ga = gt.articles;
  const pa = pr.articles;
  const m = matchArticles(ga, pa);
  let dist = 0;
  let total = 0;
  let headOk = 0;
  let headN = 0;
  let exactOk = 0;
  const heads = ga.map((x) => normHead(x.headline || x.kicker));
  let paraHit = 0;
  let paraGt = 0;
  const paraPr = pa.reduce((n, a) => n + (a.paragraphs ?? []).length, 0);
  const articles: ArticleScore[] = [];
  ga.forEach((a, i) => {
    const gbody = body(a).replace(/[ \t]+/gu, ' ');
    const glen = codeLength(gbody);
    total += glen;
    const j = m.get(i);
    const p = j === undefined ? null : (pa[j] ?? null);
    let d = glen;
    let hits = 0;
    if (p !== null) {
      const pbody = body(p).replace(/[ \t]+/gu, ' ');
      d = levenshtein(gbody, pbody);
      dist += Math.min(d, glen);
      const pset = new Set((p.paragraphs ?? []).map((x) => norm(x)));
      hits = (a.paragraphs ?? []).filter((x) => pset.has(norm(x))).length;
      paraHit += hits;
    } else {
      dist += glen;
    }
    paraGt += (a.paragraphs ?? []).length;
    let ok: boolean | null = null;
    if (hasHeading(a)) {
      headN++;
      ok = headingOk(a, p, [...heads.slice(0, i), ...heads.slice(i + 1)]);
      if (ok) headOk++;
      if (p !== null && heading(a) === heading(p)) exactOk++;
    }
    articles.push({ index: i, matched: j ?? null, cer: d / Math.max(1, glen), paragraphHits: hits, paragraphs: (a.paragraphs ?? []).length, headOk: ok });
  });
  const artP = pa.length > 0 ? m.size / pa.length : 0;
  const artR = ga.length > 0 ? m.size / ga.length : 1;
  const pp = paraPr > 0 ? paraHit / paraPr : 0;
  const prr = paraGt > 0 ? paraHit / paraGt : 1;
  return {
    page: {
      body_acc: total > 0 ? 1 - dist / total : 1,
      head_acc: headN > 0 ? headOk / headN : 1,
      head_exact: headN > 0 ? exactOk / headN : 1,
      para_f1: pp + prr > 0 ? (2 * pp * prr) / (pp + prr) : 0,
      art_f1: artP + artR > 0 ? (2 * artP * artR) / (artP + artR) : 0,
    },
    articles,
  };
}

/** A reconstruction in the ground-truth shape (the GT fields of the JSON export). */
export function asScoredPage(rec: Reconstruction): ScoredPage {
  return {
    articles: rec.articles.map((a) => ({
      kicker: a.kicker?.text ?? null,
      headline: a.headline?.text ?? null,
      subheadline: a.subheadline?.text ?? null,
      byline: a.byline?.text ?? null,
      paragraphs: a.paragraphs.map((p) => p.text),
      jumps: a.jumps.map((j) => j.text),
    })),
  };
}
