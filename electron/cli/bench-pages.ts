/**
 * Pages for `npm run bench`: the dev pages as they are, and generated pages of a chosen size
 * made by recombining real page text, so the timings are of the kind of input Galley gets.
 *
 * A generated page is a run of *windows*: stretches of consecutive lines cut from one source
 * page at blank lines, so each keeps its real layout: headlines above their bylines and
 * bodies, column-width lines with hyphenated ends (the English sample), one-paragraph lines
 * and markdown headings (dev pages 001, 002), column lines separated by blank lines (dev page
 * 000). A page is Chinese (windows from the dev pages) or English (windows from
 * resources/samples/en-evening-gazette.txt); its windows are drawn until it reaches the size
 * asked for, and the last one is cut at a line so the page lands within a few per cent of it.
 *
 * Deterministic: a seeded generator (mulberry32) picks every window, so two runs time the same
 * bytes. The English sample has only 5,300 characters, so English pages repeat its paragraphs;
 * the Chinese pages repeat theirs too beyond 30,000 characters.
 */
import { readdir, readFile } from 'node:fs/promises';

/** A page ready to time: its file name and its bytes, as the CLI would read them. */
export interface BenchPage {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Characters of its text (code points, line feeds included). */
  readonly chars: number;
  readonly script: 'cjk' | 'latin';
}

/** The source pages, each as blocks: runs of non-blank lines between blank lines. */
export interface SourceText {
  readonly cjk: readonly (readonly Block[])[];
  readonly latin: readonly (readonly Block[])[];
}

type Block = readonly string[];

const REPO = new URL('../../', import.meta.url);
const DEV_PAGES = new URL('tests/fixtures/dev/', REPO);
const ENGLISH_SAMPLE = new URL('resources/samples/en-evening-gazette.txt', REPO);

/** The size the targets speak of: a 10,000-character page. */
export const BASE_PAGE_CHARS = 10_000;

/** mulberry32: a small, fast, seedable generator; plenty for picking windows. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Code points, so a Chinese character counts as one character, as an editor counts it. */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The high half of a surrogate pair starts a character; the low half does not.
    if (code < 0xdc00 || code > 0xdfff) n++;
  }
  return n;
}

function toBlocks(text: string): Block[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/u)) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const decoder = new TextDecoder('utf-8');

/** The dev pages (`tests/fixtures/dev/*.txt`) in name order. */
export async function loadDevPages(): Promise<BenchPage[]> {
  const names = (await readdir(DEV_PAGES)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = new Uint8Array(await readFile(new URL(name, DEV_PAGES)));
      return { name, bytes, chars: countChars(decoder.decode(bytes)), script: 'cjk' as const };
    }),
  );
}

/** The text the generated pages are cut from: the dev pages (Chinese) and the English sample. */
export async function loadSourceText(): Promise<SourceText> {
  const dev = await readdir(DEV_PAGES);
  const cjk = await Promise.all(dev.filter((name) => name.endsWith('.txt')).sort().map(async (name) => toBlocks(await readFile(new URL(name, DEV_PAGES), 'utf8'))));
  const latin = [toBlocks(await readFile(ENGLISH_SAMPLE, 'utf8'))];
  return { cjk, latin };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('bench: picked from an empty list');
  return item;
}

/** Lines of one window: blocks from `start` on, until about `size` characters. */
function windowLines(blocks: readonly Block[], start: number, size: number): string[] {
  const lines: string[] = [];
  let chars = 0;
  for (let i = start; i < blocks.length && chars < size; i++) {
    const block = blocks[i] ?? [];
    if (lines.length > 0) lines.push('');
    for (const line of block) {
      lines.push(line);
      chars += countChars(line) + 1;
    }
  }
  return lines;
}

/**
 * One page of about `targetChars` characters in `script`. Windows are 600 to 2,500
 * characters: a short article or a stretch of a long one, as a page's columns hold them.
 */
export function generatePage(source: SourceText, script: 'cjk' | 'latin', targetChars: number, seed: number, name: string): BenchPage {
  const random = seededRandom(seed);
  const pages = script === 'cjk' ? source.cjk : source.latin;
  const lines: string[] = [];
  let chars = 0;
  while (chars < targetChars) {
    const blocks = pick(pages, random);
    const start = Math.floor(random() * blocks.length);
    const window = windowLines(blocks, start, 600 + random() * 1900);
    if (lines.length > 0) {
      lines.push('');
      chars += 1;
    }
    for (const line of window) {
      if (chars >= targetChars) break;
      lines.push(line);
      chars += countChars(line) + 1;
    }
  }
  const text = `${lines.join('\n')}\n`;
  return { name, bytes: new TextEncoder().encode(text), chars: countChars(text), script };
}

/**
 * `count` pages of about `targetChars` characters, Chinese and English in turn (even
 * indexes Chinese). Page `i` of a set depends only on `seed` and `i`.
 */
export function generatePages(source: SourceText, count: number, targetChars: number, seed: number): BenchPage[] {
  const pages: BenchPage[] = [];
  for (let i = 0; i < count; i++) pages.push(generatedPage(source, i, targetChars, seed));
  return pages;
}

/** Page `i` of a generated set (see generatePages), made alone: an archive of 10,000 need not sit in memory. */
export function generatedPage(source: SourceText, i: number, targetChars: number, seed: number): BenchPage {
  const script = i % 2 === 0 ? 'cjk' : 'latin';
  const name = `generated-${String(targetChars / 1000)}k-${String(i + 1).padStart(4, '0')}-${script}.txt`;
  return generatePage(source, script, targetChars, (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0, name);
}
