/**
 * Character classes that decide how two printed lines are joined: CJK text is set without
 * spaces, so a CJK join inserts nothing; Latin text inserts one space.
 */
import type { Script } from '../model/page';

/** Han ideographs, kana, hangul and CJK punctuation/full-width forms. */
const CJK = /[\u2E80-\u2FDF\u3000-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;

export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Joins a line to the text before it as the script prints it. */
export function joinText(before: string, after: string, script: Script): string {
  if (before === '') return after;
  if (after === '') return before;
  return script === 'cjk' ? before + after : `${before} ${after}`;
}

/** Characters that end a sentence in either script, closing quotes and brackets aside. */
const SENTENCE_END = /[.!?。！？…]["'”’」』）)]*$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** Length in display columns: a CJK character is as wide as two Latin ones. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isCjkChar(ch) ? 2 : 1;
  return width;
}
