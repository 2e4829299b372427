/**
 * Weighs the evidence on a line-end hyphen when the page itself does not settle it: the
 * English word list, whether the halves are words, the case of the next line, and Liang's
 * break points. Each piece is a signal with a weight (positive: keep the hyphen) and the
 * words an editor reads in the repair's reason; the sum decides.
 *
 * The weights are set by argument, not fitted to a page: at line ends break hyphens far
 * outnumber real ones (the Overproof dev split has 269 breaks and no real one), so the prior
 * leans to joining, and only evidence that a break would hardly produce (a capital after the
 * hyphen, two words that do not make a word, a French break before a vowel) turns it.
 *
 * Wrong when: a compound is spelled solid today but hyphenated in its period (`to-day`,
 * `half-back`): the word list says "one word"; a name is made of word-like halves
 * (`White-man`); French function-word compounds (`pour-tant`) whose halves are words.
 */
import { isLegalBreak, type Language } from './hyphenation';
import { compoundSignals } from './hyphenation-compounds';
import { wordKey, type PageLexicon } from './lexicon';
import { englishWordSize } from './lexicon-english';
import { isFunctionWord } from './lexicon-language';
import { listKey, listedWords } from './lexicon-words';

/** SCOWL size up to which a half counts as a word of its own (50: the common vocabulary). */
const HALF_WORD_SIZE = 50;

/** What the decision looked at; kept on the repair as its evidence. */
export interface HyphenEvidence {
  readonly language: Language;
  /** Times the joined word stands whole on the page. */
  readonly joinedOnPage: number;
  /** Times the hyphenated compound stands within a line on the page. */
  readonly compoundOnPage: number;
  /**
   * Whether the language's word list holds the joined word: for English its SCOWL size, for
   * the others 1; 0 when it is not in the list; absent when the language has no list loaded.
   */
  readonly joinedInList?: number;
  /** The word list writes the two halves with the hyphen (`petit-fils`, `sommes-nous`). */
  readonly compoundInList?: boolean;
  readonly firstIsWord: boolean;
  readonly secondIsWord: boolean;
  /** The break is one of Liang's break points of the joined word. */
  readonly legalBreak: boolean;
  /** Times the page prints other compounds opening with the first half (`ex-`) or closing with the second (`-street`). */
  readonly headOnPage: number;
  readonly tailOnPage: number;
  /** The second half is followed by another hyphen (`son-` + `in-law`): a chain of words. */
  readonly chained: boolean;
}

/** One piece of evidence: positive weight for keeping the hyphen, negative for joining. */
export interface Signal {
  readonly weight: number;
  /** Completes "Kept the hyphen in …: " or "Re-joined … as …: ". */
  readonly says: string;
}

/**
 * Gathers the evidence on `first`-`second` (letters only) in `language`. `midSentence`: the
 * first half does not open a sentence, so a capital on it marks a name. `chained`: the next
 * line goes on `second-…` (`in-law`).
 */
export function gatherEvidence(first: string, second: string, language: Language, page: PageLexicon, midSentence = true, chained = false): HyphenEvidence {
  const joined = wordKey(first + second);
  const a = wordKey(first);
  const b = wordKey(second);
  const english = language === 'en';
  const list = english ? undefined : listedWords(language);
  const onPage = (w: string): boolean => w.length > 1 && (page.words.get(w) ?? 0) > 0;
  const lowerOnPage = (w: string): boolean => w.length > 1 && (page.words.get(w) ?? 0) > (page.capitalised.get(w) ?? 0);
  const inList = (w: string): boolean => w.length > 1 && (english ? (englishWordSize(w) ?? Infinity) <= HALF_WORD_SIZE : (list?.has(listKey(w)) ?? false));
  return {
    language,
    joinedOnPage: page.words.get(joined) ?? 0,
    compoundOnPage: page.compounds.get(`${a}-${b}`) ?? 0,
    ...(english ? { joinedInList: englishWordSize(joined) ?? 0 } : list ? { joinedInList: list.has(listKey(joined)) ? 1 : 0, compoundInList: list.has(listKey(`${a}-${b}`)) } : {}),
    // A capital inside a sentence most often starts a name (`Robin-son`, `Kirk-land`): the
    // list knows `robin` and `kirk`, but only the page printing them in lower case shows it
    // uses them as words (a page that names `Mr. Kirk` twice does not).
    firstIsWord: midSentence && isCapitalised(first) && !isUpperCase(first) ? lowerOnPage(a) : onPage(a) || inList(a),
    secondIsWord: onPage(b) || inList(b),
    legalBreak: isLegalBreak(joined, first.length, language),
    headOnPage: page.heads.get(a) ?? 0,
    tailOnPage: page.tails.get(b) ?? 0,
    chained,
  };
}

/** The signals for and against keeping the hyphen. */
export function weighEvidence(first: string, second: string, e: HyphenEvidence): Signal[] {
  const word = wordKey(first + second);
  const a = wordKey(first);
  const b = wordKey(second);
  const signals: Signal[] = [{ weight: -2, says: 'a hyphen at a line end is most often a break' }];
  // A capital is evidence only between word-like halves: OCR noise has random capitals
  // (`Towa-` + `Mnd`), and `Mc-` + `Kinley` is a name broken after its prefix.
  if (isCapitalised(second) && !isUpperCase(first + second) && hasVowel(first) && hasVowel(second)) {
    signals.push({ weight: 6, says: `the next line goes on with a capital (“${second}”), as a compound of names does` });
  }
  if (e.joinedInList !== undefined) {
    if (e.joinedInList > 0) signals.push({ weight: -3, says: `“${word}” is in the word list` });
    else signals.push({ weight: 0.5, says: `“${word}” is not in the word list` });
  }
  // German and Dutch write compounds solid (`Haus-` + `tür` is one word), so there two
  // words side by side say nothing. Function words are also common syllables and build
  // solid words (`pour-` + `tant`, `quel-` + `les`, `with-` + `out`): they say nothing either.
  // French builds few solid compounds, so with its full-form list lacking the solid word
  // (`princerégent`), two words side by side weigh as much as in English.
  const halvesWeight = e.language === 'en' ? 3 : e.language === 'fr' ? (e.joinedInList === 0 ? 3 : 2) : 0;
  // Two-letter halves are mostly prefixes and syllables (`re-`, `la-`, `ex-`) or OCR noise.
  const functionWord = isFunctionWord(a, e.language) || isFunctionWord(b, e.language) || a.length < 3 || b.length < 3;
  if (e.firstIsWord && e.secondIsWord && halvesWeight && !functionWord) {
    signals.push({ weight: halvesWeight, says: `“${a}” and “${b}” are words of their own` });
  } else if (!e.firstIsWord && !e.secondIsWord) {
    signals.push({ weight: -1, says: `neither “${a}” nor “${b}” is a word of its own` });
  }
  signals.push(...compoundSignals(a, b, e));
  // French never breaks a word before a vowel (`peut-être`, `dit-on`, `vice-amiral`).
  if (e.language === 'fr' && FRENCH_VOWEL_FIRST.test(b)) {
    signals.push({ weight: 3, says: `French breaks no word before a vowel (“${second}”)` });
  }
  if (!e.legalBreak) signals.push({ weight: e.language === 'en' ? 1 : 0.5, says: `“${first}|${second}” is no hyphenation point of “${word}”` });
  else signals.push({ weight: -0.5, says: `“${first}|${second}” is a hyphenation point of “${word}”` });
  return signals;
}

// Made once, not at every call: a pattern literal makes a new RegExp each time it is evaluated.
const FRENCH_VOWEL_FIRST = /^[aeiouyàâäéèêëîïôöûüœæ]/u;
const VOWEL = /[aeiouyàâäáãåæéèêëíìîïóòôöõøœúùûü]/iu;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** Real words have a vowel; OCR noise (`Mnd`, `Tht`) and prefixes like `Mc` often do not. */
function hasVowel(text: string): boolean {
  return VOWEL.test(text);
}

function isCapitalised(text: string): boolean {
  return CAPITAL_FIRST.test(text);
}

function isUpperCase(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}
