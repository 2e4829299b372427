/**
 * Puts a rebuilt text (a paragraph, a headline) back on the source lines it came from, so
 * that a layout export can write each printed line with its corrected words.
 *
 * How: the span's source lines, joined by `\n`, are aligned with its corrected text
 * character by character (jsdiff); each line break of the source falls at one place in the
 * corrected text, and the text between two such places is that line's. Joining spaces the
 * engine put at a line break, and break marks it removed, fall between lines and vanish.
 *
 * A word the corrected text runs across a line break (no space on either side of the break)
 * is a re-joined word: when the source line ended in a break mark that the corrected text
 * no longer has, the line gets `joinedWord` (the whole word) and its mark, and the next line
 * `continuesWord`, so the exporter can write ALTO `HypPart1`/`HypPart2` + `HYP`. A hyphen the
 * engine kept stays in the line's text, and the pair is marked without a `breakMark`
 * (`SUBS_CONTENT="Staten-Hi"`, no HYP), as ALTO producers write a compound broken at its hyphen.
 *
 * When it is wrong: an editor's rewrite that shares little with the source still lands on
 * the lines in order, but where it breaks between them is a guess (past `MAX_EDIT` changed
 * characters, the text is cut in proportion to the lines' lengths).
 */
import { diffChars } from 'diff';
import type { LineId, Script, SourceLine } from '../model/page';

export interface PlacedLine {
  readonly line: SourceLine;
  /** The corrected text that falls on this line, trimmed; may be `''` when an edit removed it. */
  readonly text: string;
  /** The line's last word runs on into the next line and the engine removed its break mark: the whole word. */
  readonly joinedWord?: string;
  /** The break mark the engine removed, to write as HYP (the source's own mark, `-` when it printed none); absent when the hyphen was kept in the text. */
  readonly breakMark?: string;
  /** The line opens with the rest of the previous line's `joinedWord`. */
  readonly continuesWord?: string;
}

/**
 * Beyond this many changed characters a span is cut by length instead of aligned. The engine's
 * own changes are a few characters a line (a space, a hyphen); alignment costs about the
 * span's length times this, so a rewritten 4,000-character paragraph takes ~0.2 s, not ~1 s.
 */
const MAX_EDIT = 1000;

const BREAK_MARKS = new Set(['-', '\u2010', '\u2011', '\u2E17', '¬', '\u00AD']);

function endsInMark(text: string): string {
  const last = text.slice(-1);
  return BREAK_MARKS.has(last) ? last : '';
}

/** Where each source line break (`\n` at `breaks[i]` of `original`) falls in `corrected`. */
function alignBreaks(original: string, corrected: string, breaks: readonly number[]): number[] | undefined {
  const changes = diffChars(original, corrected, { maxEditLength: MAX_EDIT });
  if (changes === undefined) return undefined;
  const places: number[] = [];
  let o = 0;
  let c = 0;
  let next = 0;
  for (const change of changes) {
    const length = change.value.length;
    if (change.added) {
      c += length;
      continue;
    }
    while (next < breaks.length && (breaks[next] ?? Infinity) < o + length) {
      const at = breaks[next] ?? 0;
      places.push(change.removed ? c : c + (at - o));
      next++;
    }
    o += length;
    if (!change.removed) c += length;
  }
  while (places.length < breaks.length) places.push(corrected.length);
  return places;
}

/** The white space nearest to `at` in `text` (not before `from`), or `at` when there is none. */
function nearestSpace(text: string, at: number, from: number): number {
  for (let d = 0; at - d >= from || at + d < text.length; d++) {
    if (at - d >= from && /\s/u.test(text[at - d] ?? '')) return at - d;
    if (at + d < text.length && /\s/u.test(text[at + d] ?? '')) return at + d;
  }
  return at;
}

/** Cuts `corrected` where the lines' shares of the source text end, at the nearest space so no word is cut. */
function proportionalBreaks(lines: readonly string[], corrected: string): number[] {
  const total = lines.reduce((sum, text) => sum + text.length, 0) || 1;
  const places: number[] = [];
  let sum = 0;
  for (const text of lines.slice(0, -1)) {
    sum += text.length;
    const from = places[places.length - 1] ?? 0;
    places.push(Math.max(from, nearestSpace(corrected, Math.round((sum / total) * corrected.length), from)));
  }
  return places;
}

/** The whitespace-delimited token of `text` around `at`, without punctuation at its ends. */
function wordAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !/\s/u.test(text[start - 1] ?? ' ')) start--;
  let end = at;
  while (end < text.length && !/\s/u.test(text[end] ?? ' ')) end++;
  return text.slice(start, end).replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
}

/**
 * The corrected `text` of a span, placed on its source lines (`lineIds`, in the span's
 * order; blank and unknown ids are skipped). The placed texts, joined, give `text` again up
 * to white space at the breaks.
 */
export function placeOnLines(text: string, lineIds: readonly LineId[], lineById: ReadonlyMap<LineId, SourceLine>, script: Script): PlacedLine[] {
  const lines = lineIds.map((id) => lineById.get(id)).filter((line): line is SourceLine => line !== undefined && line.text !== '');
  if (lines.length === 0) return [];
  const sourceTexts = lines.map((line) => line.text);
  const original = sourceTexts.join('\n');
  const breaks: number[] = [];
  let position = -1;
  for (const source of sourceTexts.slice(0, -1)) {
    position += source.length + 1;
    breaks.push(position);
  }
  const places = alignBreaks(original, text, breaks) ?? proportionalBreaks(sourceTexts, text);
  const bounds = [0, ...places, text.length];

  const placed: { line: SourceLine; text: string; joinedWord?: string; breakMark?: string; continuesWord?: string }[] = lines.map((line, i) => ({
    line,
    text: text.slice(bounds[i] ?? 0, bounds[i + 1] ?? text.length).trim(),
  }));
  if (script === 'latin') {
    places.forEach((at, i) => {
      const before = placed[i];
      const after = placed[i + 1];
      if (before === undefined || after === undefined || before.text === '' || after.text === '') return;
      // A space on either side of the break: the word ended with the line.
      if (/\s/u.test(text[at - 1] ?? ' ') || /\s/u.test(text[at] ?? ' ')) return;
      const sourceMark = before.line.hyphenation?.mark ?? endsInMark(before.line.text);
      const printed = before.line.hyphenation !== undefined || sourceMark !== '';
      if (!printed) return;
      const word = wordAround(text, at);
      if (word === '') return;
      before.joinedWord = word;
      after.continuesWord = word;
      // The corrected line still ends in the mark: a hyphen the engine kept (`Staten-` +
      // `Hi`), which stays in the text and gets no HYP; the pair still says it is one word.
      if (endsInMark(before.text) === '') before.breakMark = sourceMark === '' ? '-' : sourceMark;
    });
  }
  return placed;
}
