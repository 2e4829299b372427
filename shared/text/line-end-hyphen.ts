/**
 * Decides what a hyphen at a line end is: the compositor's break inside a word
 * (`recon-` + `struction` → `reconstruction`) or the word's own hyphen (`well-` + `known` →
 * `well-known`, `1914-` + `1918`), and joins the two lines accordingly. The evidence,
 * strongest first:
 *
 * 1. the mark: `¬` and the soft hyphen only ever mark a break; a hyphen the next line repeats
 *    (`a-t-` / `-elle`) is the word's own;
 * 2. figures on either side: a range or a compound number keeps its hyphen;
 * 3. the page's own vocabulary: the page prints `reconstruction` or `well-known` elsewhere
 *    (this outweighs everything below, a capital included: `Mac-` + `Donald` joins when the
 *    page prints `MacDonald`). When the OCR misread a letter of one half (`to-` + `dav`),
 *    the page's spelling one misreading away decides if the page prints it at least twice
 *    and that reading never the other way (ocr-confusions.ts): a compound here, a solid word
 *    only where the weighed rest (5) would keep the hyphen;
 * 4. a suspended compound (`Ost-` + `und Westpreußen`, `pre-` + `and post-war`): the hyphen
 *    stays and so does the space;
 * 5. the weighed rest (hyphenation-evidence.ts): a capital after the hyphen, the word lists
 *    (English always; French once `loadWordLists` has run), whether both halves are words,
 *    Liang's break points, and the compound rules of each language (hyphenation-compounds.ts:
 *    enclitics, prefixes, chains like `son-in-law`, the page's habit).
 * A word whose last letters the OCR garbled (`Pkil*-`) is joined, with low confidence.
 *
 * Wrong when: a period spelled a compound with a hyphen that is solid today (`to-day`,
 * `water-tight`) and the page never prints it otherwise: the word list says "one word"; a
 * name is made of word-like halves (`Kirk-land`); OCR noise turns a half into a word. Such
 * repairs carry lower confidence.
 */
import type { LineId } from '../model/page';
import type { Repair } from '../model/repair';
import { makeRepair } from '../pipeline/context';
import type { Language } from './hyphenation';
import { gatherEvidence, weighEvidence, type HyphenEvidence } from './hyphenation-evidence';
import { hyphenatedWordStart, partBeforeStart } from './hyphenation-word-ends';
import { LINE_END_MARKS, buildLexicon, wordKey, type PageLexicon } from './lexicon';
import { countVotes, guessLanguage } from './lexicon-language';
import { misreadings } from './ocr-confusions';
import { endsSentence } from './script';

export { buildLexicon, type PageLexicon } from './lexicon';

export interface HyphenJoin {
  /** The two lines joined as decided. */
  readonly text: string;
  readonly repair: Repair;
  /** The text with the other decision, used when the editor rejects this one. */
  readonly alternative: string;
}

const NEXT_PART = /^(\p{L}[\p{L}\p{M}]*|\p{N}+)/u;
/**
 * A word whose last letters the OCR read as symbols (`Pkil*-`, `P?tt?-`): the hyphen is
 * still a break. Full stops, brackets and quotes are left out: `U.S.-` + `Mexico` is real.
 */
const NOISY_END = /(\p{L}[^\s]*?[*?<>^~|\\#%@]{1,2})-$/u;
/**
 * The next line opens with the hyphen again (`a-t-` / `-elle`, `vis-à-` / `-vis`): some
 * typesetting repeats a word's own hyphen at the start of the line to tell it from a break.
 */
const REPEATED_HYPHEN = /^[-\u2010\u2011\u2E17]\p{L}/u;
/** Marks that only ever stand for a break: dropping them is always right. */
const BREAK_ONLY = new Set(['¬', '\u00AD']);
/** Conjunctions after which a hyphen is suspended: `Ost- und Westpreußen`, `pre- and post-war`. */
const CONJUNCTIONS: Readonly<Record<Language, readonly string[]>> = {
  en: ['and', 'or', 'nor'],
  de: ['und', 'oder', 'bzw', 'sowie'],
  nl: ['en', 'of'],
  fr: ['et', 'ou'],
};
/** Without the page's vocabulary, how much of the paragraph before the break stands in for it. */
const ALONE_WINDOW = 1000;
/** How much of the text before the break is read: to find the word, to guess its language. */
const LANGUAGE_WINDOW = 400;
/**
 * How much of it the end-anchored word patterns read: longer than any word. Run over the whole
 * language window they tried a match at every character (8% of a page's CPU, `--cpu-prof`).
 */
const WORD_WINDOW = 120;

interface Decision {
  readonly keep: boolean;
  readonly evidence?: HyphenEvidence;
  /** The sum of the weighed signals, when they decided (positive: keep). */
  readonly score?: number;
  /** Completes "Re-joined …: " or "Kept the hyphen …: ". */
  readonly because: string;
  readonly confidence: number;
  /** The hyphen is suspended: the next word follows after a space. */
  readonly suspended?: boolean;
  /** The page's spelling one OCR misreading away that decided (`to-day` for `to-dav`). */
  readonly pageReading?: string;
}

/**
 * The two lines joined across a line-end hyphen, with its repair; null when the line does
 * not end with a letter or figure and a hyphen mark, or the next line does not start with a
 * letter or figure. `lexicon` is the page's vocabulary (`buildLexicon`, once per page);
 * without it only the two lines are read.
 */
export function joinHyphenated(before: string, after: string, lineIds: readonly LineId[], lexicon?: PageLexicon): HyphenJoin | null {
  // `before` is the paragraph so far and grows with it: read only its end, so that a long
  // paragraph costs no more per break than a short one.
  // Most line ends carry no hyphen mark: leave at once, before any pattern runs (each
  // end-anchored pattern would otherwise scan the whole window at every line).
  if (!LINE_END_MARKS.includes(before.trimEnd().slice(-1))) return null;
  const recent = before.slice(-LANGUAGE_WINDOW);
  const next = after.trimStart();
  const lastWords = recent.slice(-WORD_WINDOW);
  // The letters, marks and figures before the hyphen mark (`([\p{L}\p{M}\p{N}]+)(mark)$`).
  const wordStart = hyphenatedWordStart(lastWords);
  if (wordStart >= 0 && REPEATED_HYPHEN.test(next)) return joinRepeated(before, lastWords.slice(wordStart, -1), next, lineIds);
  const tail = NEXT_PART.exec(next);
  if (!tail) return null;
  if (wordStart < 0) return joinNoisy(before, recent, next, lineIds);
  const mark = lastWords.slice(-1);
  const head = before.slice(0, -mark.length);
  // The word's last part (`(\p{L}[\p{L}\p{M}]*|\p{N}+)$`): `recon` of `recon-`, `1914` of `1914-`.
  const beforeMark = lastWords.slice(0, -mark.length);
  const partStart = partBeforeStart(beforeMark);
  const first = partStart < 0 ? undefined : beforeMark.slice(partStart);
  const second = tail[1] ?? '';
  if (!first) return null;
  const decision = decide(first, second, mark, recent.slice(0, -mark.length), next, lexicon ?? buildLexicon([before.slice(-ALONE_WINDOW), after]));
  const joined = head + next;
  const kept = decision.suspended ? `${before} ${next}` : before + next;
  const shown = decision.suspended ? `${first}${mark} ${second}` : `${first}${mark}${second}`;
  const repair = makeRepair({
    pass: 'joinColumnLines',
    kind: decision.keep ? 'keep-hyphen' : 'dehyphenate',
    reason: decision.keep
      ? `Kept the hyphen in “${shown}”: ${decision.because}.`
      : `Re-joined “${first}${mark}” + “${second}” as “${first}${second}”: ${decision.because}.`,
    confidence: decision.confidence,
    lineIds,
    before: `${first}${mark}\n${second}`,
    after: decision.keep ? shown : first + second,
    evidence: evidenceFields(mark, decision),
  });
  return decision.keep ? { text: kept, alternative: joined, repair } : { text: joined, alternative: kept, repair };
}

/** The figures the decision looked at, as the repair keeps them. */
function evidenceFields(mark: string, decision: Decision): Readonly<Record<string, string | number | boolean>> {
  const e = decision.evidence;
  if (!e) return { mark };
  return {
    mark,
    language: e.language,
    joinedOnPage: e.joinedOnPage,
    compoundOnPage: e.compoundOnPage,
    ...(e.joinedInList === undefined ? {} : { inWordList: e.joinedInList > 0 }),
    firstIsWord: e.firstIsWord,
    secondIsWord: e.secondIsWord,
    legalBreak: e.legalBreak,
    ...(decision.score === undefined ? {} : { score: Math.round(decision.score * 100) / 100 }),
    ...(decision.pageReading === undefined ? {} : { pageReading: decision.pageReading }),
  };
}

function joinRepeated(before: string, first: string, next: string, lineIds: readonly LineId[]): HyphenJoin {
  const second = /^\S+/u.exec(next.slice(1))?.[0] ?? '';
  const kept = before + next.slice(1);
  const repair = makeRepair({
    pass: 'joinColumnLines',
    kind: 'keep-hyphen',
    reason: `Kept the hyphen in “${first}-${second}”: the next line repeats it, as typesetters marked a word's own hyphen at a line end.`,
    confidence: 0.9,
    lineIds,
    before: `${first}-\n-${second}`,
    after: `${first}-${second}`,
    evidence: { mark: '-', repeatedHyphen: true },
  });
  return { text: kept, alternative: before.slice(0, -1) + next.slice(1), repair };
}

function joinNoisy(before: string, recent: string, next: string, lineIds: readonly LineId[]): HyphenJoin | null {
  const first = NOISY_END.exec(recent)?.[1];
  const second = /^\S*/u.exec(next)?.[0] ?? '';
  if (!first) return null;
  const repair = makeRepair({
    pass: 'joinColumnLines',
    kind: 'dehyphenate',
    reason: `Re-joined “${first}-” + “${second}” as “${first}${second}”: the word before the hyphen ends in OCR noise, and a hyphen there is most often a break.`,
    confidence: 0.55,
    lineIds,
    before: `${first}-\n${second}`,
    after: first + second,
    evidence: { mark: '-', ocrNoise: true },
  });
  return { text: before.slice(0, -1) + next, alternative: before + next, repair };
}

const FIGURE = /\p{N}/u;
/** `son-` + `in-law`: another hyphen right after the second half. */
const CHAINED = /^[-\u2010\u2011]\p{L}/u;
const WHITE_SPACE = /\s+/u;
const HYPHEN_INSIDE = /\p{L}-\p{L}/u;
/** Quotes and brackets that may open a word: `“recon-` starts a sentence as `recon-` does. */
const OPENERS = `"'“‘([`;

/** `text` without the quotes and brackets it ends with (what `/["'“‘([]*$/` would cut, without trying every position). */
function withoutTrailingOpeners(text: string): string {
  let end = text.length;
  while (end > 0 && OPENERS.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

function decide(first: string, second: string, mark: string, head: string, next: string, page: PageLexicon): Decision {
  if (BREAK_ONLY.has(mark)) return { keep: false, because: `“${mark}” only marks a line-end break`, confidence: 0.97 };
  if (FIGURE.test(first) || FIGURE.test(second)) {
    return { keep: true, because: 'a hyphen next to a figure joins a range or a compound number', confidence: 0.9 };
  }
  const opening = withoutTrailingOpeners(head.slice(0, head.length - first.length)).trimEnd();
  const startsSentence = opening === '' || endsSentence(opening);
  // `son-` + `in-law`: the next line goes on with another hyphen right after the second half.
  const chained = CHAINED.test(next.slice(second.length));
  const evidence = gatherEvidence(first, second, localLanguage(head, next, page), page, !startsSentence, chained);
  const { joinedOnPage: whole, compoundOnPage: hyphenated } = evidence;
  const word = wordKey(first + second);
  const compound = `${wordKey(first)}-${wordKey(second)}`;
  // The page's own spelling is the strongest evidence there is.
  if (whole > hyphenated) {
    const also = hyphenated ? ` (and “${compound}” ${hyphenated}×)` : '';
    return { keep: false, evidence, because: `“${word}” occurs ${whole}× on this page${also}`, confidence: hyphenated ? 0.7 : whole > 1 ? 0.97 : 0.93 };
  }
  if (hyphenated > whole) {
    const also = whole ? ` (and “${word}” ${whole}×)` : '';
    return { keep: true, evidence, because: `the page prints “${compound}” on one line elsewhere${hyphenated > 1 ? ` (${hyphenated}×)` : ''}${also}`, confidence: whole ? 0.7 : hyphenated > 1 ? 0.97 : 0.93 };
  }
  // The page prints the compound, but the OCR misread a letter of one half here (`to-` +
  // `dav` on a page that prints `to-day` 6×): the page's spelling still decides.
  const a = wordKey(first);
  const b = wordKey(second);
  const misreadCompound = misreadOnPage(a, b, page, true);
  if (misreadCompound) return { keep: true, evidence, pageReading: misreadCompound.form, because: misreadReason(misreadCompound, `${first}${mark}${second}`), confidence: 0.8 };
  // `Ost-` + `und Westpreußen`, `pre-` + `and post-war`: a conjunction is no word's end,
  // unless the joined word is known (`thous-` + `and`); in English, where names end in
  // `-and` (`Rol-and`), the first half must be a word or a hyphenated word must follow.
  const [nextWord = '', following = ''] = next.split(WHITE_SPACE, 2).map(wordKey);
  const suspended = CONJUNCTIONS[evidence.language].includes(nextWord) && !evidence.joinedInList && (evidence.language !== 'en' || evidence.firstIsWord || HYPHEN_INSIDE.test(following));
  if (suspended) {
    return { keep: true, suspended: true, evidence, because: `“${first}${mark}” shares the end of the compound after “${second}”`, confidence: 0.6 };
  }
  const signals = weighEvidence(first, second, evidence);
  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  const keep = score > 0;
  // Likewise the solid word (`Mac-` + `Donalcl` on a page that prints `MacDonald`). Asked only
  // when the signals would keep the hyphen: a join needs no page to confirm it, and most
  // breaks are joins, so most breaks skip the search.
  const misreadSolid = keep ? misreadOnPage(a, b, page, false) : null;
  if (misreadSolid) return { keep: false, evidence, pageReading: misreadSolid.form, because: misreadReason(misreadSolid, `${first}${mark}${second}`), confidence: 0.8 };
  const agreeing = signals.filter((s) => (keep ? s.weight > 0 : s.weight < 0)).sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  const told = agreeing.length > 1 ? agreeing.filter((s) => s !== signals[0]) : agreeing;
  return {
    keep,
    evidence,
    score,
    because: told.slice(0, 2).map((s) => s.says).join('; '),
    confidence: Math.min(0.95, Math.max(0.55, 1 / (1 + Math.exp(-Math.abs(score))))),
  };
}

/** How often the page must print a misread form, and that reading's other form never, for it to decide. */
const MISREAD_SIGHTINGS = 2;

interface Sighting {
  readonly form: string;
  readonly times: number;
}

/**
 * The page's own spelling one OCR misreading away from `a` + `b` (lower case): with the hyphen
 * (`hyphenated`) or solid, printed at least twice, while the page never prints that reading
 * the other way. The hyphenated search reads only halves the page already uses in compounds
 * (its heads and tails), so a page without compounds costs nothing.
 */
function misreadOnPage(a: string, b: string, page: PageLexicon, hyphenated: boolean): Sighting | null {
  const readings: (readonly [string, string])[] = [];
  if (!hyphenated || (page.tails.get(b) ?? 0) >= MISREAD_SIGHTINGS) for (const x of misreadings(a)) readings.push([x, b]);
  if (!hyphenated || (page.heads.get(a) ?? 0) >= MISREAD_SIGHTINGS) for (const y of misreadings(b)) readings.push([a, y]);
  let best: Sighting | null = null;
  for (const [x, y] of readings) {
    const solid = page.words.get(x + y) ?? 0;
    const compound = page.compounds.get(`${x}-${y}`) ?? 0;
    const [times, other] = hyphenated ? [compound, solid] : [solid, compound];
    if (times >= MISREAD_SIGHTINGS && other === 0 && times > (best?.times ?? 0)) best = { form: hyphenated ? `${x}-${y}` : x + y, times };
  }
  return best;
}

function misreadReason(seen: Sighting, printed: string): string {
  return `the page prints “${seen.form}” ${seen.times}×, one OCR misreading from “${printed}”`;
}

/** The language of the paragraph around the break when it says enough, else the page's. */
function localLanguage(head: string, next: string, page: PageLexicon): Language {
  const around = `${head.slice(-LANGUAGE_WINDOW)} ${next}`;
  return guessLanguage(countVotes(around), 4) ?? page.language;
}
