/**
 * Paragraph evidence from the line boxes: a line that stops well short of its column's right
 * edge ends its paragraph (or stands alone); a line that starts further in than the line
 * above and than its column's left edge is indented, as a paragraph's first line is. Measured
 * in body line heights, so the rule holds at any scan resolution and in any unit.
 *
 * Wrong when: a line is ragged on purpose (a poem, a table row, an advertisement) or the
 * column is set ragged-right; then the short line is no paragraph end.
 */
import type { LineId } from '../model/page';
import type { PageGeometry } from './page-geometry';

/** Space left at the right, in body line heights, that makes a line short (about three Latin letters, 1.5 CJK characters). */
const SHORT_GAP = 1.5;
/** The share of its column a short text line stays under by default (text/columns SHORT_LINE). */
const DEFAULT_SHORT_SHARE = 0.85;

/**
 * The right-hand gap that makes a line short when the editor moved "how short a line must be"
 * (a share of the column on text pages): the gap grows as the share falls (0.85 → 1.5, 0.7 → 3).
 */
export function shortGapFor(shortLineShare: number): number {
  return (SHORT_GAP * (1 - shortLineShare)) / (1 - DEFAULT_SHORT_SHARE);
}
/** An indent, in body line heights: about one em. */
const INDENT = 0.6;

export interface LineEndEvidence {
  /** The line stops short of its column. */
  readonly short: boolean;
  /** The next line starts indented against this one and its column. */
  readonly nextIndented: boolean;
  readonly evidence: Readonly<Record<string, number>>;
}

/** What the boxes say about the break between line `a` and the line `b` after it; null without boxes for both. */
export function lineEndEvidence(a: LineId, b: LineId, geometry: PageGeometry | null | undefined, shortGap = SHORT_GAP): LineEndEvidence | null {
  const ga = geometry?.lines.get(a);
  const gb = geometry?.lines.get(b);
  if (!ga || !gb) return null;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    short: ga.rightGap >= shortGap,
    nextIndented: gb.indent >= INDENT && gb.indent - Math.max(0, ga.indent) >= INDENT,
    evidence: { rightGap: round(ga.rightGap), nextIndent: round(gb.indent) },
  };
}
