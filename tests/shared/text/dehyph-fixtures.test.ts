/**
 * Line-end hyphens on excerpts of real pages (tests/fixtures/dehyph, sources in its README):
 * every break the truth marks is re-joined and a compound the page prints is kept. (How fast
 * a page is decided is printed by scripts/eval-dehyph-alto.mjs and `npm run bench`, not timed here.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicon, joinHyphenated } from '../../../shared/text/line-end-hyphen';
import { loadWordLists } from '../../../shared/text/lexicon-words';

/** Loading the 4.5 MB French list through Vite's transform takes seconds on a busy machine. */
const LIST_LOAD_MS = 60_000;
const dir = path.resolve(import.meta.dirname, '../../fixtures/dehyph');
const read = (name: string): string[] => readFileSync(path.join(dir, name), 'utf8').replace(/\n$/u, '').split('\n');

/** The decision at each line that ends in a hyphen: `kind word` (`dehyphenate reconstruction`), the word as letters. */
function decisions(lines: readonly string[]): Map<number, string> {
  const lexicon = buildLexicon(lines);
  const found = new Map<number, string>();
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next === undefined || !line.endsWith('-')) return;
    const result = joinHyphenated(line, next, [`L${i + 1}`, `L${i + 2}`], lexicon);
    if (result) found.set(i + 1, `${result.repair.kind} ${result.repair.after}`);
  });
  return found;
}

describe('real pages', () => {
  it('Overproof (SMH 1939, human truth): every `¬` break is re-joined, with `¬` shown as `-`', () => {
    const truth = read('overproof-17552000.txt');
    const shown = truth.map((l) => l.replace(/¬$/u, '-'));
    const breaks = truth.flatMap((l, i) => (l.endsWith('¬') ? [i + 1] : []));
    expect(breaks.length).toBe(5);
    const found = decisions(shown);
    for (const line of breaks) expect(found.get(line), `line ${line}`).toMatch(/^dehyphenate /u);
    expect(found.get(6)).toBe('dehyphenate Marriage');
  });

  it('Overproof: a compound the page prints elsewhere keeps its hyphen at a line end', () => {
    const lines = read('overproof-17552000.txt').map((l) => l.replace(/¬$/u, '-'));
    const at = lines.findIndex((l) => l.includes('Pyne, co-respondent.'));
    const [head = '', tail = ''] = (lines[at] ?? '').split(/(?<=co-)/u);
    const moved = [...lines.slice(0, at), head, tail, ...lines.slice(at + 1)];
    expect(decisions(moved).get(at + 1)).toBe('keep-hyphen co-respondent');
  });

  it('Luxemburger Zeitung 1858 (French; ALTO HypPart truth): every break is re-joined', () => {
    const found = decisions(read('luxzeit-1858-12-07-p3-lines-55-82.txt'));
    // Page lines 56, 57, 63, 70, 71, 73, 77, 81 of the excerpt starting at line 55.
    const expected = { 2: 'enlève', 3: 'jugement', 9: 'encore', 16: 'empire', 17: 'souveraine', 19: 'Montalembert', 23: 'impériale', 27: 'abandon' };
    for (const [line, word] of Object.entries(expected)) expect(found.get(Number(line)), `line ${line}`).toBe(`dehyphenate ${word}`);
  });

  it('Luxemburger Zeitung 1858: with the French word list loaded, every break is still re-joined', async () => {
    await loadWordLists();
    const found = decisions(read('luxzeit-1858-12-07-p3-lines-55-82.txt'));
    const rejoined = [...found.values()].filter((d) => d.startsWith('dehyphenate '));
    expect(rejoined.length).toBe(found.size);
    expect(found.get(17)).toBe('dehyphenate souveraine');
  }, LIST_LOAD_MS);

  it('Algemeen Handelsblad 1876 (Dutch; ALTO HypPart truth): every break is re-joined', () => {
    const found = decisions(read('delpher-1876-12-01-p1-lines-651-672.txt'));
    const expected = { 2: 'bemanning', 11: 'stonden', 12: 'bemanning', 16: 'breefokkenhout', 20: 'zullen' };
    for (const [line, word] of Object.entries(expected)) expect(found.get(Number(line)), `line ${line}`).toBe(`dehyphenate ${word}`);
  });
});
