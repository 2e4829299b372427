/**
 * readPageLines — makes one unit of every text line, noting the blank lines before it
 * beyond what the page usually leaves, and what the markup said: a markdown heading is a
 * heading (a `###` or a `◆` one a sub-heading inside an article). On a layout page it also
 * measures the columns and type sizes from the line boxes, once, for the later passes.
 *
 * Wrong when: a tool writes blank lines at random; then gaps carry no evidence, which the
 * later passes allow for by never deciding on a gap alone.
 */
import type { SourceLine } from '../model/page';
import type { DraftUnit, Pass, UnitRole } from '../pipeline/draft';
import { measurePageGeometry } from '../layout/page-geometry';
import { startsWithBulletSymbol } from '../text/line-forms';

export const readPageLines: Pass = {
  name: 'readPageLines',
  run(draft) {
    const usual = usualGap(draft.page.lines);
    const units: DraftUnit[] = [];
    let blanks = 0;
    for (const line of draft.page.lines) {
      if (line.text === '') {
        blanks++;
        continue;
      }
      const indented = /^\s/u.test(line.raw) && line.markup?.headingLevel === undefined;
      units.push({ id: `U-${line.id}`, lineIds: [line.id], text: line.text, role: markupRole(line), gapBefore: units.length ? Math.max(0, blanks - usual) : 0, ...(indented ? { startsIndented: true } : {}) });
      blanks = 0;
    }
    return { draft: { ...draft, units, articles: null, geometry: measurePageGeometry(draft.page) }, repairs: [] };
  },
};

function markupRole(line: SourceLine): UnitRole {
  const level = line.markup?.headingLevel;
  if (level === undefined) return 'body';
  return level >= 3 || startsWithBulletSymbol(line.text) ? 'subheading' : 'heading';
}

/** The number of blank lines the page most often leaves between two text lines. */
function usualGap(lines: readonly SourceLine[]): number {
  const counts = new Map<number, number>();
  let blanks = -1;
  for (const line of lines) {
    if (line.text === '') {
      if (blanks >= 0) blanks++;
      continue;
    }
    if (blanks >= 0) counts.set(blanks, (counts.get(blanks) ?? 0) + 1);
    blanks = 0;
  }
  let best = 0;
  let bestCount = -1;
  for (const [gap, count] of counts) if (count > bestCount || (count === bestCount && gap < best)) [best, bestCount] = [gap, count];
  return best;
}
