/**
 * splitInlineJumps — a jump line the OCR ran into the paragraph it introduces
 * (`(上接第1版)听取市科技局…`) is cut off into the article's jump lines, so the paragraph
 * reads as printed text and the jump is kept as a jump.
 */
import type { Repair } from '../model/repair';
import { makeRepair } from '../pipeline/context';
import type { DraftUnit, Pass } from '../pipeline/draft';
import { LEADING_JUMP } from '../text/line-forms';

export const splitInlineJumps: Pass = {
  name: 'splitInlineJumps',
  run(draft, ctx) {
    const repairs: Repair[] = [];
    const units = draft.units.flatMap((unit): DraftUnit[] => {
      if (unit.role !== 'body') return [unit];
      const match = LEADING_JUMP.exec(unit.text);
      const rest = match ? unit.text.slice(match[0].length) : '';
      if (!match || rest === '') return [unit];
      const jump = match[0].trim();
      const repair = makeRepair({
        pass: 'splitInlineJumps',
        kind: 'split-jump',
        reason: `Cut the jump line “${jump}” off the start of the paragraph: it tells where the article comes from, it is not its text.`,
        confidence: 0.9,
        lineIds: unit.lineIds.slice(0, 1),
        before: unit.text,
        after: `${jump}\n${rest}`,
      });
      if (!ctx.applies(repair)) return [unit];
      repairs.push(repair);
      return [
        { id: `${unit.id}#jump`, lineIds: unit.lineIds.slice(0, 1), text: jump, role: 'jump', gapBefore: unit.gapBefore },
        { ...unit, text: rest, gapBefore: 0 },
      ];
    });
    return { draft: { ...draft, units }, repairs };
  },
};
