// @vitest-environment node
// The errors the main process gives the window carry a message id and its values besides the
// English sentence, so the window can say them in its language (and the English stays for the CLI).
import { describe, expect, it } from 'vitest';
import { createAtomicWriter } from '../../electron/main/atomic-write';
import { createHandlers } from '../../electron/main/handlers';
import { MAX_TEXT_PAGE_BYTES } from '../../shared/contract/app-api';
import { MAIN_MESSAGES, mainMessage } from '../../shared/contract/main-messages';
import { fakeDialogs, fakeFs, recordingWriter, utf8, type FakeEntry } from './fakes';

async function failureOf(entry: FakeEntry) {
  const handlers = createHandlers({ fs: fakeFs({ '/pages/bad.txt': entry }), dialogs: fakeDialogs({ open: ['/pages/bad.txt'] }), writeFileAtomic: recordingWriter().write });
  const result = await handlers.openFiles();
  if (!result.ok) throw new Error(result.error.message);
  const failure = result.value.failures[0];
  if (!failure) throw new Error('the file was read');
  return failure.error;
}

describe('errors of the main process', () => {
  it('give an unreadable file with its id, its name and the reason as an id', async () => {
    const error = await failureOf({ kind: 'unreadable', code: 'EACCES', failsOn: 'read' });
    expect(error).toMatchObject({ code: 'unreadable', messageId: 'mainError.unreadable', params: { name: 'bad.txt', reason: 'permission denied', reasonId: 'mainReason.EACCES' } });
    expect(error.message).toBe('Galley could not read “bad.txt”: permission denied. Check that the file exists and that you may read it.');
  });

  it('give a page too large with its size and the limit as values', async () => {
    const error = await failureOf({ kind: 'file', bytes: utf8('x'), reportedSize: 40 * 1024 * 1024 });
    expect(error.messageId).toBe('mainError.pageTooLarge');
    expect(error.params).toEqual({ name: 'bad.txt', mb: '40', limit: String(MAX_TEXT_PAGE_BYTES / 1024 / 1024) });
    expect(error.message).toBe(mainMessage('mainError.pageTooLarge', error.params));
  });

  it('give a reason Node words itself as it is, without an id', async () => {
    const write = createAtomicWriter({
      open: () => Promise.reject(Object.assign(new Error('a strange failure'), { code: 'EWEIRD' })),
      rename: () => Promise.resolve(),
      unlink: () => Promise.resolve(),
    } as unknown as Parameters<typeof createAtomicWriter>[0], 1);
    const result = await write('/out/project.galley.json', '{}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ messageId: 'mainError.saveFailed', params: { name: 'project.galley.json', reason: 'a strange failure' } });
    expect(result.error.params).not.toHaveProperty('reasonId');
  });

  it('leave no placeholder unfilled in any English sentence', () => {
    for (const [id, text] of Object.entries(MAIN_MESSAGES)) {
      const names = [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '');
      const filled = mainMessage(id as keyof typeof MAIN_MESSAGES, Object.fromEntries(names.map((n) => [n, 'X'])));
      expect(filled, id).not.toMatch(/\{\w+\}/u);
    }
  });
});
