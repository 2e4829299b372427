// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createHandlers, type Dialogs } from '../../electron/main/handlers';
import { MAX_TEXT_PAGE_BYTES } from '../../shared/contract/app-api';
import { fail } from '../../shared/model/result';
import { fakeDialogs, fakeFs, recordingWriter, utf8, type FakeEntry } from './fakes';

const page1 = utf8('THE DAILY GAZETTE\nColumn one text');
const page2 = utf8('Column two text\n');

function handlersWith(entries: Record<string, FakeEntry>, answers: { open?: readonly string[]; save?: string | null }) {
  const fs = fakeFs(entries);
  const dialogs = fakeDialogs(answers);
  const writer = recordingWriter();
  const handlers = createHandlers({ fs, dialogs, writeFileAtomic: writer.write });
  return { handlers, fs, dialogs, writer };
}

describe('openFiles', () => {
  it('gives no files and no failures when the dialog is cancelled', async () => {
    const { handlers, fs } = handlersWith({}, { open: [] });
    expect(await handlers.openFiles()).toEqual({ ok: true, value: { files: [], failures: [] } });
    expect(fs.reads).toEqual([]);
  });

  it('reads every picked file as raw bytes, in the order picked', async () => {
    const { handlers } = handlersWith(
      { '/pages/p1.txt': { kind: 'file', bytes: page1 }, '/pages/p2.md': { kind: 'file', bytes: page2 } },
      { open: ['/pages/p1.txt', '/pages/p2.md'] },
    );
    const result = await handlers.openFiles();
    expect(result).toEqual({
      ok: true,
      value: {
        files: [
          { name: 'p1.txt', path: '/pages/p1.txt', bytes: page1 },
          { name: 'p2.md', path: '/pages/p2.md', bytes: page2 },
        ],
        failures: [],
      },
    });
    // Bytes, not text: decoding is shared code in the renderer.
    if (result.ok) expect(result.value.files[0]?.bytes).toBeInstanceOf(Uint8Array);
  });

  it('refuses a file over the limit by its size, without reading it, and still opens the others', async () => {
    const fortyMb = 40 * 1024 * 1024;
    const { handlers, fs } = handlersWith(
      {
        '/pages/huge.txt': { kind: 'file', bytes: new Uint8Array(0), reportedSize: fortyMb },
        '/pages/p1.txt': { kind: 'file', bytes: page1 },
      },
      { open: ['/pages/huge.txt', '/pages/p1.txt'] },
    );
    const result = await handlers.openFiles();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.files.map((f) => f.name)).toEqual(['p1.txt']);
    expect(result.value.failures).toHaveLength(1);
    const failure = result.value.failures[0];
    expect(failure?.name).toBe('huge.txt');
    expect(failure?.error.code).toBe('too-large');
    expect(failure?.error.message).toContain('huge.txt');
    expect(failure?.error.message).toContain('40 MB');
    expect(failure?.error.message).toContain(`${MAX_TEXT_PAGE_BYTES / 1024 / 1024} MB`);
    expect(fs.reads).toEqual(['/pages/p1.txt']);
  });

  it('accepts a file of exactly the limit', async () => {
    const { handlers } = handlersWith(
      { '/pages/edge.txt': { kind: 'file', bytes: new Uint8Array(0), reportedSize: MAX_TEXT_PAGE_BYTES } },
      { open: ['/pages/edge.txt'] },
    );
    const result = await handlers.openFiles();
    expect(result.ok && result.value.failures).toEqual([]);
  });

  it('refuses a file that grew past the limit between stat and read', async () => {
    const { handlers } = handlersWith(
      { '/pages/growing.txt': { kind: 'file', bytes: new Uint8Array(MAX_TEXT_PAGE_BYTES + 1), reportedSize: 10 } },
      { open: ['/pages/growing.txt'] },
    );
    const result = await handlers.openFiles();
    expect(result.ok && result.value.failures[0]?.error.code).toBe('too-large');
  });

  it.each([
    ['a missing file', { kind: 'unreadable', code: 'ENOENT', failsOn: 'stat' }, 'does not exist'],
    ['a file without read permission', { kind: 'unreadable', code: 'EACCES', failsOn: 'read' }, 'permission denied'],
    ['a folder', { kind: 'folder' }, 'not a regular file'],
  ] as const)('reports %s as unreadable, naming it', async (_what, entry, reason) => {
    const { handlers } = handlersWith({ '/pages/bad.txt': entry, '/pages/p1.txt': { kind: 'file', bytes: page1 } }, { open: ['/pages/bad.txt', '/pages/p1.txt'] });
    const result = await handlers.openFiles();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.files.map((f) => f.name)).toEqual(['p1.txt']);
    expect(result.value.failures[0]?.name).toBe('bad.txt');
    expect(result.value.failures[0]?.error.code).toBe('unreadable');
    expect(result.value.failures[0]?.error.message).toContain('“bad.txt”');
    expect(result.value.failures[0]?.error.message).toContain(reason);
  });

  it('returns a failure instead of throwing when the dialog itself fails', async () => {
    const dialogs: Dialogs = {
      pickFilesToOpen: () => Promise.reject(new Error('no display')),
      pickSaveLocation: () => Promise.resolve(null),
      pickFolder: () => Promise.resolve(null),
    };
    const handlers = createHandlers({ fs: fakeFs({}), dialogs, writeFileAtomic: recordingWriter().write });
    const result = await handlers.openFiles();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('no display');
  });
});

describe('saveFile', () => {
  const request = { suggestedName: 'gazette.md', content: '# The Daily Gazette\n', format: 'md' };

  it('gives null and writes nothing when the dialog is cancelled', async () => {
    const { handlers, writer } = handlersWith({}, { save: null });
    expect(await handlers.saveFile(request)).toEqual({ ok: true, value: null });
    expect(writer.writes).toEqual([]);
  });

  it('writes the content where the user chose and says where', async () => {
    const { handlers, writer, dialogs } = handlersWith({}, { save: '/home/ed/gazette.md' });
    expect(await handlers.saveFile(request)).toEqual({ ok: true, value: { location: '/home/ed/gazette.md' } });
    expect(writer.writes).toEqual([{ target: '/home/ed/gazette.md', content: request.content }]);
    expect(dialogs.saveAsked).toEqual([{ suggestedName: 'gazette.md', format: 'md' }]);
  });

  it('passes a write failure on to the renderer', async () => {
    const writer = recordingWriter(fail('write-failed', 'Galley could not save “gazette.md”: the disk is full.'));
    const handlers = createHandlers({ fs: fakeFs({}), dialogs: fakeDialogs({ save: '/x/gazette.md' }), writeFileAtomic: writer.write });
    const result = await handlers.saveFile(request);
    expect(result).toEqual({ ok: false, error: { code: 'write-failed', message: 'Galley could not save “gazette.md”: the disk is full.' } });
  });

  it.each([
    ['not an object', 'gazette.md'],
    ['null', null],
    ['a name with a slash', { ...request, suggestedName: '../../etc/passwd' }],
    ['a name with a backslash', { ...request, suggestedName: '..\\evil.txt' }],
    ['an empty name', { ...request, suggestedName: '  ' }],
    ['a name over 255 characters', { ...request, suggestedName: `${'a'.repeat(252)}.txt` }],
    ['content that is not text', { ...request, content: 42 }],
    ['an unknown format', { ...request, format: 'exe' }],
    ['a missing format', { suggestedName: 'a.txt', content: '' }],
  ])('rejects %s without showing a dialog', async (_what, payload) => {
    const { handlers, dialogs, writer } = handlersWith({}, { save: '/x/out.txt' });
    const result = await handlers.saveFile(payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-request');
    expect(dialogs.saveAsked).toEqual([]);
    expect(writer.writes).toEqual([]);
  });
});

describe('saveFiles', () => {
  const request = { folderName: 'page.articles', files: [{ name: '01-bridge.txt', content: 'A' }, { name: '02-storm.txt', content: 'B' }] };

  it('writes every file into the folder the user picked, each atomically', async () => {
    const writer = recordingWriter();
    const handlers = createHandlers({ fs: fakeFs({}), dialogs: fakeDialogs({ folder: '/home/ed/out' }), writeFileAtomic: writer.write });
    const result = await handlers.saveFiles(request);
    expect(result).toEqual({ ok: true, value: { location: '/home/ed/out' } });
    expect(writer.writes).toEqual([
      { target: '/home/ed/out/01-bridge.txt', content: 'A' },
      { target: '/home/ed/out/02-storm.txt', content: 'B' },
    ]);
  });

  it('writes nothing when the folder dialog is cancelled', async () => {
    const writer = recordingWriter();
    const handlers = createHandlers({ fs: fakeFs({}), dialogs: fakeDialogs({ folder: null }), writeFileAtomic: writer.write });
    expect(await handlers.saveFiles(request)).toEqual({ ok: true, value: null });
    expect(writer.writes).toEqual([]);
  });

  it.each([
    ['a name with a folder in it', { ...request, files: [{ name: '../escape.txt', content: 'x' }] }],
    ['the same name twice', { ...request, files: [{ name: 'a.txt', content: 'x' }, { name: 'A.txt', content: 'y' }] }],
    ['no files', { ...request, files: [] }],
    ['content that is not text', { ...request, files: [{ name: 'a.txt', content: 3 }] }],
  ])('refuses %s before asking for a folder', async (_what, payload) => {
    const writer = recordingWriter();
    const dialogs = fakeDialogs({ folder: '/home/ed/out' });
    const handlers = createHandlers({ fs: fakeFs({}), dialogs, writeFileAtomic: writer.write });
    const result = await handlers.saveFiles(payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(writer.writes).toEqual([]);
  });

  it('stops at a failed write and passes the failure on', async () => {
    const writer = recordingWriter(fail('write-failed', 'disk full'));
    const handlers = createHandlers({ fs: fakeFs({}), dialogs: fakeDialogs({ folder: '/out' }), writeFileAtomic: writer.write });
    const result = await handlers.saveFiles(request);
    expect(result).toMatchObject({ ok: false, error: { message: 'disk full' } });
    expect(writer.writes).toHaveLength(1);
  });
});

describe('the Recent list through the handlers', () => {
  async function withRecent(entries: Record<string, FakeEntry>, answers: { open?: readonly string[] }, stored: readonly string[] = []) {
    const { createRecentFiles } = await import('../../electron/main/recent-files');
    let file = JSON.stringify({ version: 1, paths: stored });
    const recent = createRecentFiles({
      file: '/data/recent.json',
      fs: { readFile: async () => file },
      writeFileAtomic: async (_target, text) => {
        file = text;
        return { ok: true, value: undefined };
      },
    });
    const fs = fakeFs(entries);
    const handlers = createHandlers({ fs, dialogs: fakeDialogs(answers), writeFileAtomic: recordingWriter().write, recent });
    return { handlers, recent, fs };
  }

  it('notes the pages Open read (not their images, not the failures), newest first', async () => {
    const { handlers, recent } = await withRecent(
      { '/n/p1.xml': { kind: 'file', bytes: page1 }, '/n/p1.tif': { kind: 'file', bytes: utf8('II*') }, '/n/bad.txt': { kind: 'unreadable', code: 'EACCES', failsOn: 'read' } },
      { open: ['/n/p1.xml', '/n/bad.txt'] },
      ['/old/a.txt'],
    );
    await handlers.openFiles();
    expect(await recent.paths()).toEqual(['/n/p1.xml', '/old/a.txt']);
    expect(await handlers.recentFiles()).toEqual([
      { id: '/n/p1.xml', name: 'p1.xml', reopenable: true },
      { id: '/old/a.txt', name: 'a.txt', reopenable: true },
    ]);
  });

  it('reopens a recent page the way Open reads it, page image included', async () => {
    const { handlers } = await withRecent({ '/n/p1.xml': { kind: 'file', bytes: page1 }, '/n/p1.tif': { kind: 'file', bytes: utf8('II*') } }, {}, ['/n/p1.xml']);
    const result = await handlers.openRecent('/n/p1.xml');
    expect(result.ok && result.value.files.map((f) => f.path)).toEqual(['/n/p1.xml', '/n/p1.tif']);
  });

  it('refuses a path that is not on the list, without reading it', async () => {
    const { handlers, fs } = await withRecent({ '/etc/passwd': { kind: 'file', bytes: utf8('root') } }, {}, ['/n/p1.xml']);
    for (const id of ['/etc/passwd', 42, null]) expect(await handlers.openRecent(id)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(fs.reads).toEqual([]);
  });

  it('says why a recent page is gone and takes it off the list', async () => {
    const { handlers, recent } = await withRecent({}, {}, ['/n/moved.xml', '/n/p2.xml']);
    const result = await handlers.openRecent('/n/moved.xml');
    expect(result.ok && result.value.failures[0]?.error.message).toMatch(/could not read “moved.xml”/u);
    expect(await recent.paths()).toEqual(['/n/p2.xml']);
  });
});
