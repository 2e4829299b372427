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

/** Sentence-final marks of either script, then any closing quotes and brackets. */
const SENTENCE_END = /[.!?。！？…]["'”’」』）)\]]*$/u;

/**
 * A full stop after an abbreviation or an initial (`the P.M.`, `Mr.`, `J.`) ends no sentence:
 * old columns break lines after them all the time.
 */
const ABBREVIATION = /(?:^|[\s(])(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Messrs|Dr|St|Nos?|Co|Jr|Sr|Rev|Hon|Bro|Sis|Capt|Col|Gen|Lieut|Sgt|Prof|Gov|Supt|vs|viz|Esq|Mt|Ft|inst|ult|Vol|pp?|Fig|M|MM|Mme|Mlle|Dr)\.)$/u;

/** A credit in brackets after the last sentence (`…落到实处。(尹哲)`) still ends it. */
const TRAILING_CREDIT = /[。！？.!?]["'”’」』]?\s*[（(][^()（）]{1,16}[)）]$/u;

export function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  if (TRAILING_CREDIT.test(trimmed)) return true;
  return SENTENCE_END.test(trimmed) && !ABBREVIATION.test(trimmed);
}

/** Marks that only occur inside running prose: a line holding one is a sentence, not a title. */
const CLAUSE_MARK = /[，；：,;:]|\.\s|[。！？]/u;

export function hasClauseMarks(text: string): boolean {
  return CLAUSE_MARK.test(text);
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

/** The value at quantile q (0–1) of the numbers, or 0 for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  // Windows of a dozen lines are the common case: an insertion sort beats a general sort there.
  const sorted = Float64Array.from(values);
  if (sorted.length <= 32) {
    for (let i = 1; i < sorted.length; i++) {
      const v = sorted[i] as number;
      let j = i - 1;
      while (j >= 0 && (sorted[j] as number) > v) {
        sorted[j + 1] = sorted[j] as number;
        j--;
      }
      sorted[j + 1] = v;
    }
  } else sorted.sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}
