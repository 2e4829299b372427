/**
 * removeWrapSpaces — CJK text is set without spaces, so a space between two ideographs in
 * a paragraph is most often where a tool turned a line wrap into a space (`社会保 障`).
 * Spaces the page prints on purpose stay: around numbers and Latin words (`连续 8 年`),
 * after a dateline (`本报讯 （记者 …）`), inside brackets (credits, `司 勇`).
 *
 * Wrong when: a paragraph quotes a couplet or a name printed with a space; the repair says
 * how regular the spaces were, and a lone one is marked for a look.
 */
import type { Repair } from '../model/repair';
import { makeRepair } from '../pipeline/context';
import type { DraftUnit, Pass } from '../pipeline/draft';
import { isIdeograph } from '../text/script';

/** A dateline or credit before the space: the space is printed on purpose. */
const PRINTED_BEFORE = /(本报讯|电|记者|通讯员|摄)$/u;

export const removeWrapSpaces: Pass = {
  name: 'removeWrapSpaces',
  run(draft, ctx) {
    if (draft.page.script !== 'cjk') return { draft, repairs: [] };
    const repairs: Repair[] = [];
    const units = draft.units.map((unit): DraftUnit => {
      if (unit.role !== 'body') return unit;
      const spaces = wrapSpaces(unit.text);
      if (spaces.length === 0) return unit;
      let text = unit.text;
      // From the end, so earlier offsets stay valid.
      for (const at of [...spaces].reverse()) {
        const word = `${unit.text.slice(Math.max(0, at - 3), at)} ${unit.text.slice(at + 1, at + 4)}`;
        const repair = makeRepair({
          pass: 'removeWrapSpaces',
          kind: 'remove-wrap-space',
          reason: `Removed the space in “${word}”: it sits between two ideographs where a line wrapped${spaces.length > 1 ? ` (${spaces.length} such spaces in this paragraph)` : ''}.`,
          confidence: spaces.length > 1 ? 0.85 : 0.55,
          lineIds: unit.lineIds,
          before: word,
          after: word.replace(' ', ''),
          detail: String(at),
        });
        if (!ctx.applies(repair)) continue;
        repairs.push(repair);
        text = text.slice(0, at) + text.slice(at + 1);
      }
      return { ...unit, text };
    });
    return { draft: { ...draft, units }, repairs };
  },
};

/** Offsets of single spaces between two ideographs, outside brackets and not after a dateline. */
function wrapSpaces(text: string): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    if (ch !== ' ' || depth > 0) continue;
    if (!isIdeograph(text[i - 1]) || !isIdeograph(text[i + 1])) continue;
    if (PRINTED_BEFORE.test(text.slice(0, i))) continue;
    // A space before a field label (`宋先生 联系电话:`) separates two fields on one line.
    if (/^[^\s，,。；;]{1,6}[:：]/u.test(text.slice(i + 1))) continue;
    found.push(i);
  }
  return found;
}
