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

/** A one-block ALTO page whose lines are given as String lists (`[content, attributes]`). */
function altoPage(lines: ReadonlyArray<ReadonlyArray<readonly [string, string?]>>): Uint8Array {
  const body = lines
    .map((strings, l) => `<TextLine ID="L${l}" HPOS="0" VPOS="${l * 40}" WIDTH="900" HEIGHT="30">${strings.map(([content, attrs], s) => content === '-' ? '<HYP CONTENT="-"/>' : `${s > 0 ? '<SP/>' : ''}<String CONTENT="${content}" ${attrs ?? ''}/>`).join('')}</TextLine>`)
    .join('');
  const xml = `<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="P1" WIDTH="1000" HEIGHT="1000"><PrintSpace><TextBlock ID="B1">${body}</TextBlock></PrintSpace></Page></Layout></alto>`;
  return new TextEncoder().encode(xml);
}

function rebuiltText(lines: Parameters<typeof altoPage>[0]) {
  const loaded = loadPage('page.xml', altoPage(lines));
  if (!loaded.ok) throw new Error(loaded.error.message);
  const result = reconstruct(loaded.value);
  return { text: result.articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join('\n'), repairs: result.repairs.filter((r) => r.evidence?.subsContent !== undefined) };
}

describe('marked words whose printed halves do not spell the file’s word', () => {
  const hyp = (word: string, part: 1 | 2): string => `SUBS_TYPE="HypPart${part}" SUBS_CONTENT="${word}"`;

  it('writes the word the file read whole when the next line opens with its second half', () => {
    const { text, repairs } = rebuiltText([
      [['Het'], ['land'], ['moet'], ['naar'], ['ver', hyp('verdragen', 1)], ['-']],
      [['drgen', hyp('verdragen', 2)], ['en'], ['alles'], ['zal'], ['goed'], ['gaan.']],
    ]);
    expect(text).toContain('naar verdragen en alles');
    expect(repairs[0]?.reason).toContain('do not spell it');
    expect(repairs[0]?.confidence).toBeLessThan(0.95);
  });

  it('does not double a hyphen the second half already opens with', () => {
    const { text } = rebuiltText([
      [['een'], ['goeden'], ['uit', hyp('uit-1', 1)], ['-']],
      [['-1', hyp('uit-1', 2)], ['en'], ['verder'], ['niets.']],
    ]);
    expect(text).toContain('goeden uit-1 en');
    expect(text).not.toContain('--');
  });
});
