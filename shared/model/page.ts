/**
 * A scanned page as loaded: the source lines exactly as the OCR or layout tool wrote them.
 * Everything later (paragraphs, headings, repairs) points back here by line id.
 */

/** Stable id of a source line: `L` + its 1-based line number in the file (`L12`). */
export type LineId = string;

/** The writing system that decides how broken lines are joined. */
export type Script = 'cjk' | 'latin';

export type SourceFormat = 'text' | 'markdown' | 'alto' | 'hocr' | 'page-xml';

/** A rectangle on the page image, in the file's own units (pixels or ALTO units). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** What markdown (or another markup) said about a line, kept as a hint, never as text. */
export interface LineMarkup {
  /** `#` count of a markdown heading line (1–6). */
  readonly headingLevel?: number;
  /** The line was a markdown list item (`- `, `* `, `+ `). */
  readonly listItem?: boolean;
  /** The line ended in a markdown hard break (two trailing spaces). */
  readonly hardBreak?: boolean;
}

export interface SourceLine {
  readonly id: LineId;
  /** 1-based line number in the file as loaded. */
  readonly number: number;
  /** The line exactly as decoded, without its line terminator. */
  readonly raw: string;
  /** The printed text: `raw` without markup (markdown markers, trailing double spaces) and without surrounding white space. */
  readonly text: string;
  readonly markup?: LineMarkup;
  readonly box?: Box;
}

export interface Page {
  /** Stable within a session: derived from the file name and content. */
  readonly id: string;
  /** File name as the user knows it (`page-0001.txt`). */
  readonly name: string;
  readonly format: SourceFormat;
  readonly script: Script;
  /** The encoding the bytes were decoded from (`utf-8`, `utf-16le`, `gb18030`, …). */
  readonly encoding: string;
  /** Every line of the file, blank ones included, so numbers match the file. */
  readonly lines: readonly SourceLine[];
}

/** The lines that carry text: blank lines are layout, not content. */
export function textLines(page: Page): SourceLine[] {
  return page.lines.filter((line) => line.text !== '');
}
