/**
 * hOCR (Tesseract, OCRopus, kraken, gImageReader) → `Page`: each `ocr_line` (or
 * `ocr_header`, `ocr_caption`, `ocr_textfloat`, `ocrx_line`) becomes one source line; each
 * `ocr_par` a block (an `ocr_carea` when it has no paragraphs), in file order: hOCR has no
 * reading order of its own, and Tesseract writes blocks in the order it read them.
 *
 * A line's `raw` is its `ocrx_word` texts joined by single spaces, entities decoded; a
 * line without words keeps its own text with runs of white space made one. A soft hyphen
 * (`&shy;`, U+00AD) stays in the text as the file gives it, and a line ending in one gets
 * `hyphenation: { kind: 'soft' }`. The box is the `bbox` of the line's `title`; the font size
 * the words' `x_fsize` (points), when the file has it; confidence the mean `x_wconf`.
 *
 * What is not the word's text: Tesseract's `lstm_choice_mode` writes each character's other
 * candidates (`ocrx_cinfo` with `x_confs`, `ocr_symbol` timesteps) inside the word, and the
 * hOCR spec's `<del>` in `alternatives` holds a rejected reading: none of it is printed text.
 * With `hocr_char_boxes`, the word's characters sit in `ocrx_cinfo` spans with `x_bboxes`,
 * one per character: the word is those characters, without the indentation between them.
 *
 * Parsed with htmlparser2, streaming: hOCR is HTML (often not well-formed XML), it has no
 * DTD to expand, and named entities come from HTML's fixed table.
 *
 * When it is wrong: a page whose lines are not inside `ocr_par` or `ocr_carea` (some
 * converters write lines straight under `ocr_page`) is one block per page.
 */
import { Parser } from 'htmlparser2';
import type { Box, Page } from '../model/page';
import type { Result } from '../model/result';
import { loadFailure } from './load-messages';
import { buildLayoutPage, meanConfidence, mostCommon, type LayoutLine } from './layout-page';
import { streamMarkupText } from './markup-decode';
import { hocrPageNumber } from './page-number';

/** Line classes, and the block type a line of that class says it is. */
const LINE_CLASSES: ReadonlyMap<string, string | undefined> = new Map([
  ['ocr_line', undefined],
  ['ocrx_line', undefined],
  ['ocr_header', 'heading'],
  ['ocr_caption', 'caption'],
  ['ocr_textfloat', 'floating'],
]);
const BLOCK_CLASSES = new Set(['ocr_carea', 'ocr_par', 'ocrx_block']);

/** `glyph`: a character of the word (`ocrx_cinfo` with `x_bboxes`); `alternative`: another reading, not printed text. */
type Role = 'page' | 'block' | 'line' | 'word' | 'glyph' | 'alternative' | null;

interface WordDraft {
  /** The word's own text, outside any character span. */
  text: string;
  /** The text of its character spans, when it has them. */
  glyphs: string;
  glyphDepth: number;
}

/** Inside a line: what an element that is no line or word is, or null when it is ordinary markup (`<strong>`). */
function innerRole(tag: string, classes: readonly string[], title: string | undefined, inWord: boolean, skipping: boolean): 'glyph' | 'alternative' | null {
  if (tag === 'del' || classes.includes('ocr_symbol')) return 'alternative';
  if (!classes.includes('ocrx_cinfo')) return null;
  if (skipping || !titleProperties(title).has('x_bboxes')) return 'alternative';
  // A character box straight in a line (no ocrx_word) is read as the line's own text.
  return inWord ? 'glyph' : null;
}

interface BlockDraft {
  readonly id: string;
}

interface LineDraft {
  readonly type: string | undefined;
  readonly box: Box | undefined;
  readonly words: string[];
  readonly sizes: number[];
  loose: string;
  confidenceSum: number;
  confidenceCount: number;
}

/** `bbox 10 20 300 60; x_wconf 96` → { bbox: ['10', …], x_wconf: ['96'] }. */
function titleProperties(title: string | undefined): Map<string, string[]> {
  const properties = new Map<string, string[]>();
  if (title === undefined) return properties;
  for (const part of title.split(';')) {
    const [key, ...values] = part.trim().split(/\s+/u);
    if (key !== undefined && key !== '') properties.set(key, values);
  }
  return properties;
}

function bboxOf(properties: Map<string, string[]>): Box | undefined {
  const values = properties.get('bbox')?.map(Number);
  if (values?.length !== 4 || !values.every(Number.isFinite)) return undefined;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = values;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

function firstNumber(properties: Map<string, string[]>, key: string): number | undefined {
  const value = properties.get(key)?.[0];
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function roleOf(classes: readonly string[]): { role: Role; lineType?: string | undefined } {
  for (const name of classes) {
    if (name === 'ocrx_word') return { role: 'word' };
    if (LINE_CLASSES.has(name)) return { role: 'line', lineType: LINE_CLASSES.get(name) };
    if (BLOCK_CLASSES.has(name)) return { role: 'block' };
    if (name === 'ocr_page') return { role: 'page' };
  }
  return { role: null };
}

/** Reads an hOCR file into a page. Fails (`malformed`, `empty-file`, …) with a message naming the file. */
export function loadHocr(name: string, bytes: Uint8Array): Result<Page> {
  const roles: Role[] = [];
  const blockStack: BlockDraft[] = [];
  /** Runs of lines of one block, in file order: a block whose lines are interrupted by another's comes back as a new run. */
  const runs: { block: BlockDraft; lines: LayoutLine[] }[] = [];
  let pages = 0;
  let pageBlock: BlockDraft | undefined;
  let pageSize: { width: number; height: number } | undefined;
  let pageNumber: number | null = null;
  let producer: string | undefined;
  let line: LineDraft | undefined;
  let word: WordDraft | undefined;
  /** Depth of alternative readings the parser is inside: their text is skipped. */
  let skipDepth = 0;
  let lineCount = 0;
  let blockCount = 0;

  const finishLine = (draft: LineDraft): void => {
    const raw = draft.words.length > 0 ? draft.words.join(' ') : draft.loose.trim().split(/\s+/u).join(' ');
    if (raw.trim() === '') return;
    const block = blockStack[blockStack.length - 1] ?? (pageBlock ??= { id: `B${++blockCount}` });
    let run = runs[runs.length - 1];
    if (run?.block !== block) {
      run = { block, lines: [] };
      runs.push(run);
    }
    const fontSize = mostCommon(draft.sizes);
    const confidence = meanConfidence(draft.confidenceSum, draft.confidenceCount);
    run.lines.push({
      raw,
      ...(draft.box === undefined ? {} : { box: draft.box }),
      ...(raw.endsWith('\u00AD') ? { hyphenation: { kind: 'soft', mark: '\u00AD' } } : {}),
      ...(fontSize === undefined ? {} : { fontSize }),
      ...(confidence === undefined ? {} : { confidence }),
      ...(draft.type === undefined ? {} : { type: draft.type }),
    });
  };

  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (tag === 'meta' && attributes['name'] === 'ocr-system' && attributes['content'] !== undefined) producer = attributes['content'];
        const classes = (attributes['class'] ?? '').split(/\s+/u);
        const inner = line === undefined ? null : innerRole(tag, classes, attributes['title'], word !== undefined, skipDepth > 0);
        if (inner !== null) {
          roles.push(inner);
          if (inner === 'alternative') skipDepth++;
          else if (word !== undefined) word.glyphDepth++;
          return;
        }
        const { role, lineType } = roleOf(classes);
        roles.push(role);
        if (role === null) return;
        const properties = titleProperties(attributes['title']);
        if (role === 'page') {
          pages++;
          pageBlock = undefined;
          pageNumber ??= hocrPageNumber(properties);
          const box = bboxOf(properties);
          if (pageSize === undefined && box !== undefined) pageSize = { width: box.w, height: box.h };
        } else if (role === 'block') {
          blockStack.push({ id: attributes['id'] ?? `B${++blockCount}` });
        } else if (role === 'line') {
          lineCount++;
          line = { type: lineType, box: bboxOf(properties), words: [], sizes: [], loose: '', confidenceSum: 0, confidenceCount: 0 };
        } else if (line !== undefined) {
          word = { text: '', glyphs: '', glyphDepth: 0 };
          const confidence = firstNumber(properties, 'x_wconf');
          if (confidence !== undefined && confidence >= 0 && confidence <= 100) {
            line.confidenceSum += confidence / 100;
            line.confidenceCount++;
          }
          const size = firstNumber(properties, 'x_fsize');
          if (size !== undefined) line.sizes.push(size);
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (word !== undefined && word.glyphDepth > 0) word.glyphs += text;
        else if (word !== undefined) word.text += text;
        else if (line !== undefined) line.loose += text;
      },
      onclosetag() {
        const role = roles.pop() ?? null;
        if (role === 'alternative') {
          skipDepth--;
        } else if (role === 'glyph') {
          if (word !== undefined) word.glyphDepth--;
        } else if (role === 'word') {
          const text = (word === undefined ? '' : word.glyphs !== '' ? word.glyphs : word.text).trim();
          if (text !== '' && line !== undefined) line.words.push(text);
          word = undefined;
        } else if (role === 'line') {
          if (line !== undefined) finishLine(line);
          line = undefined;
        } else if (role === 'block') {
          blockStack.pop();
        }
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  const streamed = streamMarkupText(name, bytes, (text) => parser.write(text));
  if (!streamed.ok) return streamed;
  parser.end();

  if (pages === 0 && lineCount === 0) {
    return loadFailure('malformed', 'loadError.notHocr', { name });
  }
  return buildLayoutPage(
    {
      name,
      format: 'hocr',
      encoding: streamed.value.encoding,
      hash: streamed.value.hash,
      pageNumber,
      layout: { unit: 'pixel', ...(pageSize ?? {}), ...(producer === undefined ? {} : { producer }) },
    },
    runs.map((run) => ({ id: run.block.id, lines: run.lines })),
  );
}
