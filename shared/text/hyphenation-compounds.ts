/**
 * Signals that a line-end hyphen belongs to a compound the language writes with a hyphen,
 * drawn from how each language builds such compounds and from the page's habits:
 *
 * - the word list itself writes the pair with a hyphen (`petit-fils`, `sommes-nous`);
 * - French enclitics after a verb or a demonstrative: `dit-on`, `ai-je`, `celui-ci`,
 *   `ce soir-là`, `lui-même`, `a-t-il`;
 * - a chain of words (`son-` + `in-law`, `vis-` + `à-vis`);
 * - the page's own habit: it prints other compounds with the same first or last part;
 * - prefixes that keep their hyphen before a word: English `self-`, `ex-`, `non-`; French
 *   `ex-`, `vice-`, `demi-`, `mi-`; Dutch `oud-`, `ex-`, `vice-`, `anti-`;
 * - English gerund compounds of the period (`dining-room`), which the list may spell solid.
 *
 * Each weighs more when the language's word list is there and says the solid form is no word
 * (`merci` is a word, so `mer-` + `ci` stays a break), and less without a list.
 *
 * Wrong when: OCR garbles the first half of a real break into a prefix or a verb (`ex-` +
 * `amen` for `examen` when the list lacks the form); a name ends in an enclitic (`Gil-les`).
 */
import type { Language } from './hyphenation';
import type { HyphenEvidence, Signal } from './hyphenation-evidence';
import { isFunctionWord } from './lexicon-language';

/** Words that follow a French verb or pronoun after a hyphen. */
const FRENCH_ENCLITICS = new Set('je tu il ils elle elles on nous vous ce ci là même mêmes moi toi lui leur leurs y en le la les t'.split(' '));
/**
 * Those of them that rarely end a word otherwise: without a list to say `meilleurs` and
 * `quelles` are words, `-les` and `-leurs` would keep real breaks.
 */
const FRENCH_ENCLITICS_ALONE = new Set('je tu il on nous vous ci là même mêmes moi toi t'.split(' '));

/**
 * The linking words in the middle of a chain of words (`son-in-law`, `vis-à-vis`,
 * `Sint-Jan-ten-Heerdt`, `Berg-und-Tal-Bahn`). A closed list: `impli-` + `que-t-il` is a
 * verb broken before its `-t-il`, though `que` is short.
 */
const CHAIN_LINKS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set('in of to for and the a at by on o'.split(' ')),
  fr: new Set('à au aux en de du des la le sur sous'.split(' ')),
  nl: new Set('en de in op van ter ten der te'.split(' ')),
  de: new Set('und zu in an der die das von am im'.split(' ')),
};

const OBJECT_PRONOUNS = new Set('le la les en y lui leur leurs'.split(' '));

/** Prefixes that keep their hyphen before a whole word (closed lists, lower case). */
const PREFIXES: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['self', 'ex', 'non', 'vice', 'quasi', 'pseudo', 'anti']),
  fr: new Set(['ex', 'vice', 'demi', 'semi', 'mi', 'quasi', 'pseudo', 'anti', 'non', 'arrière', 'néo']),
  nl: new Set(['ex', 'oud', 'vice', 'anti', 'pseudo', 'semi', 'quasi', 'non']),
  // German writes `Vizekanzler`, `Antisemit` solid; only `Ex-` keeps its hyphen.
  de: new Set(['ex']),
};

/** The compound signals on `a`-`b` (lower case), given the evidence already gathered. */
export function compoundSignals(a: string, b: string, e: HyphenEvidence): Signal[] {
  const signals: Signal[] = [];
  if (e.compoundInList) signals.push({ weight: 6, says: `the word list writes “${a}-${b}” with its hyphen` });
  // `son-` + `in-law`, `vis-` + `à-vis`: a short linking word between two hyphens is the
  // middle of a chain of words; no solid word ends on `in` before a hyphen.
  if (e.chained && CHAIN_LINKS[e.language].has(b)) {
    signals.push({ weight: 5, says: `“${b}” goes on with another hyphen, a chain of words` });
  }
  // With a list, a solid form it does not know is evidence; without one, the rule speaks softly.
  const solidUnknown = e.joinedInList === 0;
  // `boarding-` + `house`, `dining-` + `room`: period English joins a gerund to its noun with
  // a hyphen, though the list may spell the pair solid today. `king-` + `dom` is no gerund.
  if (e.language === 'en' && /^\p{L}{3,}ing$/u.test(a) && e.firstIsWord && e.secondIsWord && b.length > 2 && !isFunctionWord(b, 'en')) {
    signals.push({ weight: 3, says: `“${a}” is a gerund before a noun, as in a compound` });
  }
  if (e.joinedInList !== undefined && !solidUnknown) return signals;
  // Object pronouns hang on a verb (`prends-le`), never on a preposition (`sur-` + `la` is a break or noise).
  const afterFunctionWord = OBJECT_PRONOUNS.has(b) && isFunctionWord(a, 'fr');
  if (e.language === 'fr' && (solidUnknown ? FRENCH_ENCLITICS : FRENCH_ENCLITICS_ALONE).has(b) && a.length > 1 && !afterFunctionWord) {
    signals.push({ weight: solidUnknown ? 4 : 2, says: `“${b}” follows a verb or pronoun after a hyphen in French` });
  }
  // The page's habit: it prints `ex-consul`, so `ex-` + `minister` is likely one more. A shared
  // head needs a word after it: a page printing `Noord-Holland` still breaks `noord-` + `elijk`.
  const head = e.secondIsWord ? e.headOnPage : 0;
  if (head + e.tailOnPage > 0 && b.length > 2 && a.length > 1) {
    const habit = head ? `“${a}-”` : `“-${b}”`;
    const times = Math.max(head, e.tailOnPage);
    signals.push({ weight: times > 1 ? 3 : 1.5, says: `the page prints other compounds with ${habit}${times > 1 ? ` (${times}×)` : ''}` });
  }
  // The prefix must stand before a word: `ex-` + `cellent` is a break, `ex-` + `ministre` is not.
  if (PREFIXES[e.language].has(a) && b.length > 2 && e.secondIsWord) {
    signals.push({ weight: solidUnknown ? 4 : 3, says: `“${a}-” is a prefix that keeps its hyphen before a word` });
  }
  return signals;
}
