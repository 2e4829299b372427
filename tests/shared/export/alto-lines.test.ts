import { describe, expect, it } from 'vitest';
import { placeOnLines } from '../../../shared/export/alto-lines';
import { parseTextPage } from '../../../shared/load/text-page';
import type { Page } from '../../../shared/model/page';

function place(lines: string[], corrected: string, script: 'latin' | 'cjk' = 'latin') {
  const page: Page = parseTextPage('p.txt', lines.join('\n'), 'utf-8');
  const byId = new Map(page.lines.map((line) => [line.id, line]));
  return placeOnLines(corrected, page.lines.map((line) => line.id), byId, script).map(({ line: _line, ...rest }) => rest);
}

describe('placeOnLines: the corrected text of a paragraph, back on its printed lines', () => {
  it('a line-end hyphen the engine removed: HypPart on both lines, the mark kept for HYP', () => {
    expect(place(['The works be-', 'gan at dawn.'], 'The works began at dawn.')).toEqual([
      { text: 'The works be', joinedWord: 'began', breakMark: '-', },
      { text: 'gan at dawn.', continuesWord: 'began' },
    ]);
  });

  it('an ABBYY ¬ mark comes back as printed', () => {
    expect(place(['Zei¬', 'tung'], 'Zeitung')[0]).toEqual({ text: 'Zei', joinedWord: 'Zeitung', breakMark: '¬' });
  });

  it('a kept hyphen stays in the text; the pair says it is one word, with no mark to write', () => {
    expect(place(['a self-', 'governing town'], 'a self-governing town')).toEqual([
      { text: 'a self-', joinedWord: 'self-governing' },
      { text: 'governing town', continuesWord: 'self-governing' },
    ]);
  });

  it('lines joined by a space stay plain lines', () => {
    expect(place(['one two', 'three'], 'one two three')).toEqual([{ text: 'one two' }, { text: 'three' }]);
  });

  it("an editor's correction lands on the line it was made on", () => {
    expect(place(['Tbe harbour', 'works begun.'], 'The harbour works began.')).toEqual([{ text: 'The harbour' }, { text: 'works began.' }]);
  });

  it('CJK lines joined without a space are not taken for broken words', () => {
    expect(place(['中华人民', '共和国成立'], '中华人民共和国成立', 'cjk')).toEqual([{ text: '中华人民' }, { text: '共和国成立' }]);
  });

  it('a rewrite that shares nothing with the source still keeps every word, in order', () => {
    const source = Array.from({ length: 40 }, (_, i) => `line ${i} ${'x'.repeat(100)}`);
    const rewrite = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    const placed = place(source, rewrite);
    expect(placed.map((p) => p.text).join(' ').split(/\s+/u)).toEqual(rewrite.split(' ').filter((w) => w !== ''));
  });
});
