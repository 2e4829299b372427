/**
 * A light guess at the language of a stretch of text, from its function words: enough to
 * pick hyphenation patterns and to know whether the English word list applies. Only words
 * that belong to a single one of the four languages count (`de`, `en`, `die`, `in` are
 * shared and say nothing).
 *
 * Wrong when: the text is too short or mostly names and figures (then the caller falls back
 * on the page's guess, and the page's on English), or a page mixes languages line by line.
 */
import type { Language } from './hyphenation';
import { LETTER, classesAt, unitsAt } from './lexicon-letters';

const FUNCTION_WORDS: Readonly<Record<Language, string>> = {
  en: 'the and of to is was that with for which this have has had were are from by at his her they their be been not or as on but will would said who all there when upon its it an',
  fr: 'le la les des du et est un une que qui dans pour pas sur au aux il ils elle ne se par ce cette sont avec son sa ses mais ou été leur nous vous même plus dont lui',
  de: 'der die das und ist nicht dem des ein eine einer zu mit von sich auf für im auch wird als nach bei aus sie es wie wurde werden hat haben sein war daß dass sind noch nur aber oder',
  nl: 'het een en van is niet dat op te zijn met voor die aan door werd bij ook om wordt naar hij zij er uit worden heeft hebben maar als dan deze nog tot zich geen wel den',
};

/** Each function word with the one language it marks; words of two languages are left out. */
const MARKS: ReadonlyMap<string, Language> = (() => {
  const seen = new Map<string, Language | null>();
  for (const [language, words] of Object.entries(FUNCTION_WORDS) as [Language, string][]) {
    for (const word of words.split(' ')) seen.set(word, seen.has(word) && seen.get(word) !== language ? null : language);
  }
  const marks = new Map<string, Language>();
  for (const [word, language] of seen) if (language) marks.set(word, language);
  return marks;
})();

const FUNCTION_WORD_SETS: ReadonlyMap<Language, ReadonlySet<string>> = new Map(
  (Object.entries(FUNCTION_WORDS) as [Language, string][]).map(([language, words]) => [language, new Set(words.split(' '))]),
);

/** Whether a lower-case word is one of the function words listed for `language` (`pour`, `the`). */
export function isFunctionWord(lowerWord: string, language: Language): boolean {
  return FUNCTION_WORD_SETS.get(language)?.has(lowerWord) ?? false;
}

/** Function-word counts per language. */
export type LanguageVotes = Readonly<Record<Language, number>>;

export function emptyVotes(): Record<Language, number> {
  return { en: 0, fr: 0, de: 0, nl: 0 };
}

/** Adds one lower-case word's vote, if it is a function word of one language. */
export function vote(votes: Record<Language, number>, lowerWord: string): void {
  const language = MARKS.get(lowerWord);
  if (language) votes[language] += 1;
}

/** The longest function word: a longer run of letters is no vote, and need not be cut out. */
const LONGEST_MARK = Math.max(...[...MARKS.keys()].map((word) => word.length));

/**
 * Counts the function words of `text`: its runs of letters (`\p{L}+`, once lower-cased), read
 * character by character. Asked at every line-end hyphen about the 400 characters before it;
 * matching them with a pattern made a match and a string of every word (3% of a batch page's
 * CPU, `--cpu-prof`), where only the few short enough to be function words need a string.
 */
export function countVotes(text: string): LanguageVotes {
  const votes = emptyVotes();
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i < lower.length; ) {
    const units = unitsAt(lower, i);
    if ((classesAt(lower, i, units) & LETTER) !== 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start <= LONGEST_MARK) vote(votes, lower.slice(start, i));
      start = -1;
    }
    i += units;
  }
  if (start >= 0 && lower.length - start <= LONGEST_MARK) vote(votes, lower.slice(start));
  return votes;
}

/**
 * The language with the most function words, when it has at least `minimum` of them and
 * clearly more than the runner-up; otherwise null (no guess).
 */
export function guessLanguage(votes: LanguageVotes, minimum = 3): Language | null {
  const ranked = (Object.entries(votes) as [Language, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [first, second] = ranked;
  if (!first || first[1] < minimum) return null;
  if (second && first[1] < second[1] * 1.5) return null;
  return first[0];
}
