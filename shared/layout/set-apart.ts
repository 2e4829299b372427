/**
 * Whether a line is set apart from the body type the way headings are: in a larger size
 * (the file's font size, or a taller line box than the body's), or centred in its column
 * with space on both sides. Evidence for findHeadings, never a decision alone: the text
 * must still read as a title (no clause, no dateline).
 *
 * Wrong when: the OCR gives one font size for the whole page (then only the box heights
 * speak), or a short line of a poem or a table is centred; those hold clauses or figures.
 */
import type { LineId } from '../model/page';
import type { PageGeometry } from './page-geometry';

/** A font this much larger than the body's is display type; up to CLEARLY_LARGER, only just. */
const LARGER_FONT = 1.2;
const CLEARLY_LARGER = 1.3;
/** Line boxes vary with ascenders and descenders: a box must be this much taller. */
const TALLER_LINE = 1.35;
/** Space on each side, in body line heights, that a centred line leaves. */
const CENTRED_MARGIN = 1.5;

export interface SetApart {
  /** For an editor: `set larger than the body (14 against 10 pt)`. */
  readonly reason: string;
  readonly evidence: Readonly<Record<string, number | string>>;
  /**
   * Only its place (centred) or a size just above the body's sets it apart: a section title
   * inside an article more often than a headline, where the page sets its headlines larger.
   */
  readonly weak: boolean;
}

export function setApartFromBody(lineId: LineId, geometry: PageGeometry | null | undefined): SetApart | null {
  const line = geometry?.lines.get(lineId);
  if (!line) return null;
  const ratio = Math.round(line.sizeRatio * 100) / 100;
  if (line.sizeFrom === 'font-size' ? line.sizeRatio >= LARGER_FONT : line.sizeRatio >= TALLER_LINE) {
    const what = line.sizeFrom === 'font-size' ? 'its font' : 'its line box';
    return { reason: `${what} is ${ratio} times the body’s`, evidence: { sizeRatio: ratio, sizeFrom: line.sizeFrom }, weak: line.sizeRatio < CLEARLY_LARGER };
  }
  const margins = line.indent + line.rightGap;
  const centred = line.indent >= CENTRED_MARGIN && line.rightGap >= CENTRED_MARGIN && Math.abs(line.indent - line.rightGap) <= Math.max(1, margins * 0.25);
  if (centred) {
    return { reason: 'it is centred in its column', evidence: { indent: Math.round(line.indent * 10) / 10, rightGap: Math.round(line.rightGap * 10) / 10 }, weak: true };
  }
  return null;
}
