/**
 * A line-end hyphen the file itself marks (ALTO `HypPart1` with `SUBS_CONTENT`, the whole
 * word): the file says what the word is, so that decides, ahead of any guess. The word is
 * silver (OCR errors and all), so the repair names it as the evidence.
 */
import type { LineId, SourceLine } from '../model/page';
import { makeRepair } from '../pipeline/context';
import type { HyphenJoin } from './line-end-hyphen';
import { LINE_END_MARKS } from './lexicon';

/** The join the file's markup asks for, or null when the line carries no whole word. */
export function joinMarkedHyphen(before: string, after: string, line: SourceLine | undefined, lineIds: readonly LineId[]): HyphenJoin | null {
  const word = line?.hyphenation?.kind === 'HypPart1' ? line.hyphenation.word : undefined;
  const end = before.trimEnd();
  if (!word || !LINE_END_MARKS.includes(end.slice(-1))) return null;
  const next = after.trimStart();
  // The word's part on this line, without the break mark.
  const head = /(\S+)$/u.exec(end.slice(0, -1))?.[1] ?? '';
  const tail = /^(\S+)/u.exec(next)?.[1] ?? '';
  const whole = word.replace(/[^\p{L}\p{N}-]+$/u, '');
  // The word keeps a hyphen exactly where the line broke: a real compound (`seventy-one`).
  const keep = whole.startsWith(`${head.replace(/^[^\p{L}\p{N}]+/u, '')}-`);
  const removed = end.slice(0, -1) + next;
  const kept = end + next;
  return {
    text: keep ? kept : removed,
    alternative: keep ? removed : kept,
    repair: makeRepair({
      pass: 'joinColumnLines',
      kind: keep ? 'keep-hyphen' : 'dehyphenate',
      reason: keep
        ? `Kept the hyphen in “${head}-${tail}”: the file marks the word whole as “${word}”.`
        : `Re-joined “${head}” + “${tail}”: the file marks the word whole as “${word}”.`,
      confidence: 0.98,
      lineIds,
      before: `${head}\n${tail}`,
      after: keep ? `${head}-${tail}` : `${head}${tail}`,
      evidence: { subsContent: word },
    }),
  };
}
