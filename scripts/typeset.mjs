// Sets public-domain text into narrow newspaper columns, as a compositor would: greedy lines,
// Liang hyphenation (TeX en-us patterns from the `hyphen` package) at line ends, and a
// compound's own hyphen as a break point too. Shared by make-sample-en.mjs and
// make-fixtures-en.mjs, which write pages and their ground truth from the unbroken text.
import createHyphenator from 'hyphen';
import patterns from 'hyphen/patterns/en-us.js';

const LEFT_MIN = 2;
const RIGHT_MIN = 3;
const SOFT = '\u00AD';
const hyphenate = createHyphenator(patterns, { hyphenChar: SOFT });
const LETTER = /\p{L}/u;

/** Letters in a row from `text[start]` going `step` (+1 or -1). */
function letterRun(text, start, step) {
  let n = 0;
  for (let i = start; i >= 0 && i < text.length && LETTER.test(text[i]); i += step) n++;
  return n;
}

/**
 * Places where `word` may break at a line end, as {head, tail, used, compound}: Liang's
 * points (the head gets a `-` added; `used` counts the word's own characters in the head),
 * and the word's own hyphens between two letters or digits (the head keeps that hyphen:
 * `battle-` + `field`).
 */
export function breakPoints(word) {
  const points = [];
  const marked = hyphenate(word);
  let plain = 0;
  for (const ch of marked) {
    if (ch === SOFT) {
      if (letterRun(word, plain - 1, -1) >= LEFT_MIN && letterRun(word, plain, 1) >= RIGHT_MIN) {
        points.push({ head: `${word.slice(0, plain)}-`, tail: word.slice(plain), used: plain, compound: false });
      }
    } else plain++;
  }
  for (let i = 1; i < word.length - 1; i++) {
    if (word[i] === '-' && /[\p{L}\p{N}]/u.test(word[i - 1]) && /[\p{L}\p{N}]/u.test(word[i + 1])) {
      points.push({ head: word.slice(0, i + 1), tail: word.slice(i + 1), used: i + 1, compound: true });
    }
  }
  return points;
}

/**
 * Sets one paragraph greedily at `width`, the first line indented by `indent`: a word that
 * does not fit is broken at its longest head that fits, or moved to the next line.
 * Returns the lines, `ends` (for each line, the offset in `text` just after what it printed)
 * and how many lines ended inside a compound.
 */
export function setParagraph(text, width, indent) {
  const lines = [];
  const ends = [];
  let line = indent;
  let empty = true;
  let end = 0;
  let offset = 0;
  let compoundBreaks = 0;
  for (const token of text.split(' ')) {
    let word = token;
    let start = offset;
    offset += token.length + 1;
    for (;;) {
      const sep = empty ? '' : ' ';
      if (line.length + sep.length + word.length <= width) {
        line += sep + word;
        empty = false;
        end = start + word.length;
        break;
      }
      const room = width - line.length - sep.length;
      const fits = breakPoints(word).filter((p) => p.head.length <= room);
      fits.sort((a, b) => b.head.length - a.head.length);
      const best = fits[0];
      if (best) {
        lines.push(line + sep + best.head);
        ends.push(start + best.used);
        if (best.compound) compoundBreaks++;
        line = '';
        empty = true;
        word = best.tail;
        start += best.used;
        continue;
      }
      if (empty) throw new Error(`"${word}" is wider than a ${width}-character column`);
      lines.push(line);
      ends.push(end);
      line = '';
      empty = true;
    }
  }
  if (!empty) {
    lines.push(line);
    ends.push(end);
  }
  return { lines, ends, compoundBreaks };
}

/** Headlines, decks and captions are set ragged, never hyphenated. */
export function setRagged(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}
