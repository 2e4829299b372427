/**
 * setAsideCaptions — a block of text set to a much wider measure than the body columns on
 * both sides of it, standing between them as one paragraph, is a photo caption printed
 * across the columns under the photo: it leaves the article body.
 *
 * Wrong when: an article's own lead paragraph is set wide over its columns (a "lead across
 * the top"); a dateline at its start keeps it in the body, and the repair can be rejected.
 */
import type { Repair } from '../model/repair';
import { makeRepair } from '../pipeline/context';
import { lineColumnsOf, type DraftUnit, type Pass } from '../pipeline/draft';
import { startsWithDateline } from '../text/line-forms';
import { quantile } from '../text/script';

/** How much wider than the body columns on both sides a caption is set. */
const WIDER = 1.35;

export const setAsideCaptions: Pass = {
  name: 'setAsideCaptions',
  run(draft, ctx) {
    const body = draft.units.filter((u) => u.role === 'body');
    const columns = lineColumnsOf(draft);
    if (columns.paragraphLines) return { draft, repairs: [] };
    const measure = (u: DraftUnit) => quantile(u.lineIds.map((id) => columns.widthOf.get(id) ?? 0), 0.5);
    const repairs: Repair[] = [];
    const captions = new Set<string>();
    body.forEach((unit, i) => {
      const before = body[i - 1];
      const after = body[i + 1];
      if (unit.lineIds.length < 2 || !before || startsWithDateline(unit.text)) return;
      const own = measure(unit);
      const sides = [before, after].filter((u): u is DraftUnit => u !== undefined).map(measure);
      if (!sides.every((w) => own >= w * WIDER)) return;
      const repair = makeRepair({
        pass: 'setAsideCaptions',
        kind: 'classify-block',
        reason: `Set “${unit.text.slice(0, 18)}…” aside as a photo caption: its lines are ${Math.round(own)} characters wide, against ${sides.map((w) => Math.round(w)).join(' and ')} in the columns around it.`,
        confidence: 0.6,
        lineIds: unit.lineIds,
        before: 'body',
        after: 'caption',
        evidence: { measure: own },
      });
      if (!ctx.applies(repair)) return;
      repairs.push(repair);
      captions.add(unit.id);
    });
    const units = draft.units.map((u) => (captions.has(u.id) ? { ...u, role: 'caption' as const } : u));
    return { draft: { ...draft, units }, repairs };
  },
};
