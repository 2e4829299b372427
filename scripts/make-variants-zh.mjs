#!/usr/bin/env node
// Sets the articles of the Chinese dev pages again in other shapes that OCR and layout tools
// produce, each page with its truth, to see where the engine breaks on shapes the dev pages
// do not show (issue #3). The truth's text is the dev truth's, unchanged: a shape moves,
// wraps and marks the same strings, and only the page order of the pieces differs.
//
//   node scripts/make-variants-zh.mjs [OUT_DIR] [--dev DIR]
//
// OUT_DIR defaults to a fresh temp folder (printed); DIR to tests/fixtures/dev. Writes
// OUT_DIR/<shape>/<page>.txt and <page>.gt.json. Column widths, wrap spaces, cut points and
// the order of orphaned headlines come from mulberry32 seeded by shape and page name, so a
// re-run writes the same bytes. Every page is checked: its non-space characters (markdown
// markers aside) are exactly the truth's, each once.
//
// Shapes (see SHAPES): column lines with no blank line, with a blank line after every line,
// with a full-width indent; OCR wrap spaces inside CJK; markdown with and without markers;
// headlines orphaned after their body or at the page end; two articles interleaved with a
// paragraph cut at a column end; kicker and headline merged on one line.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Each shape: `base` lines (printed column lines) or md (one paragraph a line, blank lines
 * between); the options below; `move` how the pieces are reordered.
 */
export const SHAPES = {
  lines: { base: 'lines', about: 'column lines, first line of a paragraph 2 shorter (indent lost), no blank lines' },
  'lines-blank': { base: 'lines', blankAfterLine: true, about: 'column lines with a blank line after every line (as dev 000)' },
  'lines-indent': { base: 'lines', indent: '\u3000\u3000', about: 'column lines, paragraphs open with two full-width spaces' },
  'lines-wrapspace': { base: 'lines', mergeLines: 0.3, about: 'column lines, ~30% of line pairs merged by the OCR with a space at the wrap' },
  'paras-wrapspace': { base: 'md', markers: true, wrapSpace: 0.3, about: 'one paragraph a line, ~30% of its CJK-CJK column wraps left as a space' },
  md: { base: 'md', markers: true, about: 'markdown: # headline, ## kicker/deck, one paragraph a line, blank lines' },
  'md-plain': { base: 'md', markers: false, about: 'as md without any # markers (a layout tool without headings)' },
  'md-orphan-after': { base: 'md', markers: false, move: 'orphan-after', about: 'md-plain, every headline block printed after its article' },
  'md-orphan-end': { base: 'md', markers: false, move: 'orphan-end', about: 'md-plain, all headline blocks at the page end, shuffled' },
  'lines-orphan-end': { base: 'lines', blankAfterLine: true, move: 'orphan-end', about: 'lines-blank, all headline blocks at the page end (as dev 000)' },
  'md-interleave': { base: 'md', markers: true, move: 'interleave', about: 'md, B printed inside A; A paragraph cut mid-sentence, continued after B' },
  'lines-interleave': { base: 'lines', move: 'interleave', about: 'lines, B printed inside A; A paragraph cut at a column end, continued after B' },
  'md-merged-heads': { base: 'md', markers: true, move: 'merge-heads', about: 'md, kicker and headline on one # line, one space between' },
  'lines-merged-heads': { base: 'lines', move: 'merge-heads', about: 'lines, kicker and headline on one line, one space between' },
};

// ---------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string: one seed per shape and page, so adding a shape changes no other. */
function seedOf(text) {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
  return h;
}

const pick = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

function shuffle(rand, items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Setting a paragraph in column lines

const HAN = /\p{Script=Han}/u;
const NO_LINE_START = /[，。、；：？！”’）》」』,.;:?!)%]/u;
/** A Latin letter, digit or ASCII mark takes about half a CJK cell. */
const cellWidth = (ch) => (ch.codePointAt(0) < 0x80 ? 0.5 : 1);

/**
 * Breaks `text` into lines of `width` cells, the first `firstWidth`. A break never falls
 * next to a printed space: the space would be lost at the line end, and the truth keeps it.
 */
function wrap(text, width, firstWidth = width) {
  const chars = [...text];
  const lines = [];
  let start = 0;
  while (start < chars.length) {
    const room = lines.length === 0 ? firstWidth : width;
    let end = start;
    let used = 0;
    while (end < chars.length && used + cellWidth(chars[end]) <= room) used += cellWidth(chars[end++]);
    // Kinsoku: a closing mark does not open a line; it hangs at the end of the line before.
    while (end < chars.length && NO_LINE_START.test(chars[end])) end++;
    while (end < chars.length && end > start + 1 && (chars[end] === ' ' || chars[end - 1] === ' ')) end--;
    if (end < chars.length && (chars[end] === ' ' || chars[end - 1] === ' ')) {
      // No break found before: take the space run into this line.
      while (end < chars.length && chars[end] === ' ') end++;
    }
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}

// ---------------------------------------------------------------------------------------
// The pieces of a page

/**
 * A page as pieces in print order. Kinds: `head` (role kicker|headline|deck), `para` (a body
 * paragraph or a fragment of one: `cutEnd` its end is a column end, `cutStart` it continues
 * one), `line` (a byline or jump, one line), `caption`/`other` (set like a paragraph).
 */
function articlePieces(article, index, width, markers) {
  const heads = [];
  if (article.kicker) heads.push({ kind: 'head', role: 'kicker', text: article.kicker });
  if (article.headline) heads.push({ kind: 'head', role: 'headline', text: article.headline });
  if (article.subheadline) heads.push({ kind: 'head', role: 'deck', text: article.subheadline });
  const before = article.jumps.filter((j) => /上接|接第/u.test(j)).map((text) => ({ kind: 'line', text }));
  const after = article.jumps.filter((j) => !/上接|接第/u.test(j)).map((text) => ({ kind: 'line', text }));
  const body = article.paragraphs.map((text) => ({ kind: 'para', text, width, ...(markers.has(text) ? { marker: markers.get(text) } : {}) }));
  const tail = [...(article.byline ? [{ kind: 'line', text: article.byline }] : []), ...after];
  return { index, heads, body: [...before, ...body], tail };
}

/** Where each `other` entry stood in the dev page: before the article whose body starts after it. */
function otherSlots(truth, devText) {
  const flat = norm(devText);
  // Pages repeat their openings (`本报讯 （记者 武玲芳）12月12日，…` four times): search on
  // from the article before, with a long prefix.
  let from = 0;
  const bodyStarts = truth.articles.map((a) => {
    const at = flat.indexOf(norm(a.paragraphs[0] ?? '').slice(0, 20), from);
    if (at >= 0) from = at + 1;
    return at;
  });
  return truth.other.map((o) => {
    const at = flat.indexOf(norm(o.text).slice(0, 20));
    return at < 0 ? truth.articles.length : bodyStarts.filter((s) => s >= 0 && s < at).length;
  });
}

/** Text → markdown marker of the dev page's heading lines (`## ◆快递进村…`, `### 启未来之门`). */
function headingMarkers(devText) {
  const out = new Map();
  for (const m of devText.matchAll(/^(#+) (.+?)\s*$/gmu)) out.set(m[2], m[1]);
  return out;
}

const norm = (s) => s.replace(/^#+ /gmu, '').replace(/\s+/gu, '');

function planPage(truth, devText, shape, rand) {
  const markers = headingMarkers(devText);
  const articles = truth.articles.map((a, i) => articlePieces(a, i, pick(rand, 10, 20), markers));
  if (shape.move === 'merge-heads') {
    for (const a of articles) {
      if (a.heads.length < 2) continue;
      a.heads = [{ kind: 'head', role: 'headline', text: a.heads.map((h) => h.text).join(' '), merged: true }];
    }
  }
  const slots = otherSlots(truth, devText);
  const others = truth.other.map((o, i) => ({ slot: slots[i], piece: { kind: 'caption', text: o.text, width: pick(rand, 10, 20) } }));
  const runs = articles.map((a) => articleRun(a, shape));
  if (shape.move === 'interleave') interleave(articles, runs, shape, rand);
  const pieces = [];
  runs.forEach((run, i) => {
    for (const o of others) if (o.slot === i) pieces.push(o.piece);
    pieces.push(...run);
  });
  for (const o of others) if (o.slot >= runs.length) pieces.push(o.piece);
  if (shape.move === 'orphan-end') for (const a of shuffle(rand, articles)) pieces.push(...a.heads);
  return pieces;
}

function articleRun(a, shape) {
  if (shape.move === 'orphan-after') return [...a.body, ...a.tail, ...a.heads];
  if (shape.move === 'orphan-end') return [...a.body, ...a.tail];
  return [...a.heads, ...a.body, ...a.tail];
}

/**
 * Prints B inside A for about every other pair of neighbouring articles: A's heads and first
 * paragraphs, the start of one A paragraph cut mid-sentence, then B's heads and first half,
 * then the rest of that A paragraph and of A, then the rest of B. A's body still starts
 * first, so the truth's article order holds.
 */
function interleave(articles, runs, shape, rand) {
  let done = 0;
  for (let i = 0; i + 1 < articles.length; i++) {
    const a = articles[i];
    const b = articles[i + 1];
    if (runs[i].length === 0 || runs[i + 1].length === 0 || a.body.length < 2 || b.body.length < 2) continue;
    if (done > 0 && rand() < 0.5) continue;
    const cut = cutParagraph(a, shape, rand);
    if (!cut) continue;
    const { k, first, second } = cut;
    const half = Math.ceil(b.body.length / 2);
    const withCut = [...a.body.slice(0, k), first];
    runs[i] = [...a.heads, ...withCut, ...b.heads, ...b.body.slice(0, half), second, ...a.body.slice(k + 1), ...a.tail, ...b.body.slice(half), ...b.tail];
    runs[i + 1] = [];
    done++;
    i++;
  }
}

/** One of A's paragraphs split at a column end (lines) or mid-sentence (md), not after a sentence end. */
function cutParagraph(a, shape, rand) {
  const order = shuffle(rand, a.body.map((_, k) => k)).filter((k) => a.body[k].kind === 'para');
  for (const k of order) {
    const p = a.body[k];
    const chars = [...p.text];
    let at = -1;
    if (shape.base === 'lines') {
      const lines = wrap(p.text, p.width, p.width - 2);
      const ends = [];
      let n = 0;
      for (const line of lines.slice(0, -1)) ends.push((n += [...line].length));
      const good = ends.filter((e) => HAN.test(chars[e - 1]) && HAN.test(chars[e]));
      if (good.length) at = good[Math.floor(rand() * good.length)];
    } else {
      const good = [];
      for (let e = Math.floor(chars.length * 0.3); e < chars.length * 0.7; e++) if (HAN.test(chars[e - 1]) && HAN.test(chars[e])) good.push(e);
      if (good.length) at = good[Math.floor(rand() * good.length)];
    }
    if (at < 0) continue;
    return {
      k,
      first: { ...p, text: chars.slice(0, at).join(''), cutEnd: true },
      second: { ...p, text: chars.slice(at).join(''), cutStart: true },
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Printing

function printLines(pieces, shape, rand) {
  const out = [];
  for (const p of pieces) {
    if (p.kind === 'head') {
      // A two-part headline (one ASCII space in the truth) is printed on one line or with
      // each half on a line of its own (both occur on dev 000); a kicker or deck, and a
      // merged kicker+headline line, stay one line.
      if (p.role === 'headline' && !p.merged && rand() < 0.5) out.push(...p.text.split(' '));
      else out.push(p.text);
    } else if (p.kind === 'line') out.push(p.text);
    else {
      const indent = p.kind === 'para' && !p.cutStart;
      const lines = wrap(p.text, p.width, indent ? p.width - 2 : p.width);
      if (indent && shape.indent) lines[0] = shape.indent + lines[0];
      out.push(...lines);
    }
  }
  const merged = shape.mergeLines ? mergeSomeLines(out, shape.mergeLines, rand) : out;
  return merged.map((l) => (shape.blankAfterLine ? `${l}\n\n` : `${l}\n`)).join('');
}

/** The OCR joined two printed lines with a space: only where both sides are CJK. */
function mergeSomeLines(lines, share, rand) {
  const out = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && HAN.test(last.at(-1)) && HAN.test(line[0]) && rand() < share && !last.includes(' ')) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

function printMarkdown(pieces, shape, rand) {
  const out = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.kind === 'head') {
      const mark = !shape.markers ? '' : p.role === 'headline' ? '# ' : '## ';
      out.push(mark + p.text);
      continue;
    }
    let text = p.text;
    // A paragraph cut at a column end continues in the piece that carries cutStart; the
    // two halves are separate lines of the page, as a layout tool writes blocks.
    if (shape.wrapSpace && p.kind === 'para') text = wrapSpaces(text, p.width, shape.wrapSpace, rand);
    // An inner sub-heading (`◆…`, `启未来之门`) keeps the marker the dev page's tool gave it.
    if (shape.markers && p.kind === 'para' && p.marker) text = `${p.marker} ${text}`;
    out.push(text);
  }
  return out.map((l) => `${l}\n\n`).join('');
}

/** A paragraph as one line, with a space left at some of its CJK-CJK column wraps. */
function wrapSpaces(text, width, share, rand) {
  const lines = wrap(text, width, width - 2);
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) out += HAN.test(out.at(-1)) && HAN.test(line[0]) && rand() < share ? ` ${line}` : line;
  return out;
}

// ---------------------------------------------------------------------------------------
// Truth and checks

function truthText(truth) {
  const parts = [];
  for (const a of truth.articles) parts.push(a.kicker, a.headline, a.subheadline, a.byline, ...a.paragraphs, ...a.jumps);
  for (const o of truth.other) parts.push(o.text);
  return parts.filter(Boolean).join('');
}

const sortedChars = (s) => [...s.replace(/\s+/gu, '')].sort().join('');

/** Every truth character on the page exactly once (markdown markers are not text). */
function checkPage(page, truth, where) {
  const pageChars = sortedChars(page.replace(/^#+ /gmu, ''));
  if (pageChars !== sortedChars(truthText(truth))) throw new Error(`${where}: the page's characters differ from the truth's`);
}

function makeVariant(name, truth, devText, shapeName) {
  const shape = SHAPES[shapeName];
  const rand = mulberry32(seedOf(`${shapeName}/${name}`));
  const pieces = planPage(truth, devText, shape, rand);
  const page = shape.base === 'lines' ? printLines(pieces, shape, rand) : printMarkdown(pieces, shape, rand);
  const gt = {
    source: `${name}.txt`,
    script: truth.script,
    articles: truth.articles,
    other: truth.other,
    notes: [`Generated by scripts/make-variants-zh.mjs, shape “${shapeName}” (${shape.about}), from dev page ${truth.source}; article and other texts are that page's truth, unchanged.`],
  };
  checkPage(page, gt, `${shapeName}/${name}`);
  return { page, gt };
}

/** Writes every shape of every dev page into `outDir`; returns the shape names. */
export function makeVariants(devDir, outDir, shapes = Object.keys(SHAPES)) {
  const names = readdirSync(devDir).filter((f) => f.endsWith('.gt.json')).map((f) => f.slice(0, -'.gt.json'.length)).sort();
  for (const shapeName of shapes) {
    const dir = path.join(outDir, shapeName);
    mkdirSync(dir, { recursive: true });
    for (const name of names) {
      const truth = JSON.parse(readFileSync(path.join(devDir, `${name}.gt.json`), 'utf8'));
      const devText = readFileSync(path.join(devDir, `${name}.txt`), 'utf8');
      const { page, gt } = makeVariant(name, truth, devText, shapeName);
      writeFileSync(path.join(dir, `${name}.txt`), page);
      writeFileSync(path.join(dir, `${name}.gt.json`), `${JSON.stringify(gt, null, 2)}\n`);
    }
  }
  return { shapes, names };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const devAt = args.indexOf('--dev');
  const devDir = devAt >= 0 ? args.splice(devAt, 2)[1] : path.resolve(import.meta.dirname, '../tests/fixtures/dev');
  const outDir = args[0] ?? mkdtempSync(path.join(tmpdir(), 'galley-zh-variants-'));
  const { shapes, names } = makeVariants(devDir, outDir);
  console.log(`${shapes.length} shapes × ${names.length} pages written to ${outDir}`);
}
