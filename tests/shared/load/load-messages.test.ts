import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../shared/load/load-page';
import { LOAD_MESSAGES, loadMessage, type LoadMessageId } from '../../../shared/load/load-messages';
import type { AppError } from '../../../shared/model/result';
import { utf8 } from './layout-fixtures';

const bytes = (...parts: number[][]): Uint8Array => new Uint8Array(parts.flat());

/** Files each loader refuses, one per kind of refusal. */
const REFUSED: readonly [string, Uint8Array][] = [
  ['empty.txt', new Uint8Array(0)],
  ['blank.txt', utf8('  \n\t\n')],
  ['scan.txt', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  ['paper.txt', utf8('%PDF-1.7\n')],
  ['page.docx.txt', bytes([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ['noise.bin', bytes([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])],
  ['odd.txt', bytes([0xff, 0xfe], [0x00, 0xd8, 0x41, 0x00])],
  ['latin1.txt', bytes([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74, 0x0a])],
  ['article.html', utf8('<!DOCTYPE html><html><body><p>Hello</p></body></html>')],
  ['issue-METS.xml', utf8('<?xml version="1.0"?><mets:mets xmlns:mets="http://www.loc.gov/METS/"/>')],
  ['notes.xml', utf8('Just some notes\n')],
  ['laughs.xml', utf8('<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY a "aaaa">]><alto>&a;</alto>')],
  ['outside.xml', utf8('<?xml version="1.0"?><!DOCTYPE alto SYSTEM "http://example.org/alto.dtd"><alto/>')],
  ['broken.xml', utf8('<?xml version="1.0"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">\n</Layout></alto>')],
  ['koi.xml', utf8('<?xml version="1.0" encoding="x-unknown-8"?><alto/>')],
  ['blank-alto.xml', utf8('<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page/></Layout></alto>')],
];

function refusal(name: string, data: Uint8Array): AppError {
  const result = loadPage(name, data);
  if (result.ok) throw new Error(`${name} opened`);
  return result.error;
}

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '').sort();

describe('load errors carry an id and values, for the interface to say them in its language', () => {
  it.each(REFUSED)('%s: the id and values give back the English sentence exactly', (name, data) => {
    const error = refusal(name, data);
    expect(error.messageId, error.message).toBeDefined();
    const id = error.messageId as LoadMessageId;
    expect(Object.keys(LOAD_MESSAGES)).toContain(id);
    expect(loadMessage(id, error.params ?? {})).toBe(error.message);
    // Every placeholder filled, and no value the sentence does not use.
    expect(Object.keys(error.params ?? {}).sort()).toEqual([...new Set(placeholders(LOAD_MESSAGES[id]))]);
  });

  it('names what a binary file is by a format name, never by English words, so a translation can carry it', () => {
    const error = refusal('scan.txt', REFUSED[2]![1]);
    expect(error).toMatchObject({ code: 'binary-file', messageId: 'loadError.binaryImage', params: { name: 'scan.txt', format: 'PNG' } });
    expect(error.message).toBe('“scan.txt” is not a text page (it looks like a PNG image). Open the OCR output (.txt, .md) instead.');
  });

  it('gives each kind of refusal its own message', () => {
    const ids = REFUSED.map(([name, data]) => refusal(name, data).messageId);
    expect(new Set(ids).size).toBeGreaterThanOrEqual(14);
  });
});
