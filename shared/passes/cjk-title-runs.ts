/**
 * Runs of CJK title lines told by where they stand, not by their width. A Chinese headline
 * may be as wide as the column or wider, so width alone does not tell it from a column line;
 * a run of such lines does, in two places:
 * - at the page's end: layout tools often print a page's headlines after all its text (dev
 *   000 shows it), a run no article's text goes on into;
 * - over a paragraph's first line: a kicker, a headline and a label stacked over an article
 *   whose first line is set in (by an indent, or two characters short where the OCR dropped
 *   the indent) or opens with a dateline.
 * Either way none of the run's lines holds a mark of running text or ends a sentence, the
 * text above it was finished (the page's start, a full stop, a credit, a date under a
 * signature), and its widths are no column's: a column's lines fill one measure, a title
 * run's lines fall short of it or run past it.
 *
 * Wrong when: a paragraph cut at the page's end holds no mark in its last lines and they
 * happen to fall short of the column (a jump line normally says where it goes on), or a
 * notice lists entries of no punctuation straight over a paragraph; the repair can be
 * rejected.
 */
import type { DraftUnit } from '../pipeline/draft';
import { isDateLine, isNoticeCloser, startsWithBulletSymbol, startsWithDateline } from '../text/line-forms';
import { endsSentence, lineWidth } from '../text/script';
import { TEXT_MARK } from './cjk-title-lines';

/** Fewest lines a run needs: one line alone may be a signature or a paragraph's last words. */
const LEAST_LINES = 2;
/** Most lines a stack over a paragraph takes: a label, a kicker, a headline, a deck. */
const MOST_OVER_PARAGRAPH = 4;
/** Widest title line, in characters (a notice's title runs long). */
const WIDEST = 45;
/** Narrower than its column by this much, a line does not fill it. */
const SHORT_BY = 2.5;
/** Wider than its column by this much, a line is set to another measure. */
const WIDER_BY = 1;
/** How much shorter than its column a paragraph's first line is when the OCR dropped its indent. */
const INDENT_MISSING = [1.5, 3] as const;

export interface TitleRun {
  /** Indexes of the run's body units (lines not yet taken as headings), in page order. */
  readonly indexes: readonly number[];
  readonly lines: number;
  readonly where: 'page-end' | 'over-paragraph';
  /**
   * The run opens with a bullet symbol (`◆快递进村走出“山西` / `路径”`): one sub-heading inside
   * its article broken over lines, not a headline stack.
   */
  readonly bullet: boolean;
}

/** The title runs of a CJK page. `columnOf`: the column a unit's line was measured in. */
export function cjkTitleRuns(units: readonly DraftUnit[], columnOf: (unit: DraftUnit) => number): TitleRun[] {
  const runs: TitleRun[] = [];
  // Measured against the last column line above the run (a credit or a jump line has no measure).
  const lastColumn = (above: DraftUnit | undefined) => {
    for (let k = above ? units.indexOf(above) : -1; k >= 0; k--) if (units[k]?.role === 'body') return columnOf(units[k] as DraftUnit);
    return 0;
  };
  const atEnd = runEndingAt(units, units.length, Infinity, lastColumn);
  if (atEnd && !atEnd.bullet) runs.push({ ...atEnd, where: 'page-end' });
  units.forEach((unit, i) => {
    if (unit.role !== 'body' || !opensParagraph(unit, units[i + 1], columnOf(unit))) return;
    const run = runEndingAt(units, i, MOST_OVER_PARAGRAPH, () => columnOf(unit));
    if (run) runs.push({ ...run, where: 'over-paragraph' });
  });
  return runs;
}

/**
 * The run of title lines straight before `end`, at most `most` lines, or null. `columnOf`: the
 * column the run is measured against, given the line above it (the text above or below was
 * set in it: the run's own lines bend the page's measure where they stand).
 */
function runEndingAt(units: readonly DraftUnit[], end: number, most: number, columnOf: (above: DraftUnit | undefined) => number): Omit<TitleRun, 'where'> | null {
  let start = end;
  while (start > 0 && isTitleLike(units[start - 1] as DraftUnit)) start--;
  const run = units.slice(start, end);
  if (run.length < LEAST_LINES || run.length > most || run.every((u) => u.role !== 'body')) return null;
  // A bullet opens a sub-heading; one inside the run would open a second.
  if (run.slice(1).some((u) => startsWithBulletSymbol(u.text))) return null;
  const above = units[start - 1];
  // A notice's formula (`特此公告`) is followed by its signature, which holds no mark either.
  const finished = !above || above.role !== 'body' || endsSentence(above.text) || isDateLine(above.text);
  if (!finished) return null;
  const column = columnOf(above);
  const offMeasure = column > 0 && run.some((u) => {
    const width = lineWidth(u.text.replace(/\s+/gu, ''), 'cjk');
    return width < column - SHORT_BY || width > column + WIDER_BY;
  });
  if (!offMeasure) return null;
  const bullet = startsWithBulletSymbol(run[0]?.text ?? '') && run.every((u) => u.role === 'body');
  return { indexes: run.flatMap((u, k) => (u.role === 'body' ? [start + k] : [])), lines: run.length, bullet };
}

/** A line that opens a paragraph on its own evidence: set in, or a dateline, with a column line under it. */
function opensParagraph(unit: DraftUnit, next: DraftUnit | undefined, column: number): boolean {
  if (startsWithDateline(unit.text)) return true;
  if (next?.role !== 'body') return false;
  if (unit.startsIndented) return true;
  const missing = column - lineWidth(unit.text, 'cjk');
  return missing >= INDENT_MISSING[0] && missing <= INDENT_MISSING[1] && lineWidth(next.text, 'cjk') >= column - 1;
}

/** A line that can be a title: no mark of running text, not a date, a dateline or a formula. */
function isTitleLike(unit: DraftUnit): boolean {
  if (unit.role === 'heading') return true;
  if (unit.role !== 'body') return false;
  const text = unit.text.trim();
  const width = lineWidth(text, 'cjk');
  if (width < 2 || width > WIDEST || TEXT_MARK.test(text) || endsSentence(text)) return false;
  return !startsWithDateline(text) && !isDateLine(text) && !isNoticeCloser(text) && !unit.startsIndented;
}
