// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, validateSaveRequest } from '../../electron/main/validate';
import { MAX_EXPORT_CHARS } from '../../shared/contract/app-api';

const good = { suggestedName: 'gazette-1923-04-02.txt', content: 'text', format: 'txt' };

function rejection(payload: unknown): string {
  const result = validateSaveRequest(payload);
  if (result.ok) throw new Error(`expected ${JSON.stringify(payload)} to be rejected`);
  expect(result.error.code).toBe('invalid-request');
  return result.error.message;
}

describe('validateSaveRequest', () => {
  it('accepts each export format', () => {
    for (const format of ['txt', 'md', 'json']) {
      expect(validateSaveRequest({ ...good, format })).toEqual({ ok: true, value: { ...good, format } });
    }
  });

  it('returns only the known fields, so nothing else reaches the dialog or the disk', () => {
    expect(validateSaveRequest({ ...good, path: '/etc/passwd' })).toEqual({ ok: true, value: good });
  });

  it('accepts empty content and a name of exactly 255 characters', () => {
    const name = `${'n'.repeat(MAX_FILE_NAME_LENGTH - 4)}.txt`;
    expect(validateSaveRequest({ ...good, suggestedName: name, content: '' }).ok).toBe(true);
  });

  it('rejects payloads that are not objects', () => {
    for (const payload of [undefined, null, 'a.txt', 7, ['a.txt', 'x', 'txt']]) rejection(payload);
  });

  it('rejects names that would choose a folder or are not names', () => {
    expect(rejection({ ...good, suggestedName: 'sub/page.txt' })).toContain('path separator');
    expect(rejection({ ...good, suggestedName: 'C:\\page.txt' })).toContain('path separator');
    expect(rejection({ ...good, suggestedName: '..' })).toContain('not a file name');
    expect(rejection({ ...good, suggestedName: 'a\0b.txt' })).toContain('NUL');
    expect(rejection({ ...good, suggestedName: '' })).toContain('empty');
    expect(rejection({ ...good, suggestedName: 'x'.repeat(MAX_FILE_NAME_LENGTH + 1) })).toContain('255');
    rejection({ ...good, suggestedName: 12 });
  });

  it('rejects content that is not a string', () => {
    rejection({ ...good, content: new Uint8Array(3) });
    rejection({ ...good, content: null });
  });

  it('rejects content over the export limit', () => {
    // One character past the limit: 256 MiB of one-byte characters, built without a literal.
    expect(rejection({ ...good, content: 'x'.repeat(MAX_EXPORT_CHARS + 1) })).toContain(String(MAX_EXPORT_CHARS));
  });

  it('rejects formats outside the contract', () => {
    expect(rejection({ ...good, format: 'html' })).toContain('txt, md, json');
    rejection({ ...good, format: 'TXT' });
  });
});
