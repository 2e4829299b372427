// @vitest-environment node
/**
 * `reconstructPages` with a fake file system: the failures a real disk rarely gives on cue
 * (a full disk mid-run, a kernel that answers ENOENT for a folder whose parent exists).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteFileAtomic } from '../../electron/main/atomic-write';
import type { OutputSink } from '../../electron/cli/output-sink';
import { reconstructPages, type ReconstructIo } from '../../electron/cli/reconstruct-pages';
import { fail, ok } from '../../shared/model/result';
import { DEV_PAGES, ENGLISH_SAMPLE, REPO_ROOT } from './run-galley';

function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

interface Fake {
  readonly io: ReconstructIo;
  readonly warnings: string[];
  readonly written: Map<string, string>;
  readonly printed: string[];
}

function fakeIo(overrides: Partial<ReconstructIo> = {}, stdoutClosedAfter = Infinity): Fake {
  const warnings: string[] = [];
  const written = new Map<string, string>();
  const printed: string[] = [];
  const stdout: OutputSink = {
    write: (text) => void printed.push(text),
    get closed() {
      return printed.length >= stdoutClosedAfter;
    },
  };
  const writeFileAtomic: WriteFileAtomic = (target, content) => {
    written.set(target, content);
    return Promise.resolve(ok(undefined));
  };
  const io: ReconstructIo = {
    stat: () => Promise.resolve({ size: 1000, isFile: () => true, isDirectory: () => false }),
    readFile: async (file) => new Uint8Array(await readFile(join(REPO_ROOT, file))),
    mkdir: () => Promise.resolve(undefined),
    writeFileAtomic,
    stdout,
    warn: (message) => void warnings.push(message),
    ...overrides,
  };
  return { io, warnings, written, printed };
}

describe('reconstructPages', () => {
  it('gives up on an output folder the kernel says cannot exist, instead of retrying for ever', async () => {
    // /proc answers ENOENT for `mkdir /proc/x`; Node's recursive mkdir loops on that.
    let calls = 0;
    const fake = fakeIo({
      mkdir: (dir) => {
        calls++;
        return Promise.reject(errno(dir === '/proc' ? 'EEXIST' : 'ENOENT'));
      },
      stat: () => Promise.resolve({ size: 0, isFile: () => false, isDirectory: () => true }),
    });
    const code = await reconstructPages({ pages: [DEV_PAGES[0]], format: 'json', out: '/proc/x' }, fake.io);
    expect(code).toBe(1);
    expect(calls).toBe(3);
    expect(fake.warnings).toEqual(['could not create the output folder “/proc/x”: the file or its folder does not exist.']);
    expect(fake.written.size).toBe(0);
  });

  it('makes each missing level of the output folder, top down', async () => {
    const made: string[] = [];
    const existing = new Set(['/', '/tmp']);
    const fake = fakeIo({
      mkdir: (dir) => {
        if (existing.has(dir)) return Promise.reject(errno('EEXIST'));
        const parent = dir.slice(0, dir.lastIndexOf('/')) || '/';
        if (!existing.has(parent)) return Promise.reject(errno('ENOENT'));
        existing.add(dir);
        made.push(dir);
        return Promise.resolve(undefined);
      },
    });
    const code = await reconstructPages({ pages: [DEV_PAGES[0]], format: 'txt', out: '/tmp/a/b/c' }, fake.io);
    expect(code).toBe(0);
    expect(made).toEqual(['/tmp/a', '/tmp/a/b', '/tmp/a/b/c']);
    expect([...fake.written.keys()]).toEqual(['/tmp/a/b/c/000_b9d590ed33f85a10.cleaned.txt']);
  });

  it('reports a failed write with the writer’s message and still writes the next page', async () => {
    const written: string[] = [];
    const fake = fakeIo({
      writeFileAtomic: (target) => {
        if (target.includes('000_')) return Promise.resolve(fail('write-failed', 'Galley could not save “000_b9d590ed33f85a10.cleaned.json”: the disk is full.'));
        written.push(target);
        return Promise.resolve(ok(undefined));
      },
    });
    const code = await reconstructPages({ pages: [DEV_PAGES[0], ENGLISH_SAMPLE], format: 'json', out: 'out' }, fake.io);
    expect(code).toBe(1);
    expect(fake.warnings).toEqual(['Galley could not save “000_b9d590ed33f85a10.cleaned.json”: the disk is full.']);
    expect(written).toEqual([join('out', 'en-evening-gazette.cleaned.json')]);
  });

  it('stops reconstructing once nobody reads stdout', async () => {
    const fake = fakeIo({}, 1);
    const code = await reconstructPages({ pages: [...DEV_PAGES], format: 'txt' }, fake.io);
    expect(code).toBe(0);
    expect(fake.printed).toHaveLength(1);
  });

  it('refuses a page over the size limit without reading it', async () => {
    let reads = 0;
    const fake = fakeIo({
      stat: () => Promise.resolve({ size: 40 * 1048576, isFile: () => true, isDirectory: () => false }),
      readFile: () => {
        reads++;
        return Promise.resolve(new Uint8Array());
      },
    });
    const code = await reconstructPages({ pages: ['huge.txt'], format: 'json' }, fake.io);
    expect(code).toBe(1);
    expect(reads).toBe(0);
    expect(fake.warnings).toEqual(['“huge.txt” is 40 MB; Galley opens text pages up to 32 MB.']);
  });
});
