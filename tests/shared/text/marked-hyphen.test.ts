import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../shared/load/load-page';
import { reconstruct } from '../../../shared/pipeline/reconstruct';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/alto');

function rebuilt(file: string) {
  const loaded = loadPage(file, new Uint8Array(readFileSync(path.join(fixtures, file))));
  if (!loaded.ok) throw new Error(loaded.error.message);
  const result = reconstruct(loaded.value);
  const text = [...result.articles.flatMap((a) => [a.kicker, a.headline, a.subheadline, a.byline, ...a.paragraphs, ...a.jumps]), ...result.other].map((s) => s?.text ?? '').join('\n');
  const pairs = loaded.value.lines.flatMap((l) => (l.hyphenation?.kind === 'HypPart1' && l.hyphenation.word ? [l.hyphenation.word] : []));
  return { text, pairs, result };
}

describe('line-end hyphens the ALTO file marks (HypPart1/HypPart2 with SUBS_CONTENT)', () => {
  it.each(['enp-bnf-lematin-18930402_02_1-0001-excerpt.xml', 'bnl-luxzeit-1858-12-07_01-00001-excerpt.xml'])('rebuilds every marked word of %s as the file gives it', (file) => {
    const { text, pairs } = rebuilt(file);
    expect(pairs.length).toBeGreaterThan(0);
    const words = new Set(text.split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, '')));
    const missed = pairs.filter((w) => !words.has(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, '')));
    expect(missed).toEqual([]);
  });

  it('names the file’s word as the evidence, and can be rejected', () => {
    const { result } = rebuilt('enp-bnf-lematin-18930402_02_1-0001-excerpt.xml');
    const marked = result.repairs.filter((r) => r.evidence?.subsContent !== undefined);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked[0]?.reason).toContain('the file marks the word whole');
    expect(marked[0]?.confidence).toBeGreaterThan(0.95);
  });
});
