// @vitest-environment node
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAtomicWriter, type AtomicWriteFs } from '../../electron/main/atomic-write';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-atomic-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Real file system, except that writing the temp file writes half the data and then fails. */
function fsFailingMidWrite(): AtomicWriteFs {
  return {
    ...fs,
    async open(path, flags) {
      const handle = await fs.open(path, flags);
      return {
        async writeFile(data: string) {
          await handle.writeFile(data.slice(0, data.length / 2), 'utf8');
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

describe('createAtomicWriter', () => {
  it('writes a new file', async () => {
    const write = createAtomicWriter(fs, 4242);
    const target = join(dir, 'gazette.md');
    expect(await write(target, '# Gazette\nÉditorial — “quotes”\n')).toEqual({ ok: true, value: undefined });
    expect(await readFile(target, 'utf8')).toBe('# Gazette\nÉditorial — “quotes”\n');
    expect(await readdir(dir)).toEqual(['gazette.md']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'gazette.txt');
    await writeFile(target, 'old contents that are longer than the new ones');
    const write = createAtomicWriter(fs, 4242);
    expect((await write(target, 'new')).ok).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['gazette.txt']);
  });

  it('leaves the previous file intact and no temp file behind when the write fails', async () => {
    const target = join(dir, 'gazette.txt');
    await writeFile(target, 'the previous export');
    const write = createAtomicWriter(fsFailingMidWrite(), 4242);
    const result = await write(target, 'a new export that never fully reaches the disk');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('write-failed');
      expect(result.error.message).toContain('“gazette.txt”');
      expect(result.error.message).toContain('the disk is full');
    }
    expect(await readFile(target, 'utf8')).toBe('the previous export');
    expect(await readdir(dir)).toEqual(['gazette.txt']);
  });

  it('creates no target when the first write fails', async () => {
    const write = createAtomicWriter(fsFailingMidWrite(), 4242);
    expect((await write(join(dir, 'new.txt'), 'content')).ok).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('cleans up when the rename fails', async () => {
    const target = join(dir, 'gazette.txt');
    await writeFile(target, 'previous');
    const failingRename: AtomicWriteFs = { ...fs, rename: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) };
    const result = await createAtomicWriter(failingRename, 4242)(target, 'next');
    expect(result.ok ? null : result.error.message).toContain('permission denied');
    expect(await readFile(target, 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['gazette.txt']);
  });

  it('reports a folder that does not exist', async () => {
    const result = await createAtomicWriter(fs, 4242)(join(dir, 'missing', 'out.txt'), 'x');
    expect(result.ok ? null : result.error.message).toContain('does not exist');
  });

  it('uses a hidden temp name beside the target with pid and counter', async () => {
    const opened: string[] = [];
    const spying: AtomicWriteFs = { ...fs, open: (path, flags) => (opened.push(path), fs.open(path, flags)) };
    const write = createAtomicWriter(spying, 4242);
    await write(join(dir, 'a.txt'), '1');
    await write(join(dir, 'a.txt'), '2');
    expect(opened).toEqual([join(dir, '.a.txt.tmp-4242-1'), join(dir, '.a.txt.tmp-4242-2')]);
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('2');
  });
});
