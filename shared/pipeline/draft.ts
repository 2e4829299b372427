/**
 * The working document the passes hand to each other: the page's text as units in page
 * order (a paragraph, a heading line, a byline, a caption…), each with its role and its
 * source lines, and once found, the articles as lists of units. `assemble` turns the final
 * draft into the `Reconstruction` that the app shows and the exporters write.
 */
import type { LineId, Page } from '../model/page';
import type { OtherKind } from '../model/reconstruction';
import type { Repair, RepairId } from '../model/repair';
import type { PageGeometry } from '../layout/page-geometry';
import { measureLineColumns, type LineColumns } from '../text/columns';
import type { PassContext } from './context';

/** What a unit is on the printed page. `heading` is a heading line whose exact role is not decided yet. */
export type UnitRole =
  | 'body'
  | 'heading'
  | 'headline'
  | 'kicker'
  | 'deck'
  | 'byline'
  | 'jump'
  | 'subheading'
  | OtherKind;

export interface DraftUnit {
  /** Stable: `U-` + its first line id (`U-L12`), or with a suffix when split off a line. */
  readonly id: string;
  readonly lineIds: readonly LineId[];
  readonly text: string;
  readonly role: UnitRole;
  /** Blank lines before the unit's first line, beyond what the page usually leaves. */
  readonly gapBefore: number;
  /** The first line was printed indented (leading white space in the source). */
  readonly startsIndented?: boolean;
  /** The page itself marks this unit as a new paragraph (an indent, a gap, a short line before). */
  readonly opensParagraph?: boolean;
}

/** An article as the passes build it: its units, in reading order. */
export interface DraftArticle {
  readonly id: string;
  readonly unitIds: readonly string[];
}

export interface Draft {
  readonly page: Page;
  readonly units: readonly DraftUnit[];
  /** Null until a pass has grouped the units into articles. */
  readonly articles: readonly DraftArticle[] | null;
  /** Columns and type sizes from the line boxes (readPageLines); null or absent on a page without boxes. */
  readonly geometry?: PageGeometry | null;
  /** Column widths of the body lines in characters, measured once (findHeadings) for the passes after it. */
  readonly lineColumns?: LineColumns;
}

/**
 * The draft's column measure, or a fresh one over its body lines when no pass has measured
 * yet (findHeadings switched off). Measured before any join, while every unit is one line.
 */
export function lineColumnsOf(draft: Draft): LineColumns {
  if (draft.lineColumns) return draft.lineColumns;
  const lines = new Map(draft.page.lines.map((l) => [l.id, l]));
  // On a CJK page a byline or a jump line closes an article, and the next one may be set to
  // another measure: the body lines after one are measured afresh.
  const cjk = draft.page.script === 'cjk';
  const body: { id: string; text: string; afterClosing: boolean }[] = [];
  draft.units.forEach((u, k) => {
    if (u.role !== 'body') return;
    const before = draft.units[k - 1];
    const afterClosing = cjk && (before?.role === 'byline' || before?.role === 'jump');
    u.lineIds.forEach((id, n) => body.push({ id, text: u.lineIds.length === 1 ? u.text : (lines.get(id)?.text ?? ''), afterClosing: afterClosing && n === 0 }));
  });
  return measureLineColumns(body, draft.page.script);
}

export interface PassOutput {
  readonly draft: Draft;
  readonly repairs: readonly Repair[];
}

/** A pass: a pure function from a draft to a draft and the repairs it made. */
export interface Pass {
  /** A name an editor understands (`joinColumnLines`). */
  readonly name: string;
  run(draft: Draft, ctx: PassContext): PassOutput;
}

export type { RepairId };
