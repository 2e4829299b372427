/**
 * Where a word may be hyphenated, by Liang's algorithm with TeX's patterns (the `hyphen`
 * package). Used as evidence, not as a rule: a compositor's break falls at a legal point,
 * while a compound's own hyphen often does not (`self|reliance` is not a legal break of
 * `selfreliance`, `allait|elle` not of `allaitelle`).
 *
 * Wrong when: the compositor followed other rules than the patterns (British etymological
 * breaks `know-ledge`, old German `Zuk-ker`), so a real line-end break looks illegal. For
 * that reason English asks both the American and the British patterns.
 */
import createHyphenator, { type Hyphenator } from 'hyphen';
import enGb from 'hyphen/patterns/en-gb.js';
import enUs from 'hyphen/patterns/en-us.js';
import fr from 'hyphen/patterns/fr.js';
// Traditional orthography: the archives hold mostly pre-1996 German.
import de from 'hyphen/patterns/de-1901.js';
import nl from 'hyphen/patterns/nl.js';

/** The page languages the engine tells apart (Latin script). */
export type Language = 'en' | 'fr' | 'de' | 'nl';

export const LANGUAGES: readonly Language[] = ['en', 'fr', 'de', 'nl'];

/** A private marker that never occurs in a word (the soft hyphen could). */
const MARK = '\u0001';

const options = { hyphenChar: MARK, minWordLength: 4, html: false } as const;

let hyphenators: ReadonlyMap<Language, readonly Hyphenator[]> | null = null;

/** Built on first use: creating them is cheap, but a CJK page never needs them. */
function hyphenatorsFor(language: Language): readonly Hyphenator[] {
  hyphenators ??= new Map<Language, readonly Hyphenator[]>([
    ['en', [createHyphenator(enUs, options), createHyphenator(enGb, options)]],
    ['fr', [createHyphenator(fr, options)]],
    ['de', [createHyphenator(de, options)]],
    ['nl', [createHyphenator(nl, options)]],
  ]);
  return hyphenators.get(language) ?? [];
}

/**
 * Break points already worked out, by language and word. The hyphenator sets up its text reader
 * for every word it is given (2% of a batch page's CPU, `--cpu-prof`), while the words broken at
 * line ends come back again and again across an archive's pages. Emptied when full, so that a
 * batch worker's memory stays flat; the hyphenators go with it, as each keeps every word it was
 * ever given in a cache of its own.
 */
const known = new Map<Language, Map<string, readonly number[]>>();
const WORDS_KEPT = 20_000;
let wordsKnown = 0;

/** The offsets (in UTF-16 units) at which `word` may be broken, ascending. */
export function breakPoints(word: string, language: Language): number[] {
  return [...knownBreakPoints(word, language)];
}

function knownBreakPoints(word: string, language: Language): readonly number[] {
  let words = known.get(language);
  if (words === undefined) {
    words = new Map();
    known.set(language, words);
  }
  let points = words.get(word);
  if (points === undefined) {
    if (wordsKnown >= WORDS_KEPT) {
      for (const kept of known.values()) kept.clear();
      wordsKnown = 0;
      hyphenators = null;
    }
    points = computeBreakPoints(word, language);
    words.set(word, points);
    wordsKnown++;
  }
  return points;
}

function computeBreakPoints(word: string, language: Language): number[] {
  const points = new Set<number>();
  for (const hyphenate of hyphenatorsFor(language)) {
    let offset = 0;
    for (const part of hyphenate(word).split(MARK).slice(0, -1)) {
      offset += part.length;
      points.add(offset);
    }
  }
  return [...points].sort((a, b) => a - b);
}

/** Whether the patterns of `language` allow a break of `word` after its first `at` units. */
export function isLegalBreak(word: string, at: number, language: Language): boolean {
  return knownBreakPoints(word, language).includes(at);
}
