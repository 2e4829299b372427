/**
 * How well a short text (a headline) matches a long one (an article): the share of the
 * headline's terms found in the article, each weighted by how rare it is among the
 * candidate articles. Terms are character pairs for CJK, word stems for Latin text.
 */
import type { Script } from '../model/page';
import { IDEOGRAPH, LETTER, classesAt, unitsAt } from './lexicon-letters';

const STOPWORDS = new Set('the and for that with from this have were been their which will would there about into than them they what when where your also more some such only over after before other upon said shall these those dans pour avec sont sur une des les der die das und ist den dem von mit het een van voor zijn niet'.split(' '));
const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((word) => word.length));

/** Ideograph, letter or figure: a character that makes CJK terms with its neighbour. */
function countsInTerms(classes: number, text: string, i: number): boolean {
  if ((classes & (IDEOGRAPH | LETTER)) !== 0) return true;
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/** The terms of a text: CJK character pairs, or Latin word stems (first five letters). */
export function termsOf(text: string, script: Script): Set<string> {
  const terms = new Set<string>();
  if (script === 'cjk') {
    // Single ideographs too: a short headline shares few exact pairs with its article.
    // They come first, then the pairs: the order weights are summed in stays as it was.
    // Characters are looked up, not matched: spreading the text into a string per character
    // and running two patterns per pair made CJK terms 6% of a batch page's CPU (`--cpu-prof`).
    for (let i = 0; i < text.length; ) {
      const units = unitsAt(text, i);
      if ((classesAt(text, i, units) & IDEOGRAPH) !== 0) terms.add(text.slice(i, i + units));
      i += units;
    }
    // Pairs of neighbouring characters that are both ideographs, letters or figures.
    let previous = -1;
    for (let i = 0; i < text.length; ) {
      const units = unitsAt(text, i);
      const counts = countsInTerms(classesAt(text, i, units), text, i);
      if (counts && previous >= 0) terms.add(text.slice(previous, i + units));
      previous = counts ? i : -1;
      i += units;
    }
    return terms;
  }
  // The runs of three letters or more (`\p{L}{3,}` of the lower-cased text), read character by
  // character: a run longer than any stop word is no stop word, and needs no string of its own.
  const lower = text.toLowerCase();
  let start = -1;
  let letters = 0;
  for (let i = 0; i < lower.length; ) {
    const units = unitsAt(lower, i);
    if ((classesAt(lower, i, units) & LETTER) !== 0) {
      if (start < 0) {
        start = i;
        letters = 0;
      }
      letters++;
    } else if (start >= 0) {
      if (letters >= 3) addStem(terms, lower, start, i);
      start = -1;
    }
    i += units;
  }
  if (start >= 0 && letters >= 3) addStem(terms, lower, start, lower.length);
  return terms;
}

/** Adds the stem (first five letters) of the word from `start` to `end` of `text`, unless it is a stop word. */
function addStem(terms: Set<string>, text: string, start: number, end: number): void {
  if (end - start > LONGEST_STOPWORD) {
    terms.add(text.slice(start, start + 5));
    return;
  }
  const word = text.slice(start, end);
  if (!STOPWORDS.has(word)) terms.add(word.slice(0, 5));
}

export interface Matcher {
  /** 0–1: the weighted share of the short text's terms that occur in candidate `index`. */
  score(short: string, index: number): number;
}

/**
 * The terms of recent texts (the candidates, and the short texts scored against them), by
 * script. An editor's undo or a relink after a rejection asks again about the very same
 * article texts; their terms do not change, so they are not recomputed. Keyed by the text itself, not by script and text joined: a joined key is
 * a new string each time, flattened and hashed whole on every lookup, where the text keeps its
 * hash. Bounded by the text it holds, not by entries: keys are whole articles, and 4,096 of
 * them kept a batch worker's heap growing by ~40 KB a page until it held ~350 MB
 * (`npm run bench:batch`, 10,000 pages). The cache is emptied when it is full.
 */
const candidateTerms: Readonly<Record<Script, Map<string, ReadonlySet<string>>>> = { cjk: new Map(), latin: new Map() };
/** About 4 MB of keys (UTF-16), plus their term sets: an issue's worth of articles. */
const CANDIDATE_CHARS_KEPT = 2_000_000;
let candidateChars = 0;

/**
 * Empties the cache of article terms. A batch worker sees each page once, so the cache only
 * costs it memory: it calls this after every page.
 */
export function forgetArticleTerms(): void {
  candidateTerms.cjk.clear();
  candidateTerms.latin.clear();
  candidateChars = 0;
}

function termsOfCandidate(text: string, script: Script): ReadonlySet<string> {
  const cache = candidateTerms[script];
  let terms = cache.get(text);
  if (terms === undefined) {
    if (candidateChars + text.length > CANDIDATE_CHARS_KEPT) forgetArticleTerms();
    terms = termsOf(text, script);
    cache.set(text, terms);
    candidateChars += text.length;
  }
  return terms;
}

/**
 * Prepares the candidates (article texts) once; scoring is then cheap. A term's weight (its
 * rarity among the candidates) is counted when a short text first asks for it, not for every
 * term of every article up front: the short texts hold a few terms, the articles thousands.
 * Callers score one short text against each candidate in turn, so its terms are kept until
 * another short text comes.
 */
export function createMatcher(candidates: readonly string[], script: Script): Matcher {
  const sets = candidates.map((c) => termsOfCandidate(c, script));
  const n = sets.length;
  const weights = new Map<string, number>();
  const weightOf = (t: string): number => {
    let w = weights.get(t);
    if (w === undefined) {
      let df = 0;
      for (const set of sets) if (set.has(t)) df++;
      w = Math.max(Math.log((n + 1) / (df + 0.5)), 0.05);
      weights.set(t, w);
    }
    return w;
  };
  let lastShort: string | null = null;
  let shortTerms: readonly string[] = [];
  let shortWeights: readonly number[] = [];
  return {
    score(short, index) {
      const set = sets[index];
      if (!set) return 0;
      if (short !== lastShort) {
        lastShort = short;
        // Through the cache too: a pass that starts over after each change scores the same
        // paragraphs again with new matchers (rejoinFragments).
        shortTerms = [...termsOfCandidate(short, script)];
        shortWeights = shortTerms.map(weightOf);
      }
      let total = 0;
      let found = 0;
      for (let k = 0; k < shortTerms.length; k++) {
        const w = shortWeights[k] as number;
        total += w;
        if (set.has(shortTerms[k] as string)) found += w;
      }
      return total === 0 ? 0 : found / total;
    },
  };
}
