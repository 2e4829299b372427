import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../../shared/load/hash';
import { detectScript, loadTextPage, parseTextPage, splitLines } from '../../../shared/load/text-page';
import type { Page } from '../../../shared/model/page';

const dev = path.resolve(import.meta.dirname, '../../fixtures/dev');

function loadFixture(name: string): { page: Page; raw: string } {
  const file = readFileSync(path.join(dev, name));
  const result = loadTextPage(name, new Uint8Array(file));
  if (!result.ok) throw new Error(result.error.message);
  return { page: result.value, raw: file.toString('utf8') };
}

describe('parseTextPage: lines', () => {
  it('numbers every line as the file does, blank ones included, whatever the line ends', () => {
    const page = parseTextPage('mixed.txt', 'Headline\r\n\r\n  First line\rsecond line\nlast line\n', 'utf-8');
    expect(page.lines.map((l) => [l.id, l.number, l.raw, l.text])).toEqual([
      ['L1', 1, 'Headline', 'Headline'],
      ['L2', 2, '', ''],
      ['L3', 3, '  First line', 'First line'],
      ['L4', 4, 'second line', 'second line'],
      ['L5', 5, 'last line', 'last line'],
    ]);
    expect(page.format).toBe('text');
    expect(page.encoding).toBe('utf-8');
    expect(page.lines.every((l) => l.markup === undefined)).toBe(true);
  });

  it('keeps a blank last line that the file really has', () => {
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('a')).toEqual(['a']);
    expect(splitLines('')).toEqual(['']);
  });

  it('gives line ids and numbers that match the dev page line for line', () => {
    const { page, raw } = loadFixture('000_b9d590ed33f85a10.txt');
    const fileLines = raw.replace(/\n$/u, '').split('\n');
    expect(page.lines).toHaveLength(fileLines.length);
    page.lines.forEach((line, i) => {
      expect(line.id).toBe(`L${i + 1}`);
      expect(line.raw).toBe(fileLines[i]);
    });
    expect(page.lines[0]?.text).toBe('本报讯 （记者 武玲芳）12');
    expect(page.format).toBe('text');
    expect(page.script).toBe('cjk');
  });
});

describe('parseTextPage: markdown', () => {
  it('is markdown by file name, and moves markers into markup', () => {
    const page = parseTextPage('page.md', '# Harbour Works\n\n- first item\n* second item\nA line with a break  \n### Inner head\n', 'utf-8');
    expect(page.format).toBe('markdown');
    const byText = Object.fromEntries(page.lines.map((l) => [l.text, l.markup ?? null]));
    expect(byText).toEqual({
      'Harbour Works': { headingLevel: 1 },
      '': null,
      'first item': { listItem: true },
      'second item': { listItem: true },
      'A line with a break': { hardBreak: true },
      'Inner head': { headingLevel: 3 },
    });
    expect(page.lines[0]?.raw).toBe('# Harbour Works');
  });

  it('is markdown when a .txt page has markdown headings', () => {
    const { page, raw } = loadFixture('001_3a57963cec553cb3.txt');
    expect(page.format).toBe('markdown');
    expect(page.script).toBe('cjk');
    expect(page.lines).toHaveLength(raw.replace(/\n$/u, '').split('\n').length);
    expect(page.lines.find((l) => l.markup?.headingLevel === 1)).toMatchObject({ raw: '# 我省落实今年12件民生实事成效显著', text: '我省落实今年12件民生实事成效显著', markup: { headingLevel: 1 } });
    expect(page.lines.find((l) => l.raw === '## ◆快递进村走出“山西路径”')).toMatchObject({ text: '◆快递进村走出“山西路径”', markup: { headingLevel: 2 } });
    expect(page.lines.find((l) => l.raw === '特此通告  ')).toMatchObject({ text: '特此通告', markup: { hardBreak: true } });
    expect(page.lines.some((l) => l.text.startsWith('#'))).toBe(false);
  });

  it('is markdown when a .txt page has list items, and drops their bullets', () => {
    const { page } = loadFixture('002_231d657270cb7023.txt');
    expect(page.format).toBe('markdown');
    const item = page.lines.find((l) => l.raw.startsWith('- 1.接访时间'));
    expect(item).toMatchObject({ text: '1.接访时间:2月6日、2月13日、2月20日、2月27日。', markup: { listItem: true } });
  });

  it('keeps text that only looks like markup', () => {
    const page = parseTextPage('page.md', '#hashtag\n* * *\n-5 degrees\n1. first\n', 'utf-8');
    expect(page.lines.map((l) => [l.text, l.markup ?? null])).toEqual([
      ['#hashtag', null],
      ['* * *', null],
      ['-5 degrees', null],
      ['1. first', null],
    ]);
  });

  it('reads backslash escapes as the characters they print', () => {
    const page = parseTextPage('export.md', '\\# 3 berths remain\n\\- 5 cranes\n1\\. first\n', 'utf-8');
    expect(page.lines.map((l) => l.text)).toEqual(['# 3 berths remain', '- 5 cranes', '1. first']);
  });

  it('leaves a plain-text page alone: `- ` and `#` stay text when the page has no markdown', () => {
    const page = parseTextPage('plain.txt', '- only one dash line\n#3 berth\n', 'utf-8');
    expect(page.format).toBe('text');
    expect(page.lines.map((l) => l.text)).toEqual(['- only one dash line', '#3 berth']);
  });

  it('is plain text when dash lines are scattered, not a list: backslashes and dashes stay', () => {
    const body = Array.from({ length: 40 }, (_, i) => `line ${i} of a column of OCR text`);
    body.splice(5, 0, '- i ?lrwt tarn');
    body.splice(30, 0, '* _? zx \\^ - *');
    const page = parseTextPage('ocr.txt', body.join('\n'), 'utf-8');
    expect(page.format).toBe('text');
    expect(page.lines.map((l) => l.text)).toContain('* _? zx \\^ - *');
  });

  it('can be told the format', () => {
    expect(parseTextPage('a.txt', '- one\n', 'utf-8', { format: 'markdown' }).lines[0]?.text).toBe('one');
    expect(parseTextPage('a.md', '# one\n', 'utf-8', { format: 'text' }).lines[0]?.text).toBe('# one');
  });
});

describe('parseTextPage: script and id', () => {
  it('calls a page CJK when Han, kana and hangul are at least 30% of its letters', () => {
    expect(detectScript('The works began yesterday.')).toBe('latin');
    expect(detectScript('本报讯 GDP 增长')).toBe('cjk');
    expect(detectScript('Tokyo 東京 is the capital of Japan and a large city')).toBe('latin');
    expect(detectScript('ひらがな カタカナ 한국어')).toBe('cjk');
    expect(detectScript('1234 —')).toBe('latin');
  });

  it('counts characters beyond the BMP as one each, and a lone surrogate as no letter', () => {
    // CJK Extension B ideographs are surrogate pairs: three of them against two Latin letters.
    expect(detectScript('𠀀𠀁𠀂 ab')).toBe('cjk');
    expect(detectScript('𝒜𝒞𝒟𝒢 中')).toBe('latin');
    expect(detectScript('\ud840\ud840\ud840 ab')).toBe('latin');
  });

  it('reads the script of the whole page, line by line', () => {
    expect(parseTextPage('p.txt', 'A headline\n本报讯 今年以来，我市扎实推进老旧小区改造\n', 'utf-8').script).toBe('cjk');
    expect(parseTextPage('p.txt', 'The works began yesterday\n东京\n', 'utf-8').script).toBe('latin');
  });

  it('derives a stable id from the name and the content', () => {
    const a = parseTextPage('p.txt', 'Same text\n', 'utf-8');
    expect(a.id).toBe(`p.txt#${fnv1a32('Same text\n')}`);
    expect(parseTextPage('p.txt', 'Same text\n', 'utf-16le').id).toBe(a.id);
    expect(parseTextPage('p.txt', 'Other text\n', 'utf-8').id).not.toBe(a.id);
    expect(parseTextPage('q.txt', 'Same text\n', 'utf-8').id).not.toBe(a.id);
  });

  it('hashes with FNV-1a 32 over UTF-8', () => {
    expect(fnv1a32('')).toBe('811c9dc5');
    expect(fnv1a32('a')).toBe('e40c292c');
    expect(fnv1a32('foobar')).toBe('bf9cf968');
    expect(fnv1a32('中')).toBe('b846d3f4');
    // A surrogate pair is one four-byte character.
    expect(fnv1a32('😀 é')).toBe('bebaa558');
  });

  it('hashes the UTF-8 bytes TextEncoder makes, for any well-formed text', () => {
    const fnvOfBytes = (bytes: Uint8Array): string => {
      let hash = 0x811c9dc5;
      for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
      return hash.toString(16).padStart(8, '0');
    };
    const samples = ['', 'a', 'Ünïcødé', '本报讯', 'ß\u0301', '𠀀𝒜😀', 'mixed 中文 and 😀\n\t', '\u007f\u0080\u07ff\u0800\uffff\u{10000}\u{10ffff}'];
    for (const text of samples) expect(fnv1a32(text), text).toBe(fnvOfBytes(new TextEncoder().encode(text)));
  });

  it('hashes a lone surrogate as the three bytes of its code point, as earlier ids did', () => {
    expect(fnv1a32('\ud800')).toBe('75a7b798');
  });
});

describe('loadTextPage', () => {
  it('decodes and parses in one step', () => {
    const result = loadTextPage('gbk.txt', new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x0a]));
    expect(result.ok && result.value).toMatchObject({ name: 'gbk.txt', encoding: 'gb18030', script: 'cjk', lines: [{ id: 'L1', text: '中文' }] });
  });

  it('passes decoding errors through', () => {
    const result = loadTextPage('scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(result.ok ? null : result.error.code).toBe('binary-file');
  });
});
