import { textLines } from '../../../shared/model/page';
import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPage } from '../../../shared/load/load-page';
import { pageOf, unpairedHyphenations, utf8 } from './layout-fixtures';

const MIB = 1024 * 1024;

/** An ALTO page of `blocks` blocks × 30 lines, each line six words, every tenth line hyphenated. */
function bigAlto(blocks: number): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="9000" HEIGHT="12000"><PrintSpace>\n'];
  let n = 0;
  for (let b = 0; b < blocks; b++) {
    parts.push(`<TextBlock ID="TB${b}">\n`);
    for (let l = 0; l < 30; l++, n++) {
      const words = ['The', 'committee', 'met', 'on', 'Tuesday', `no.${n}`];
      const strings = words.map((w, i) => `<String ID="S${n}_${i}" HPOS="${100 + i * 120}" VPOS="${n * 40}" WIDTH="110" HEIGHT="30" WC="0.93" CONTENT="${w}"/>`);
      if (l % 10 === 8) strings.push(`<String ID="S${n}_h" CONTENT="recon" SUBS_TYPE="HypPart1" SUBS_CONTENT="reconstruction"/><HYP CONTENT="-"/>`);
      if (l % 10 === 9) strings.unshift(`<String ID="S${n}_t" CONTENT="struction" SUBS_TYPE="HypPart2" SUBS_CONTENT="reconstruction"/>`);
      parts.push(`<TextLine ID="TL${n}" HPOS="100" VPOS="${n * 40}" WIDTH="800" HEIGHT="30">${strings.join('<SP/>')}</TextLine>\n`);
    }
    parts.push('</TextBlock>\n');
  }
  parts.push('</PrintSpace></Page></Layout></alto>\n');
  return parts.join('');
}

describe('loading a large ALTO file', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('feeds the parser once, front to back, in 1 MiB slices, and keeps every line', () => {
    const text = bigAlto(320);
    const bytes = utf8(text);
    expect(bytes.length).toBeGreaterThan(5 * MIB);
    const write = vi.spyOn(SaxesParser.prototype, 'write');

    const page = pageOf(loadPage('big.xml', bytes));

    // Linear work, counted rather than timed: every character decoded once and written to the
    // parser once, in order, in slices of at most 1 MiB (the sniffer reads the first 64 KB apart).
    // (saxes' own close() writes `null` to flush; that is not text.)
    const written = write.mock.calls.flatMap(([chunk]) => (typeof chunk === 'string' ? [chunk] : []));
    expect(written).toHaveLength(Math.ceil(bytes.length / MIB));
    expect(written.every((chunk) => chunk.length <= MIB)).toBe(true);
    expect(written.join('')).toBe(text);

    expect(textLines(page)).toHaveLength(320 * 30);
    expect(page.lines).toHaveLength(320 * 30 + 319);
    expect(textLines(page).at(-1)?.text).toBe('struction The committee met on Tuesday no.9599');
    expect(textLines(page).filter((l) => l.hyphenation?.kind === 'HypPart1')).toHaveLength(320 * 3);
    expect(unpairedHyphenations(page)).toEqual([]);
  });
});
