// @vitest-environment node
/**
 * The parts of `galley batch` that need no child process: slicing into shards, the manifest
 * a killed run leaves, the progress line, and which files count as pages.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectInputs } from '../../electron/cli/batch/collect-inputs';
import { groupIssues } from '../../electron/cli/batch/issues';
import { uniqueOutputPaths } from '../../electron/cli/batch/output-names';
import { compactManifest } from '../../electron/cli/batch/manifest-compact';
import { manifestName, openManifest, parseManifest, readLatestRecords, recordKey, type ManifestRecord } from '../../electron/cli/batch/manifest';
import { clock, createProgress } from '../../electron/cli/batch/progress';
import { inShard, parseShard } from '../../electron/cli/batch/shard';
import { fnv1a32 } from '../../shared/load/hash';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'galley-batch-parts-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--shard', () => {
  it('reads K/N and refuses what is not one', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/8', '9/8', '3/0', '3', 'a/b', '-1/4', '1.5/4']) expect(typeof parseShard(bad), bad).toBe('string');
  });

  it('puts every page in exactly one of N slices, of similar size', () => {
    const pages = Array.from({ length: 4000 }, (_, i) => `${1900 + (i % 40)}/issue-${i % 97}/page-${i}.xml`);
    const sizes = [1, 2, 3, 4, 5].map((index) => pages.filter((p) => inShard(p, { index, count: 5 })).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(pages.length);
    for (const size of sizes) expect(size).toBeGreaterThan(650);
    for (const page of pages.slice(0, 50)) expect([1, 2, 3, 4, 5].filter((index) => inShard(page, { index, count: 5 }))).toHaveLength(1);
  });
});

const record = (input: string, at: string, extra: Partial<ManifestRecord> = {}): ManifestRecord => ({
  input,
  sha256: 'a'.repeat(64),
  format: 'json',
  engine: '0.3',
  result: 'ok',
  output: `${input}.out`,
  at,
  ...extra,
});

describe('manifest', () => {
  it('skips a line cut short by a kill, and the damaged line only', () => {
    const text = `${JSON.stringify(record('a.txt', '1'))}\n${JSON.stringify(record('b.txt', '2')).slice(0, 30)}`;
    expect(parseManifest(text).map((r) => r.input)).toEqual(['a.txt']);
  });

  it('starts a new line after a cut one, so the next record stays readable', async () => {
    const file = path.join(dir, manifestName(null));
    await writeFile(file, `${JSON.stringify(record('a.txt', '1'))}\n{"input":"b.t`);
    const writer = openManifest(file);
    writer.append(record('c.txt', '3'));
    writer.close();
    expect(parseManifest(await readFile(file, 'utf8')).map((r) => r.input)).toEqual(['a.txt', 'c.txt']);
  });

  it('names a shard’s file after the shard, and reads every manifest with the latest line winning', async () => {
    expect(manifestName({ index: 2, count: 8 })).toBe('galley-manifest.2-of-8.jsonl');
    await writeFile(path.join(dir, 'galley-manifest.1-of-2.jsonl'), [record('a.txt', '2026-01-02T00:00:00Z', { sha256: 'new' }), record('b.txt', '2026-01-01T00:00:00Z')].map((r) => JSON.stringify(r)).join('\n'));
    await writeFile(path.join(dir, 'galley-manifest.jsonl'), `${JSON.stringify(record('a.txt', '2026-01-01T00:00:00Z', { sha256: 'old' }))}\n`);
    const latest = readLatestRecords(dir);
    expect(latest.get(recordKey('a.txt', 'json'))?.sha256).toBe('new');
    expect(latest.get(recordKey('b.txt', 'json'))?.result).toBe('ok');
    expect(readLatestRecords(path.join(dir, 'missing')).size).toBe(0);
  });

  it('compacts a manifest of superseded lines to the latest line of each page, reading the same before and after', async () => {
    const file = path.join(dir, manifestName(null));
    const runs = ['2026-01-01', '2026-01-02', '2026-01-03'].flatMap((day) => ['a.txt', 'b.txt', 'c.txt'].map((page) => record(page, `${day}T00:00:00Z`, { sha256: `${page}@${day}` })));
    // Another format's line is another output's: kept beside the json one.
    await writeFile(file, `${[...runs, record('a.txt', '2026-01-01T00:00:00Z', { format: 'md', sha256: 'a.txt@md' })].map((r) => JSON.stringify(r)).join('\n')}\n{"input":"c.t`);
    const before = readLatestRecords(dir);
    expect(compactManifest(file)).toEqual({ before: 11, after: 4 });
    expect(readLatestRecords(dir)).toEqual(before);
    expect(parseManifest(await readFile(file, 'utf8')).map((r) => `${r.format} ${r.sha256}`)).toEqual(['json a.txt@2026-01-03', 'json b.txt@2026-01-03', 'json c.txt@2026-01-03', 'md a.txt@md']);
    // Nothing superseded now: left alone.
    expect(compactManifest(file)).toBeNull();
    expect(compactManifest(path.join(dir, 'missing.jsonl'))).toBeNull();
  });

  it('a compaction killed before its rename leaves the manifest whole, and its temp is cleared next time', async () => {
    const file = path.join(dir, manifestName(null));
    const lines = `${[record('a.txt', '1'), record('a.txt', '2'), record('b.txt', '3')].map((r) => JSON.stringify(r)).join('\n')}\n`;
    await writeFile(file, lines);
    const temp = path.join(dir, `.${manifestName(null)}.compact-4242`);
    await writeFile(temp, '{"input":"a.t');
    // The half-written temp is no manifest of any run.
    expect([...readLatestRecords(dir).keys()]).toHaveLength(2);
    expect(compactManifest(file)).toBeNull();
    expect(await readFile(file, 'utf8')).toBe(lines);
    await expect(readFile(temp)).rejects.toThrow();
  });
});

describe('progress', () => {
  const counts = { total: 10_000, done: 2_500, skipped: 0, failed: 1 };

  it('redraws one line with bar, pages, rate and time left on a terminal', () => {
    const written: string[] = [];
    let t = 0;
    const progress = createProgress({ isTTY: true, columns: 120, write: (s) => written.push(s) }, () => t);
    // Workers take a while to start; the rate counts from the first page done.
    t = 3_000;
    progress.update({ total: 10_000, done: 1, skipped: 0, failed: 0 });
    t = 13_000;
    progress.update(counts);
    expect(written.at(-1)).toBe('\r\u001b[K[######------------------] 2,501/10,000 pages, 250 pages/s, 0:30 left, 1 failed');
    expect(written.join('')).toMatch(/^\r/u);
  });

  it('logs a plain line every few seconds, not one per page, when not on a terminal', () => {
    const written: string[] = [];
    let t = 0;
    const progress = createProgress({ write: (s) => written.push(s) }, () => t);
    for (let i = 0; i < 1000; i++) {
      t = i * 20;
      progress.update({ ...counts, done: i });
    }
    // 20 s of pages: a line every 5 s, none of them with terminal control codes.
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(written.length).toBeLessThanOrEqual(4);
    for (const line of written) expect(line).toMatch(/^galley batch: [\d,]+\/10,000 pages, .* left, 1 failed\n$/u);
  });

  it('leaves pages skipped by a resumed run out of the rate and the time left', () => {
    const written: string[] = [];
    let t = 0;
    const progress = createProgress({ isTTY: true, columns: 120, write: (s) => written.push(s) }, () => t);
    progress.update({ total: 10_000, done: 0, skipped: 4_000, failed: 0 });
    t = 10_000;
    progress.update({ total: 10_000, done: 500, skipped: 4_000, failed: 0 });
    expect(written.at(-1)).toContain('4,500/10,000 pages, 50 pages/s, 1:50 left');
  });

  it('writes times left as a clock', () => {
    expect(clock(75)).toBe('1:15');
    expect(clock(3725)).toBe('1:02:05');
  });
});

describe('which files are pages', () => {
  it('takes every page the loader opens, as reconstruct --issue does, and leaves out hidden files, projects and exports', async () => {
    const pages = ['p.txt', 'p.md', 'p.markdown', 'p.xml', 'p.alto', 'p.html', 'p.htm', 'p.xhtml', 'p.hocr', 'Q.XML'];
    const others = ['.p.txt', 'p.galley.json', 'p.cleaned.txt', 'p.cleaned.alto.xml', 'p.tif', 'p.json', '1918-01-08.issue.md', '.p.cleaned.json.tmp-1-2'];
    for (const name of [...pages, ...others]) await writeFile(path.join(dir, name), 'text');
    const collected = await collectInputs([dir], path.join(dir, 'out'), 'json');
    expect(collected.ok && collected.inputs.map((input) => input.relative)).toEqual([...pages].sort());
  });

  it('names pages from the folder that holds every INPUT, and leaves out the output folder', async () => {
    for (const file of ['1920/a/p1.txt', '1920/a/.cache/p.txt', '1921/p2.md', '1921/out/old.txt']) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), 'text');
    }
    const both = await collectInputs([path.join(dir, '1921'), path.join(dir, '1920')], path.join(dir, '1921', 'out'), 'txt');
    expect(both.ok && both.inputs.map((i) => [i.relative, i.output])).toEqual([
      ['1920/a/p1.txt', '1920/a/p1.cleaned.txt'],
      ['1921/p2.md', '1921/p2.cleaned.txt'],
    ]);
    const one = await collectInputs([path.join(dir, '1920')], path.join(dir, 'out'), 'alto');
    expect(one.ok && one.inputs.map((i) => i.output)).toEqual(['a/p1.cleaned.alto.xml']);
    const missing = await collectInputs([path.join(dir, 'nope')], path.join(dir, 'out'), 'txt');
    expect(missing.ok).toBe(false);
  });
});

describe('output names', () => {
  const names = (relatives: string[], format: 'json' | 'txt' = 'json'): Promise<string[]> =>
    (async () => {
      for (const relative of relatives) {
        await mkdir(path.dirname(path.join(dir, 'in', relative)), { recursive: true });
        await writeFile(path.join(dir, 'in', relative), 'A page.\n');
      }
      const collected = await collectInputs([path.join(dir, 'in')], path.join(dir, 'out'), format);
      if (!collected.ok) throw new Error(collected.message);
      return collected.inputs.map((input) => `${input.relative} → ${input.output}`);
    })();

  it('a page named as another page with its extension: each keeps its own full name', async () => {
    // a.txt and a.xml keep their extensions; a.txt then holds a.txt.txt's short name, so it keeps its own too.
    expect(await names(['a.txt', 'a.xml', 'a.txt.txt', 'b.txt'])).toEqual(['a.txt → a.txt.cleaned.json', 'a.txt.txt → a.txt.txt.cleaned.json', 'a.xml → a.xml.cleaned.json', 'b.txt → b.cleaned.json']);
  });

  it('names that differ only in case get a hash of the exact name, so a case-insensitive disk keeps both', async () => {
    const outputs = await names(['x/Page.txt', 'x/page.txt', 'x/other.txt']);
    expect(outputs[0]).toMatch(/^x\/Page\.txt → x\/Page\.txt-[0-9a-f]{8}\.cleaned\.json$/u);
    expect(outputs[1]).toBe('x/other.txt → x/other.cleaned.json');
    expect(outputs[2]).toMatch(/^x\/page\.txt → x\/page\.txt-[0-9a-f]{8}\.cleaned\.json$/u);
    const lowered = outputs.map((o) => o.split(' → ')[1]?.toLowerCase());
    expect(new Set(lowered).size).toBe(3);
  });

  it('never gives two pages one name, whatever mix of clashes a folder holds', () => {
    const pages = ['p.txt', 'p.xml', 'P.txt', 'p.txt.txt', 'p.txt.xml', 'P.TXT', 'q.md'];
    const outputs = uniqueOutputPaths(pages.map((name) => ({ folder: 'f', names: [`${name.replace(/\.[^.]*$/u, '')}.cleaned.json`, `${name}.cleaned.json`, `${name}-${fnv1a32(name)}.cleaned.json`] })));
    expect(new Set(outputs.map((o) => o.toLowerCase())).size).toBe(pages.length);
    expect(outputs.at(-1)).toBe('f/q.cleaned.json');
  });

  it('--issues: one issue a folder, named after it beside the mirrored folder', async () => {
    await names(['1920/01-08/p1.txt', '1920/01-08/p2.txt', '1920/01-09/p1.txt', 'loose.txt']);
    const collected = await collectInputs([path.join(dir, 'in')], path.join(dir, 'out'), 'md');
    if (!collected.ok) throw new Error(collected.message);
    const issues = groupIssues(collected.inputs, collected.common, 'md');
    expect(issues.map((issue) => [issue.key, issue.output, issue.files.map((f) => path.basename(f))])).toEqual([
      ['./', 'in.issue.md', ['loose.txt']],
      ['1920/01-08/', '1920/01-08.issue.md', ['p1.txt', 'p2.txt']],
      ['1920/01-09/', '1920/01-09.issue.md', ['p1.txt']],
    ]);
  });
});
