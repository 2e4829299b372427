/**
 * Re-joins a word hyphenated at a line end. This first rule is the one layout tools use:
 * drop the hyphen when the next line starts in lower case. `¬` and the soft hyphen only
 * ever mark a line-end break, so they are always dropped.
 */
import type { LineId } from '../model/page';
import type { Repair } from '../model/repair';
import { makeRepair } from '../pipeline/context';

const LINE_END_HYPHEN = /(\p{L}+)([-\u00AD¬])$/u;
const NEXT_WORD = /^(\p{L}+)/u;

export interface HyphenJoin {
  readonly text: string;
  readonly repair: Repair;
  /** The text with the other decision, used when the editor rejects this one. */
  readonly alternative: string;
}

/** The joined text and its repair, or null when the break is not a hyphenated word. */
export function joinHyphenated(before: string, after: string, lineIds: readonly LineId[]): HyphenJoin | null {
  const head = LINE_END_HYPHEN.exec(before);
  const tail = NEXT_WORD.exec(after);
  if (!head || !tail) return null;
  const [, stem = '', mark = ''] = head;
  const [, rest = ''] = tail;
  const soft = mark !== '-';
  if (!soft && rest[0] !== rest[0]?.toLowerCase()) return null;
  const word = stem + rest;
  return {
    text: before.slice(0, -1) + after,
    alternative: before + after,
    repair: makeRepair({
      pass: 'joinColumnLines',
      kind: 'dehyphenate',
      reason: soft
        ? `Re-joined “${stem}${mark}” + “${rest}”: “${mark}” only marks a line-end break.`
        : `Re-joined “${stem}-” + “${rest}” as “${word}”: the next line goes on in lower case.`,
      confidence: soft ? 0.97 : 0.75,
      lineIds,
      before: `${stem}${mark}\n${rest}`,
      after: word,
      evidence: { mark },
    }),
  };
}
