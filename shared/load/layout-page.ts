/**
 * Builds a `Page` from the blocks and lines a layout file (ALTO, PAGE XML, hOCR) gave, in
 * reading order. Shared by the three loaders so they number, separate and describe lines
 * the same way:
 * - one `SourceLine` per text line, ids `L1`, `L2`, … in reading order;
 * - ONE blank line between two blocks, so the passes' blank-line evidence (which reads a
 *   text page's empty lines as breaks) sees the block boundaries the OCR found. Blank lines
 *   get ids and numbers like the others, as in a text file;
 * - `raw` is the line as the file gives it, `text` the same without surrounding spaces.
 *
 * When it is wrong: an OCR tool that cuts one printed paragraph into several blocks (some
 * ABBYY versions do, at column breaks) gives blank lines inside the paragraph; the passes
 * weigh them as they weigh a blank line in a text file.
 */
import type { Box, LineHyphenation, Page, PageLayout, SourceFormat, SourceLine } from '../model/page';
import { ok, type Result } from '../model/result';
import { loadFailure, type LoadMessageId } from './load-messages';
import { detectScript } from './text-page';

/** A text line as a loader read it, before numbering. */
export interface LayoutLine {
  readonly raw: string;
  readonly box?: Box;
  readonly hyphenation?: LineHyphenation;
  readonly continuesWord?: string;
  readonly fontSize?: number;
  readonly confidence?: number;
  /** A type that belongs to this line rather than to its block (hOCR `ocr_header`). */
  readonly type?: string;
}

/** A block of lines, already in reading order. */
export interface LayoutBlock {
  readonly id: string;
  readonly type?: string;
  readonly lines: readonly LayoutLine[];
}

export interface LayoutSource {
  readonly name: string;
  readonly format: Extract<SourceFormat, 'alto' | 'hocr' | 'page-xml'>;
  readonly encoding: string;
  /** Hash of the file's text, for the page id. */
  readonly hash: string;
  readonly layout: PageLayout;
  /** The page number the markup carries (see `page-number.ts`). */
  readonly pageNumber?: number | null;
}

/** Script detection reads this much text at most: enough to decide, and a 100 MB page stays fast. */
const SCRIPT_SAMPLE_CHARS = 100_000;

const NO_LINES: Readonly<Record<LayoutSource['format'], LoadMessageId>> = { alto: 'loadError.noLinesAlto', hocr: 'loadError.noLinesHocr', 'page-xml': 'loadError.noLinesPageXml' };

function toSourceLine(line: LayoutLine, number: number, block: LayoutBlock, order: number): SourceLine {
  const type = line.type ?? block.type;
  return {
    id: `L${number}`,
    number,
    raw: line.raw,
    text: line.raw.trim(),
    block: type === undefined ? { id: block.id, order } : { id: block.id, type, order },
    ...(line.box === undefined ? {} : { box: line.box }),
    ...(line.hyphenation === undefined ? {} : { hyphenation: line.hyphenation }),
    ...(line.continuesWord === undefined ? {} : { continuesWord: line.continuesWord }),
    ...(line.fontSize === undefined ? {} : { style: { fontSize: line.fontSize } }),
    ...(line.confidence === undefined ? {} : { confidence: line.confidence }),
  };
}

/**
 * Numbers the lines of `blocks` (in the order given), puts a blank line between blocks and
 * detects the script. Blocks without lines are left out. A page with no text line at all is
 * `empty-file`.
 */
export function buildLayoutPage(source: LayoutSource, blocks: readonly LayoutBlock[]): Result<Page> {
  const lines: SourceLine[] = [];
  let sample = '';
  let order = 0;
  for (const block of blocks) {
    if (block.lines.length === 0) continue;
    if (lines.length > 0) lines.push({ id: `L${lines.length + 1}`, number: lines.length + 1, raw: '', text: '' });
    for (const line of block.lines) {
      const sourceLine = toSourceLine(line, lines.length + 1, block, order);
      lines.push(sourceLine);
      if (sample.length < SCRIPT_SAMPLE_CHARS) sample += `${sourceLine.text}\n`;
    }
    order++;
  }
  if (lines.length === 0) {
    return loadFailure('empty-file', NO_LINES[source.format], { name: source.name });
  }
  return ok({
    id: `${source.name}#${source.hash}`,
    name: source.name,
    format: source.format,
    script: detectScript(sample),
    encoding: source.encoding,
    lines,
    layout: source.layout,
    ...(source.pageNumber == null ? {} : { pageNumber: source.pageNumber }),
  });
}

/** A box from four numbers as the file wrote them, or nothing when one is missing or not a number. */
export function boxOf(x: string | undefined, y: string | undefined, w: string | undefined, h: string | undefined): Box | undefined {
  if (x === undefined || y === undefined || w === undefined || h === undefined) return undefined;
  const box = { x: Number(x), y: Number(y), w: Number(w), h: Number(h) };
  return [box.x, box.y, box.w, box.h].every(Number.isFinite) ? box : undefined;
}

/** Marks that end a line on a broken word: the same as `LINE_END_MARKS` in shared/text/lexicon.ts (not imported: that module loads word lists). */
const BREAK_MARKS = new Set(['-', '\u2010', '\u2011', '\u2E17', '¬', '\u00AD']);

/** The line-end mark `word` ends in, or `''`. */
export function trailingMark(word: string): string {
  const last = word.slice(-1);
  return BREAK_MARKS.has(last) ? last : '';
}

/** Mean of the numbers, or undefined for none; rounded to 4 places so equal files give equal pages. */
export function meanConfidence(sum: number, count: number): number | undefined {
  if (count === 0) return undefined;
  return Math.round((sum / count) * 10_000) / 10_000;
}

/** The value that occurs most often (the first of equals), or undefined for none. */
export function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
