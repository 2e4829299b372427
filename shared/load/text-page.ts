/**
 * Builds a `Page` from decoded text: one `SourceLine` per line of the file, blank lines
 * included, so line numbers match what the user sees in an editor.
 *
 * Markdown: OCR/layout tools that write markdown mark headings (`# `…`###### `), list items
 * (`- `, `* `, `+ `) and hard breaks (two trailing spaces). Those markers are hints, not
 * printed text (GT-SPEC), so they move into `markup` and `text` keeps what was printed.
 *
 * Markdown escapes (`\#`, `1\.`, `\*`) are read as the characters they print, so a page
 * exported by Galley as markdown reads back as the same text.
 *
 * When it is wrong: a plain-text page whose lines really begin with `# ` or `- ` (a dash
 * used as a bullet by the printer) is read as markdown and loses those characters from
 * `text`; they stay in `raw`.
 */
import type { LineMarkup, Page, Script, SourceFormat, SourceLine } from '../model/page';
import type { Result } from '../model/result';
import { ok } from '../model/result';
import { decodePage } from './decode';
import { fnv1a32 } from './hash';
import { CJK_LETTER, LETTER, classesAt, unitsAt } from '../text/lexicon-letters';

export interface ParseOptions {
  /** Forces the format instead of guessing it from the name and the text. */
  readonly format?: Extract<SourceFormat, 'text' | 'markdown'>;
}

const HEADING = /^[ \t]{0,3}(#{1,6})(?:[ \t]+|$)/u;
const LIST_ITEM = /^[ \t]*[-*+][ \t]+(?=\S)/u;
// `* * *`, `---`, `- - -`: a markdown rule, not a list item; kept as text.
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
const HARD_BREAK = / {2,}$/u;
// CommonMark backslash escapes (`\#`, `1\.`, `\*`): the backslash is not printed. Our own
// markdown export writes them to keep a printed `#` or `- ` from turning into markup.
const ESCAPE = /\\([!-/:-@[-`{-~])/gu;

/** Splits on \r\n, \r and \n. A terminator at the very end does not start another line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/u);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function isListItem(line: string): boolean {
  return LIST_ITEM.test(line) && !THEMATIC_BREAK.test(line);
}

/**
 * Markdown when the name says so, when any line starts with a markdown heading marker
 * (`# `…`###### ` in the first column), or when a list of two or more items follows one
 * another (`- `, `* `, `+ ` bullets, blank lines between them only). Only the first column
 * counts: an indented `# 3 berths` is a paragraph. The list rule is for pages such as dev
 * page 002: a `.txt` written by a markdown-emitting OCR tool, with `- ` bullets and no
 * heading, whose bullets GT-SPEC drops. Scattered dash lines are not a list: a plain OCR page
 * of 1,400 lines printed `- i ?lrwt` at line 130 and `* _? zx` at line 259 (Evening Star,
 * 1870), and reading it as markdown unescaped its backslashes.
 */
export function detectFormat(name: string, lines: readonly string[]): 'text' | 'markdown' {
  if (/\.(md|markdown)$/iu.test(name)) return 'markdown';
  let run = 0;
  for (const line of lines) {
    if (/^#{1,6} /u.test(line)) return 'markdown';
    if (/^[-*+][ \t]/u.test(line) && isListItem(line)) {
      if (++run >= 2) return 'markdown';
    } else if (line.trim() !== '') run = 0;
  }
  return 'text';
}

function parseMarkdownLine(raw: string): { text: string; markup: LineMarkup | null } {
  let rest = raw;
  let headingLevel: number | undefined;
  let listItem = false;
  const hardBreak = HARD_BREAK.test(rest) && rest.trim() !== '';
  const heading = HEADING.exec(rest);
  if (heading) {
    headingLevel = heading[1]?.length;
    rest = rest.slice(heading[0].length);
  } else if (isListItem(rest)) {
    listItem = true;
    rest = rest.replace(LIST_ITEM, '');
  }
  rest = rest.trim().replace(ESCAPE, '$1');
  const markup: { headingLevel?: number; listItem?: boolean; hardBreak?: boolean } = {};
  if (headingLevel !== undefined) markup.headingLevel = headingLevel;
  if (listItem) markup.listItem = true;
  if (hardBreak) markup.hardBreak = true;
  return { text: rest, markup: Object.keys(markup).length > 0 ? markup : null };
}

/**
 * Letters and CJK letters among the characters of `text`, added to `counts`. Looked up, not
 * matched: two patterns and a one-character string per character made detectScript 6% of a
 * batch page's CPU (`--cpu-prof`).
 */
function countLetters(text: string, counts: { letters: number; cjk: number }): void {
  for (let i = 0; i < text.length; ) {
    const units = unitsAt(text, i);
    const classes = classesAt(text, i, units);
    if ((classes & LETTER) !== 0) counts.letters++;
    if ((classes & CJK_LETTER) !== 0) counts.cjk++;
    i += units;
  }
}

function scriptOf(counts: { letters: number; cjk: number }): Script {
  return counts.letters > 0 && counts.cjk >= counts.letters * 0.3 ? 'cjk' : 'latin';
}

/** 'cjk' when Han, kana and hangul make up at least 30% of the letters, else 'latin'. */
export function detectScript(text: string): Script {
  const counts = { letters: 0, cjk: 0 };
  countLetters(text, counts);
  return scriptOf(counts);
}

/** `name` + `#` + FNV-1a of the text: stable across runs, different when the content changes. */
export function pageId(name: string, text: string): string {
  return `${name}#${fnv1a32(text)}`;
}

/** Parses decoded text into a page. Never fails: any text is a page, possibly an odd one. */
export function parseTextPage(name: string, text: string, encoding: string, options: ParseOptions = {}): Page {
  const rawLines = splitLines(text);
  const format = options.format ?? detectFormat(name, rawLines);
  const lines: SourceLine[] = rawLines.map((raw, index) => {
    const number = index + 1;
    const id = `L${number}`;
    if (format === 'text') return { id, number, raw, text: raw.trim() };
    const parsed = parseMarkdownLine(raw);
    return parsed.markup === null
      ? { id, number, raw, text: parsed.text }
      : { id, number, raw, text: parsed.text, markup: parsed.markup };
  });
  // Line by line, as detectScript would read them joined: the page need not be built twice.
  const counts = { letters: 0, cjk: 0 };
  for (const line of lines) countLetters(line.text, counts);
  const script = scriptOf(counts);
  return { id: pageId(name, text), name, format, script, encoding, lines };
}

/** Decodes the bytes of a picked file and parses them into a page. */
export function loadTextPage(name: string, bytes: Uint8Array): Result<Page> {
  const decoded = decodePage(name, bytes);
  if (!decoded.ok) return decoded;
  return ok(parseTextPage(name, decoded.value.text, decoded.value.encoding));
}
