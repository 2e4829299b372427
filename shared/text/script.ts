/**
 * Character classes that decide how two printed lines are joined: CJK text is set without
 * spaces, so a CJK join inserts nothing; Latin text inserts one space.
 */
import type { Script } from '../model/page';

// Tested by char code, not by a regex: lineWidth asks for every character of a CJK page (a
// regex test per character was 3% of a page's CPU). All ranges lie in the BMP, outside the
// surrogates, so a code unit test finds exactly what a `u` regex finds.

/** Han ideographs (extension A, unified, compatibility). */
function isIdeographCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Han ideographs, kana, hangul and CJK punctuation/full-width forms. */
function isCjkCode(c: number): boolean {
  if (c < 0x2e80) return false;
  return (
    isIdeographCode(c) ||
    (c >= 0x2e80 && c <= 0x2fdf) ||
    (c >= 0x3000 && c <= 0x31ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

/** Whether `ch` holds a CJK character (any of its code units, as a regex test would find). */
export function isCjkChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  for (let i = 0; i < ch.length; i++) if (isCjkCode(ch.charCodeAt(i))) return true;
  return false;
}

export function isIdeograph(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  for (let i = 0; i < ch.length; i++) if (isIdeographCode(ch.charCodeAt(i))) return true;
  return false;
}

/** Joins a line to the text before it as the script prints it. */
export function joinText(before: string, after: string, script: Script): string {
  if (before === '') return after;
  if (after === '') return before;
  return script === 'cjk' ? before + after : `${before} ${after}`;
}

/**
 * A full stop after an abbreviation or an initial (`the P.M.`, `Mr.`, `J.`) ends no sentence:
 * old columns break lines after them all the time.
 */
const ABBREVIATION = /(?:^|[\s(])(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Messrs|Dr|St|Nos?|Co|Jr|Sr|Rev|Hon|Bro|Sis|Capt|Col|Gen|Lieut|Sgt|Prof|Gov|Supt|vs|viz|Esq|Mt|Ft|inst|ult|Vol|pp?|Fig|M|MM|Mme|Mlle|Dr)\.)$/u;

/** A credit in brackets after the last sentence (`…落到实处。(尹哲)`) still ends it. */
const TRAILING_CREDIT = /[。！？.!?]["'”’」』]?\s*[（(][^()（）]{1,16}[)）]$/u;

/** A sentence ends on a final mark of either script, then any closing quotes and brackets. */
const CLOSERS = new Set(['"', "'", '”', '’', '」', '』', '）', ')', ']']);
const FINAL_MARKS = new Set(['.', '!', '?', '。', '！', '？', '…']);
/** Longest abbreviation or chain of initials the end of a line is read for. */
const ABBREVIATION_WINDOW = 24;

export function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  // End-anchored patterns would be tried at every position of the line: look at its last
  // characters first, and run them only on a line that can match.
  let end = trimmed.length - 1;
  while (end >= 0 && CLOSERS.has(trimmed[end] as string)) end--;
  const last = trimmed[trimmed.length - 1];
  if ((last === ')' || last === '）') && TRAILING_CREDIT.test(trimmed)) return true;
  if (end < 0 || !FINAL_MARKS.has(trimmed[end] as string)) return false;
  if (trimmed[end] !== '.') return true;
  // A leading `x` keeps `^` from matching inside the line where the window was cut.
  const tail = trimmed.length > ABBREVIATION_WINDOW ? `x${trimmed.slice(-ABBREVIATION_WINDOW)}` : trimmed;
  return !ABBREVIATION.test(tail);
}

/** Marks that only occur inside running prose: a line holding one is a sentence, not a title. */
const CLAUSE_MARK = /[，；：,;:。！？]/u;
/** A full stop and a space inside the line: a sentence ended there, unless an abbreviation did. */
const STOP_INSIDE = /\.\s/gu;

export function hasClauseMarks(text: string): boolean {
  if (CLAUSE_MARK.test(text)) return true;
  // `Dr. Livingston Delayed`, `Snow in St. Louis`: the stop of a title or an initial ends no sentence.
  if (!text.includes('. ')) return false;
  for (const stop of text.matchAll(STOP_INSIDE)) if (!ABBREVIATION.test(text.slice(0, (stop.index ?? 0) + 1))) return true;
  return false;
}

/**
 * Width in the units a column is measured in: for CJK an ideograph counts 1 and a Latin
 * letter or digit a half (they are set half-width); for Latin text every character counts 1.
 */
export function lineWidth(text: string, script: Script): number {
  if (script === 'latin') return text.length;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one character, and none of the full-width ones.
    if (c >= 0xd800 && c <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
      width += 0.5;
    } else width += isCjkCode(c) || isFullWidthInCjk(c) ? 1 : 0.5;
  }
  return width;
}

/** Marks that share code points with Latin text but take a full cell in CJK setting: `“ ” ‘ ’ — … ·`. */
function isFullWidthInCjk(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 || c === 0xb7;
}

/** Sorting space for the small windows most callers measure, kept between calls. */
const SCRATCH = new Float64Array(32);

/** The value at quantile q (0–1) of the numbers, or 0 for none. */
export function quantile(values: readonly number[], q: number): number {
  return quantileOfRange(values, 0, values.length, q);
}

/** `quantile(values.slice(start, end), q)` without the slice: windows of a line's neighbours. */
export function quantileOfRange(values: readonly number[], start: number, end: number, q: number): number {
  const n = end - start;
  if (n <= 0) return 0;
  const at = Math.min(n - 1, Math.floor(n * q));
  if (n > SCRATCH.length) {
    // A filled typed array: Float64Array.from goes through the array's iterator.
    const all = new Float64Array(n);
    for (let i = 0; i < n; i++) all[i] = values[start + i] as number;
    return all.sort()[at] ?? 0;
  }
  // Windows of a dozen lines are the common case: an insertion sort into the kept buffer
  // beats a general sort there, and makes no array per line.
  for (let i = 0; i < n; i++) {
    const v = values[start + i] as number;
    let j = i - 1;
    while (j >= 0 && (SCRATCH[j] as number) > v) {
      SCRATCH[j + 1] = SCRATCH[j] as number;
      j--;
    }
    SCRATCH[j + 1] = v;
  }
  return SCRATCH[at] ?? 0;
}
