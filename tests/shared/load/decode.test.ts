import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../shared/load/decode';
import { MAX_TEXT_PAGE_BYTES } from '../../../shared/contract/app-api';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const CHINESE = '康复之光照童心 辅助之爱助残行\n本报讯 （记者 武玲芳）12月12日，市政府新闻办召开新闻发布会。\n';
const ENGLISH = 'HARBOUR WORKS\n\nThe works be-\ngan yesterday at the pier.\n';

const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => new Uint8Array(parts.flatMap((p) => [...p]));
const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
};

/** Deterministic noise (a linear congruential generator), so a failure can be replayed. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

function decoded(name: string, input: Uint8Array) {
  const result = decodePage(name, input);
  if (!result.ok) throw new Error(`expected ${name} to decode: ${result.error.message}`);
  return result.value;
}

function refused(name: string, input: Uint8Array) {
  const result = decodePage(name, input);
  if (result.ok) throw new Error(`expected ${name} to be refused, got ${result.value.encoding}`);
  return result.error;
}

describe('decodePage: text', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decoded('page.txt', utf8(CHINESE))).toEqual({ text: CHINESE, encoding: 'utf-8' });
    expect(decoded('page.txt', utf8(ENGLISH))).toEqual({ text: ENGLISH, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decoded('page.txt', bytes([0xef, 0xbb, 0xbf], utf8(CHINESE)))).toEqual({ text: CHINESE, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM and drops the BOM', () => {
    expect(decoded('le.txt', bytes([0xff, 0xfe], utf16le(CHINESE)))).toEqual({ text: CHINESE, encoding: 'utf-16le' });
    expect(decoded('be.txt', bytes([0xfe, 0xff], utf16be(CHINESE)))).toEqual({ text: CHINESE, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM by its NUL bytes, in Latin and in Chinese text', () => {
    expect(decoded('le.txt', utf16le(ENGLISH))).toEqual({ text: ENGLISH, encoding: 'utf-16le' });
    expect(decoded('le.txt', utf16le(CHINESE))).toEqual({ text: CHINESE, encoding: 'utf-16le' });
    expect(decoded('be.txt', utf16be(ENGLISH))).toEqual({ text: ENGLISH, encoding: 'utf-16be' });
  });

  it('reads a GB18030 page (GBK bytes 中 = D6 D0, 文 = CE C4)', () => {
    const input = bytes([0xd6, 0xd0, 0xce, 0xc4, 0x20], utf8('page 1\n'));
    expect(decoded('gbk.txt', input)).toEqual({ text: '中文 page 1\n', encoding: 'gb18030' });
  });

  it('reads a GB18030 fixture written by Python', () => {
    const page = decoded('gb18030-page.txt', new Uint8Array(readFileSync(path.join(fixtures, 'gb18030-page.txt'))));
    expect(page.encoding).toBe('gb18030');
    expect(page.text.split('\n')[0]).toBe('康复之光照童心 辅助之爱助残行');
    expect(page.text).toContain('本报讯 （记者 武玲芳）12月12日');
  });

  it('reads the dev pages as UTF-8', () => {
    const file = path.join(fixtures, 'dev/001_3a57963cec553cb3.txt');
    const raw = readFileSync(file);
    expect(decoded('001.txt', new Uint8Array(raw))).toEqual({ text: raw.toString('utf8'), encoding: 'utf-8' });
  });

  it('keeps a lone DOS end-of-file mark out of the binary check', () => {
    expect(decoded('old.txt', bytes(utf8('An old page.\n'), [0x1a])).encoding).toBe('utf-8');
  });
});

describe('decodePage: refusals name the file and say what to do', () => {
  it('refuses a PNG image', () => {
    const error = refused('scan.png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], noise(200, 1)));
    expect(error.code).toBe('binary-file');
    expect(error.message).toBe('“scan.png” is not a text page (it looks like a PNG image). Open the OCR output (.txt, .md) instead.');
  });

  it('refuses PDF, JPEG and ZIP files by their signatures', () => {
    expect(refused('page.pdf', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')).message).toContain('a PDF document');
    expect(refused('photo.jpg', bytes([0xff, 0xd8, 0xff, 0xe0], noise(64, 2))).message).toContain('a JPEG image');
    expect(refused('page.docx', bytes([0x50, 0x4b, 0x03, 0x04], noise(64, 3))).message).toContain('ZIP archive');
  });

  it('refuses random bytes', () => {
    for (const seed of [7, 8, 9]) {
      const error = refused('noise.bin', noise(4096, seed));
      expect(['binary-file', 'unknown-encoding']).toContain(error.code);
      expect(error.message).toContain('“noise.bin”');
    }
  });

  it('refuses bytes full of control characters without NULs', () => {
    const input = utf8('text\u0001\u0002\u0003\u0004 more text\u0005\u0006\u0007\u0008');
    expect(refused('ctl.txt', input).code).toBe('binary-file');
  });

  it('refuses a Latin-1 page instead of misreading it as GB18030', () => {
    const latin1 = new Uint8Array(Buffer.from('Le général a déclaré que la réunion était terminée.\n', 'latin1'));
    const error = refused('matin.txt', latin1);
    expect(error.code).toBe('unknown-encoding');
    expect(error.message).toContain('save it as UTF-8');
  });

  it('refuses damaged UTF-16 behind a BOM', () => {
    const error = refused('odd.txt', bytes([0xff, 0xfe], utf16le('Page'), [0x41]));
    expect(error.code).toBe('unknown-encoding');
    expect(error.message).toContain('“odd.txt”');
  });

  it('refuses empty files and files of white space only', () => {
    expect(refused('empty.txt', new Uint8Array(0))).toEqual({
      code: 'empty-file',
      message: '“empty.txt” is empty (0 bytes). Open a page that has OCR text in it.',
      // The id and values the interface says it with in its own language.
      messageId: 'loadError.empty',
      params: { name: 'empty.txt' },
    });
    expect(refused('blank.txt', utf8('  \n\t\r\n\u3000\n')).code).toBe('empty-file');
    expect(refused('bom.txt', bytes([0xef, 0xbb, 0xbf])).code).toBe('empty-file');
    expect(refused('bom16.txt', bytes([0xff, 0xfe], utf16le(' \n'))).code).toBe('empty-file');
  });

  it('refuses a file above the size limit without decoding it', () => {
    expect(refused('huge.txt', new Uint8Array(MAX_TEXT_PAGE_BYTES + 1)).code).toBe('too-large');
  });
});
