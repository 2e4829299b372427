/**
 * How wide the page's columns are, line by line. Printed column lines are nearly all as
 * wide as their column, so the upper quantile of the widths around a line is the column
 * width there; a line well short of it ends a paragraph (or is no body line at all).
 *
 * A page whose lines are mostly wider than any newspaper column was written by a layout
 * tool that already joined the column lines: one line per paragraph ("paragraph lines").
 */
import type { Script } from '../model/page';
import { endsSentence, hasClauseMarks, lineWidth, quantile, quantileOfRange } from './script';

const isProse = (text: string): boolean => hasClauseMarks(text);

/** Widest line, in column units, that a printed newspaper column holds. */
const WIDEST_COLUMN: Record<Script, number> = { cjk: 30, latin: 75 };
/** Lines on each side that make the neighbourhood of a line. */
const WINDOW = 6;

export interface ColumnModel {
  /** True when the page gives one paragraph per line rather than one printed line per line. */
  readonly paragraphLines: boolean;
  /** Column width around each given line, in the units of `lineWidth`. */
  readonly widths: readonly number[];
}

/**
 * Measures the columns over the given body lines, in page order. `closings`: lines that come
 * after an article's end (a byline, a jump line between them): the measure starts afresh
 * there, so a new article's column is not measured by its neighbour's.
 */
export function measureColumns(texts: readonly string[], script: Script, closings: ReadonlySet<number> = new Set()): ColumnModel {
  const own = texts.map((t) => lineWidth(t, script));
  const paragraphLines = widerThanColumns(own, script);
  const run = measureRuns(own, texts, closings);
  const bounds = runBounds(run);
  const slide = script === 'latin';
  // Index loops and ranges rather than slices: this runs for every body line of every page.
  const widths = own.map((_, i) => {
    // Near a run's first or last line a Latin window slides inward rather than shrinking: a news
    // column's first lines are often short item ends (`source to-day were flW,ooo.ra.`), and six
    // lines on one side alone measure the column too narrow. CJK columns keep the clipped window:
    // the Chinese pages in other shapes (scripts/eval-variants-zh.mjs) read worse with it.
    const [first, last] = bounds[i] ?? [i, i];
    const from = slide ? Math.max(first, Math.min(i - WINDOW, last - 2 * WINDOW)) : Math.max(first, i - WINDOW);
    const to = slide ? Math.min(last, Math.max(i + WINDOW, first + 2 * WINDOW)) : Math.min(last, i + WINDOW);
    return quantileOfRange(own, from, to + 1, 0.8);
  });
  return { paragraphLines, widths: measureTitleRuns(widths, run, texts, closings) };
}

/** The first and last line of the run each line is in. */
function runBounds(run: readonly number[]): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  run.forEach((r, i) => {
    if (i + 1 < run.length && run[i + 1] === r) return;
    for (let k = start; k <= i; k++) bounds.push([start, i]);
    start = i + 1;
  });
  return bounds;
}

/** Lines a run of titles holds at most (a section label, a kicker, a headline). */
const TITLE_STACK = 3;

/**
 * A short run of lines with no clause in them, narrower than the run after it, is a stack
 * of titles over that column, not a column of its own: its lines take the next run's width,
 * so each shows as short of the column it stands over.
 */
function measureTitleRuns(widths: number[], run: readonly number[], texts: readonly string[], closings: ReadonlySet<number>): number[] {
  let start = 0;
  while (start < run.length) {
    let end = start;
    while (end + 1 < run.length && run[end + 1] === run[start]) end++;
    // Titles left at the page's end after an article closed (orphaned headlines) stand under
    // no column: they are measured by the column they follow.
    const next = widths[end + 1] ?? (closings.has(start) ? widths[start - 1] : undefined);
    const titles = end - start + 1 <= TITLE_STACK && noProse(texts, start, end);
    if (titles && next !== undefined && next > (widths[start] ?? 0)) for (let i = start; i <= end; i++) widths[i] = next;
    start = end + 1;
  }
  return widths;
}

function noProse(texts: readonly string[], start: number, end: number): boolean {
  for (let i = start; i <= end; i++) if (isProse(texts[i] ?? '')) return false;
  return true;
}

/** One column measure of a page's body lines, by line id: measured once, read by several passes. */
export interface LineColumns {
  readonly paragraphLines: boolean;
  /** Column width around each measured line, in the units of `lineWidth`. */
  readonly widthOf: ReadonlyMap<string, number>;
}

/** Measures the columns over the given body lines (in page order) and keys the widths by line id. */
export function measureLineColumns(lines: readonly { readonly id: string; readonly text: string; readonly afterClosing?: boolean }[], script: Script): LineColumns {
  const closings = new Set(lines.flatMap((l, i) => (l.afterClosing ? [i] : [])));
  const model = measureColumns(lines.map((l) => l.text), script, closings);
  return { paragraphLines: model.paragraphLines, widthOf: new Map(lines.map((l, i) => [l.id, model.widths[i] ?? 0])) };
}

/**
 * Whether these lines are paragraph lines: most are wider than any newspaper column. Cheap
 * (one median), so a pass can ask again of the lines left once the headings are set aside.
 */
export function isParagraphLines(texts: readonly string[], script: Script): boolean {
  return widerThanColumns(texts.map((t) => lineWidth(t, script)), script);
}

function widerThanColumns(widths: readonly number[], script: Script): boolean {
  return quantile(widths, 0.5) > WIDEST_COLUMN[script];
}

/** Lines in a row that make a narrower column. */
const NARROWER_RUN = 4;

/** A run of lines this much wider than the one before is set to another measure. */
const OTHER_MEASURE = 1.35;

/**
 * Numbers the runs of lines set to one measure: a caption across two columns interrupts
 * the single-column lines around it. A run changes where a line is much wider than the
 * run's full lines, or where two lines in a row are much narrower than them.
 */
function measureRuns(own: readonly number[], texts: readonly string[], closings: ReadonlySet<number>): number[] {
  const prose = texts.map(isProse);
  const runs: number[] = [];
  let run = 0;
  let members: number[] = [];
  let before = 0;
  own.forEach((w, i) => {
    const measure = quantileOfRange(members, Math.max(0, members.length - 12), members.length, 0.8);
    const established = members.length >= 3;
    const wider = established && w > measure * OTHER_MEASURE;
    // A narrower column runs on for several lines: two lines of running text, or more where
    // they hold no clause (two or three short lines are a heading stack, not a column).
    const needed = prose[i] && prose[i + 1] ? 2 : NARROWER_RUN;
    // The `needed` lines from this one: all of them narrower (and their spread small), or all
    // back to the column before.
    const complete = i + needed <= own.length;
    let narrower = complete;
    let fitsBefore = complete;
    let least = Infinity;
    let most = -Infinity;
    for (let k = i; complete && k < i + needed; k++) {
      const x = own[k] as number;
      if (!(x * OTHER_MEASURE < measure && x > measure / 2)) narrower = false;
      // Back to the column a short wide block interrupted (a caption of two lines): the block's
      // last sentence has ended and the lines fit the column before it again.
      // Measured against that column, not the block: a caption twice the column's width leaves
      // the column lines at half its measure, which `fitsNarrower` would count as too narrow.
      if (!(x * OTHER_MEASURE >= before && x <= before * 1.15)) fitsBefore = false;
      if (x < least) least = x;
      if (x > most) most = x;
    }
    const fitsNarrower = narrower && least * OTHER_MEASURE > most;
    const back = !established && before > 0 && measure > before * OTHER_MEASURE && endsSentence(texts[i - 1] ?? '') && fitsBefore;
    if (wider || (established && fitsNarrower) || back || (closings.has(i) && members.length > 0)) {
      before = measure;
      run++;
      members = [];
    }
    members.push(w);
    runs.push(run);
  });
  return runs;
}

/** A line this much narrower than its column ends a paragraph (or stands alone); the editor may move it (engine-settings.ts). */
export const SHORT_LINE = 0.85;

export function isShortLine(width: number, column: number, script: Script, share = SHORT_LINE): boolean {
  // One or two characters of slack: digits and punctuation are set narrower.
  const slack = script === 'cjk' ? 1.5 : 3;
  return width < Math.min(column * share, column - slack);
}
