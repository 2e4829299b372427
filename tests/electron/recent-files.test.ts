// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRecentFiles, parse } from '../../electron/main/recent-files';
import { MAX_RECENT_FILES } from '../../shared/contract/app-api';
import { fail, ok, type Result } from '../../shared/model/result';

const FILE = '/user-data/recent-files.json';

/** A disk of one file: what was last written there (or given at the start). */
function disk(initial: string | null, writeResult: Result<void> = ok(undefined)) {
  let content = initial;
  const writes: string[] = [];
  const changes: (readonly string[])[] = [];
  const recent = createRecentFiles({
    file: FILE,
    fs: {
      readFile: async (path) => {
        if (path !== FILE || content === null) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return content;
      },
    },
    writeFileAtomic: async (target, text) => {
      expect(target).toBe(FILE);
      writes.push(text);
      if (writeResult.ok) content = text;
      return writeResult;
    },
    onChange: (paths) => changes.push(paths),
  });
  return { recent, writes, changes, stored: () => (content === null ? null : parse(content)) };
}

describe('the Recent list of the Electron host', () => {
  it('starts empty when there is no file yet, and keeps what is added, newest first', async () => {
    const { recent, stored, changes } = disk(null);
    expect(await recent.paths()).toEqual([]);
    await recent.add(['/a/p1.xml', '/a/p2.xml']);
    await recent.add(['/b/p3.txt']);
    expect(await recent.paths()).toEqual(['/b/p3.txt', '/a/p1.xml', '/a/p2.xml']);
    expect(stored()).toEqual(['/b/p3.txt', '/a/p1.xml', '/a/p2.xml']);
    expect(changes.at(-1)).toEqual(['/b/p3.txt', '/a/p1.xml', '/a/p2.xml']);
  });

  it('moves a file opened again to the top instead of listing it twice', async () => {
    const { recent } = disk(JSON.stringify({ version: 1, paths: ['/a', '/b', '/c'] }));
    await recent.add(['/c']);
    expect(await recent.paths()).toEqual(['/c', '/a', '/b']);
  });

  it(`keeps at most ${MAX_RECENT_FILES}, dropping the oldest`, async () => {
    const { recent } = disk(null);
    for (let i = 1; i <= MAX_RECENT_FILES + 3; i++) await recent.add([`/p${i}`]);
    const paths = await recent.paths();
    expect(paths).toHaveLength(MAX_RECENT_FILES);
    expect(paths[0]).toBe(`/p${MAX_RECENT_FILES + 3}`);
    expect(paths).not.toContain('/p3');
  });

  it.each([
    ['damaged JSON', '{"version": 1, "paths": ['],
    ['a future version', JSON.stringify({ version: 9, paths: ['/a'] })],
    ['not a list', JSON.stringify({ version: 1, paths: '/a' })],
    ['binary garbage', '\u0000\u0001PK'],
  ])('reads %s as an empty list rather than failing', async (_what, text) => {
    const { recent } = disk(text);
    expect(await recent.paths()).toEqual([]);
  });

  it('drops entries that are not paths from a stored list', () => {
    expect(parse(JSON.stringify({ version: 1, paths: ['/a', 3, '', null, '/a', '/b'] }))).toEqual(['/a', '/b']);
  });

  it('removes one path, clears all, and writes nothing when nothing changed', async () => {
    const { recent, writes } = disk(JSON.stringify({ version: 1, paths: ['/a', '/b'] }));
    await recent.remove('/x');
    expect(writes).toEqual([]);
    await recent.remove('/a');
    expect(await recent.paths()).toEqual(['/b']);
    await recent.clear();
    expect(await recent.paths()).toEqual([]);
    expect(writes).toHaveLength(2);
  });

  it('lands two adds made at once in the file, one after the other', async () => {
    const { recent, stored } = disk(null);
    await Promise.all([recent.add(['/a']), recent.add(['/b'])]);
    expect(stored()).toEqual(['/b', '/a']);
  });

  it('keeps the list for the session when the write fails', async () => {
    const { recent, stored } = disk(null, fail('write-failed', 'disk full'));
    await recent.add(['/a']);
    expect(await recent.paths()).toEqual(['/a']);
    expect(stored()).toBeNull();
  });

  it('shows each path by its file name, reopenable', async () => {
    const { recent } = disk(JSON.stringify({ version: 1, paths: ['/news/1890/p-0001.xml'] }));
    expect(await recent.list()).toEqual([{ id: '/news/1890/p-0001.xml', name: 'p-0001.xml', reopenable: true }]);
  });
});
