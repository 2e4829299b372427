/**
 * Character classes that decide how two printed lines are joined: CJK text is set without
 * spaces, so a CJK join inserts nothing; Latin text inserts one space.
 */
import type { Script } from '../model/page';

/** Han ideographs, kana, hangul and CJK punctuation/full-width forms. */
const CJK = /[\u2E80-\u2FDF\u3000-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;
const IDEOGRAPH = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u;

export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

export function isIdeograph(ch: string | undefined): boolean {
  return ch !== undefined && IDEOGRAPH.test(ch);
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
  for (const ch of text) width += isCjkChar(ch) || FULL_WIDTH_IN_CJK.has(ch) ? 1 : 0.5;
  return width;
}

/** Marks that share code points with Latin text but take a full cell in CJK setting. */
const FULL_WIDTH_IN_CJK = new Set(['“', '”', '‘', '’', '—', '…', '·']);

/** Sorting space for the small windows most callers measure, kept between calls. */
const SCRATCH = new Float64Array(32);

/** The value at quantile q (0–1) of the numbers, or 0 for none. */
export function quantile(values: readonly number[], q: number): number {
  const n = values.length;
  if (n === 0) return 0;
  const at = Math.min(n - 1, Math.floor(n * q));
  if (n > SCRATCH.length) return Float64Array.from(values).sort()[at] ?? 0;
  // Windows of a dozen lines are the common case: an insertion sort into the kept buffer
  // beats a general sort there, and makes no array per line.
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (SCRATCH[j] as number) > v) {
      SCRATCH[j + 1] = SCRATCH[j] as number;
      j--;
    }
    SCRATCH[j + 1] = v;
  }
  return SCRATCH[at] ?? 0;
}
