/**
 * What OCR makes of print it could not read, as evidence about a line: the small capitals of a
 * run-in head read as a jumble of cases and marks (`THE SENATE WILL hereafter` → `The Smat* wIP
 * hereafter`, `NOMINATION.—The President` → `No*iwati<tx The President`), and lines damaged
 * past reading (`ltv Hon. K. C. n?l???t?`), whose width says nothing about where the line ended.
 * Latin only; a clean line is let go at the first test.
 */

/** Marks the OCR prints for a letter it could not read. */
const JUNK = /[?*<>|^%\\"#~{}]/gu;

/** A lower-case letter followed by a capital inside a word (`wIP`, `TEKRiTor`), but not `McLean`, `MacArthur`. */
const CASE_JUMBLE = /\p{Ll}\p{Lu}/u;
const SCOTTISH_NAME = /^(Mc|Mac)\p{Lu}\p{Ll}+$/u;

/** A letter run into a mark the OCR prints for unread letters (`Smat*`, `No*iwati<tx`). */
const LETTER_AND_JUNK = /\p{L}[*<>|^%\\#~{}]|[*<>|^%\\#~{}]\p{L}/u;

/** A stop or query inside a word, two letters or more on from it (`ei.etttow`, `Godt.oye`); `i.e.` and `a.m.` are abbreviations. */
const MARK_INSIDE_WORD = /\p{L}[.?]\p{Ll}{2,}/u;

/** Whether one word shows the damage OCR does to small capitals. */
export function isDamagedWord(word: string): boolean {
  const core = word.replace(/^[("'‘“]+|[.,;:'’"”)!?]+$/gu, '');
  if (core.length < 2) return false;
  if (CASE_JUMBLE.test(core) && !SCOTTISH_NAME.test(core)) return true;
  return LETTER_AND_JUNK.test(core) || MARK_INSIDE_WORD.test(core);
}

/** Longest opening word, in letters, before the damaged one that a small-capitals head may start with (`The`, `Two`, `An`). */
const SHORT_OPENER = 3;

/**
 * A line that opens with a run-in head set in small capitals, as the OCR read it: its first
 * word starts with a capital and is damaged, or is a short word (`The`, `Two`) and the second
 * is. A damaged word further in is a speck in running text (`Governor hat* been`), no head.
 */
export function opensWithSmallCapitals(text: string): boolean {
  // The head runs into its item's text: a line of one or two damaged words (`SllliTttlinn.`,
  // the end of a sentence; `CAUroiURA.`, a headline) is no item's first line.
  return text.trim().split(/\s+/u).length >= ITEM_LINE_WORDS && headInSmallCapitals(text);
}

/** Fewest words on the first line of an item with a run-in head: the head and some text. */
const ITEM_LINE_WORDS = 4;

function headInSmallCapitals(text: string): boolean {
  const trimmed = text.trimStart();
  if (!/^["'‘“]?\p{Lu}/u.test(trimmed)) return false;
  const [first = '', second = ''] = trimmed.split(/\s+/u, 2);
  if (isDamagedWord(first)) return true;
  return first.replace(/[^\p{L}]/gu, '').length <= SHORT_OPENER && second !== '' && isDamagedWord(second);
}

/**
 * A line that is all run-in head (`The TEKRiTor.iAr. Campaiok Committee` over `A meeting of
 * this committee …`, the dash lost): it opens with small capitals and every word is capitalised.
 * Its capitals set wide and the OCR's letters are no count of them: its width says nothing.
 */
export function isSmallCapitalsLine(text: string): boolean {
  if (!headInSmallCapitals(text)) return false;
  return text
    .trim()
    .split(/\s+/u)
    .every((w) => /^["'‘“(]?\p{Lu}/u.test(w));
}

/** Share of a line's characters that are marks the OCR prints for letters, from which on the line is damaged past measuring. */
const DAMAGED_SHARE = 0.15;
/** Fewest such marks a damaged line holds: one or two are a dash or a quote read as `?`. */
const DAMAGED_MARKS = 3;

/**
 * A line damaged past reading (`ltv Hon. K. C. n?l???t?`, `hOMTlblt dl>rh>ra?fl K?i'nr? k? --?-`):
 * the OCR dropped and invented characters, so the line's width is no evidence that it ended
 * short of its column.
 */
export function isDamagedLine(text: string): boolean {
  const marks = text.match(JUNK)?.length ?? 0;
  return marks >= DAMAGED_MARKS && marks / Math.max(1, text.trim().length) >= DAMAGED_SHARE;
}

/** A dash run into a capital that opens a sentence (`Bisine**?It is`, `Treaty?The`), whatever the OCR made of the letters before it. */
const DASH_INTO_SENTENCE = /\S(?:—|--|\?)\p{Lu}\p{Ll}/u;
/** Longest run-in head, in characters, a line can open with. */
const LONGEST_HEAD = 40;

/**
 * A line that opens with OCR debris (no letter first) and holds a run-in head's dash near its
 * start (`'fin cai>rr?mr Bisine**?It is expected`): the start of an item, not the rest of a word
 * broken at the end of the line above (`]x>rtant consular …` holds no head).
 */
export function opensWithDebrisAndHead(text: string): boolean {
  const trimmed = text.trimStart();
  return /^[^\p{L}\p{N}\s]/u.test(trimmed) && DASH_INTO_SENTENCE.test(trimmed.slice(0, LONGEST_HEAD));
}
