/**
 * How well a short text (a headline) matches a long one (an article): the share of the
 * headline's terms found in the article, each weighted by how rare it is among the
 * candidate articles. Terms are character pairs for CJK, word stems for Latin text.
 */
import type { Script } from '../model/page';
import { isIdeograph } from './script';

const STOPWORDS = new Set('the and for that with from this have were been their which will would there about into than them they what when where your also more some such only over after before other upon said shall these those dans pour avec sont sur une des les der die das und ist den dem von mit het een van voor zijn niet'.split(' '));

/** The terms of a text: CJK character pairs, or Latin word stems (first five letters). */
export function termsOf(text: string, script: Script): Set<string> {
  const terms = new Set<string>();
  if (script === 'cjk') {
    const chars = [...text];
    // Single ideographs too: a short headline shares few exact pairs with its article.
    for (const ch of chars) if (isIdeograph(ch)) terms.add(ch);
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = chars[i] as string;
      const b = chars[i + 1] as string;
      if ((isIdeograph(a) || /[\p{L}\d]/u.test(a)) && (isIdeograph(b) || /[\p{L}\d]/u.test(b))) terms.add(a + b);
    }
    return terms;
  }
  for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) if (!STOPWORDS.has(word)) terms.add(word.slice(0, 5));
  return terms;
}

export interface Matcher {
  /** 0–1: the weighted share of the short text's terms that occur in candidate `index`. */
  score(short: string, index: number): number;
}

/**
 * The terms of recent candidate texts. An editor's undo or a relink after a rejection asks
 * again about the very same article texts; their terms do not change, so they are not
 * recomputed. Bounded by the text it holds, not by entries: keys are whole articles, and
 * 4,096 of them kept a batch worker's heap growing by ~40 KB a page until it held ~350 MB
 * (`npm run bench:batch`, 10,000 pages). The cache is emptied when it is full.
 */
const candidateTerms = new Map<string, ReadonlySet<string>>();
/** About 4 MB of keys (UTF-16), plus their term sets: an issue's worth of articles. */
const CANDIDATE_CHARS_KEPT = 2_000_000;
let candidateChars = 0;

/**
 * Empties the cache of article terms. A batch worker sees each page once, so the cache only
 * costs it memory: it calls this after every page.
 */
export function forgetArticleTerms(): void {
  candidateTerms.clear();
  candidateChars = 0;
}

function termsOfCandidate(text: string, script: Script): ReadonlySet<string> {
  const key = `${script}\u0000${text}`;
  let terms = candidateTerms.get(key);
  if (terms === undefined) {
    if (candidateChars + key.length > CANDIDATE_CHARS_KEPT) {
      candidateTerms.clear();
      candidateChars = 0;
    }
    terms = termsOf(text, script);
    candidateTerms.set(key, terms);
    candidateChars += key.length;
  }
  return terms;
}

/** Prepares the candidates (article texts) once; scoring is then cheap. */
export function createMatcher(candidates: readonly string[], script: Script): Matcher {
  const sets = candidates.map((c) => termsOfCandidate(c, script));
  const df = new Map<string, number>();
  for (const set of sets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sets.length;
  const idf = (t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + 0.5));
  return {
    score(short, index) {
      const set = sets[index];
      if (!set) return 0;
      let total = 0;
      let found = 0;
      for (const t of termsOf(short, script)) {
        const w = Math.max(idf(t), 0.05);
        total += w;
        if (set.has(t)) found += w;
      }
      return total === 0 ? 0 : found / total;
    },
  };
}
