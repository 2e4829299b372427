/**
 * A line-end hyphen the file itself marks (ALTO `HypPart1` with `SUBS_CONTENT`, the whole
 * word): the file says what the word is, so that decides, ahead of any guess. The word is
 * silver (OCR errors and all), so the repair names it as the evidence.
 *
 * Where the two printed halves do not spell the file's word (`uit-` + `-1` for `uit-1`, a
 * subscript letter read apart: `ver-` + `rj6,DSr` for `verrj6r,DS`), the file's word is
 * written, when the next line opens with the second half of that same word: the OCR engine
 * read the word whole and the halves are its own leftovers. The repair says so, with lower
 * confidence, and rejecting it gives the halves as printed.
 *
 * Wrong when: the file's word is itself cut short (`moeöba` for `mo-` + `eöbar`): the editor
 * sees both in the repair.
 */
import type { LineId, SourceLine } from '../model/page';
import { makeRepair } from '../pipeline/context';
import type { HyphenJoin } from './line-end-hyphen';
import { LINE_END_MARKS } from './lexicon';

const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
const TRAILING_MARKS = /[^\p{L}\p{N}-]+$/u;

/** The join the file's markup asks for, or null when the line carries no whole word. */
export function joinMarkedHyphen(before: string, after: string, line: SourceLine | undefined, lineIds: readonly LineId[], next?: SourceLine): HyphenJoin | null {
  const word = line?.hyphenation?.kind === 'HypPart1' ? line.hyphenation.word : undefined;
  const end = before.trimEnd();
  if (!word || !LINE_END_MARKS.includes(end.slice(-1))) return null;
  const rest = after.trimStart();
  // The word's part on this line, without the break mark, and the first word of the next.
  const head = /(\S+)$/u.exec(end.slice(0, -1))?.[1] ?? '';
  const tailToken = /^(\S+)/u.exec(rest)?.[1] ?? '';
  const tailPunct = TRAILING_MARKS.exec(tailToken)?.[0] ?? '';
  const tail = tailToken.slice(0, tailToken.length - tailPunct.length);
  const whole = word.replace(TRAILING_MARKS, '');
  const bare = (s: string): string => s.replace(LEADING_MARKS, '');
  const removed = end.slice(0, -1) + rest;
  const kept = end + rest;
  if (bare(head) + tail === bare(whole)) return marked(removed, kept, 'dehyphenate', `Re-joined “${head}” + “${tail}”: the file marks the word whole as “${word}”.`, 0.98);
  // The word keeps a hyphen exactly where the line broke: a real compound (`seventy-one`).
  if (`${bare(head)}-${tail}` === bare(whole) || (next?.continuesWord !== word && bare(whole).startsWith(`${bare(head)}-`))) {
    return marked(kept, removed, 'keep-hyphen', `Kept the hyphen in “${head}-${tail}”: the file marks the word whole as “${word}”.`, 0.98);
  }
  if (next?.continuesWord === word) {
    // The halves disagree with the file's word: write the word the file read whole.
    const lead = LEADING_MARKS.exec(head)?.[0] ?? '';
    const written = (whole.startsWith(lead) ? whole : lead + whole) + tailPunct;
    const text = end.slice(0, end.length - 1 - head.length) + written + rest.slice(tailToken.length);
    return marked(text, kept, 'dehyphenate', `Wrote “${word}” for “${head}-” + “${tailToken}”: the file marks the word whole as “${word}”, and the printed halves do not spell it.`, 0.7, written);
  }
  return marked(removed, kept, 'dehyphenate', `Re-joined “${head}” + “${tail}”: the file marks the word whole as “${word}”.`, 0.9);

  function marked(text: string, alternative: string, kind: 'dehyphenate' | 'keep-hyphen', reason: string, confidence: number, after?: string): HyphenJoin {
    return {
      text,
      alternative,
      repair: makeRepair({
        pass: 'joinColumnLines',
        kind,
        reason,
        confidence,
        lineIds,
        before: `${head}\n${tail}`,
        after: after ?? (kind === 'keep-hyphen' ? `${head}-${tail}` : `${head}${tail}`),
        evidence: { subsContent: word as string },
      }),
    };
  }
}
