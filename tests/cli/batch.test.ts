// @vitest-environment node
/**
 * `galley batch`, run as the real command (child processes) on small archives built from the
 * page fixtures: what it writes, what it records, how it resumes, and how shards add up.
 */
import { readFile, stat, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive, expectResumedAsWhole, place, readManifest, readTree, runKilledPartWay } from './batch-archive';
import { REPO_ROOT, eachTestInTempFolder, runGalley } from './run-galley';

// Each run starts Node, tsx and worker threads afresh; on a busy two-core machine that takes seconds.
const SLOW = 120_000;
// The kill test runs 181 pages three times over.
const SLOWER = 300_000;

const at = eachTestInTempFolder('galley-batch-');
const fixture = (...parts: string[]): string => path.join(REPO_ROOT, 'tests/fixtures', ...parts);

describe('galley batch', () => {
  it('walks folders, mirrors them under --out, and writes what galley reconstruct writes', async () => {
    await buildArchive(at('archive'), 2);
    // Not pages: hidden files, a project, an earlier export, and the output folder inside the input.
    await writeFile(at('archive', '.hidden.txt'), 'not a page');
    await writeFile(at('archive', '1920', 'issue-001', 'page.galley.json'), '{}');
    await writeFile(at('archive', '1920', 'issue-001', 'old.cleaned.txt'), 'an earlier export');
    const run = await runGalley(['batch', at('archive'), '--out', at('archive', 'out'), '--format', 'md', '--jobs', '2']);
    expect(run.stderr).not.toMatch(/failed:/u);
    expect(run.code).toBe(0);

    const tree = await readTree(at('archive', 'out'));
    expect([...tree.keys()]).toEqual([
      '1920/issue-001/000_b9d590ed33f85a10.cleaned.md',
      '1920/issue-001/001_3a57963cec553cb3.cleaned.md',
      '1920/issue-001/002_231d657270cb7023.cleaned.md',
      '1920/issue-001/en-01-narrow-indent.cleaned.md',
      '1920/issue-001/en-02-blank-lines.cleaned.md',
      '1920/issue-001/en-03-interleaved.cleaned.md',
      '1920/issue-001/en-04-headlines-moved.cleaned.md',
      '1920/issue-001/en-05-furniture.cleaned.md',
      '1920/issue-001/en-06-double-spaced.cleaned.md',
      '1920/issue-001/page-0001.cleaned.md',
      '1921/issue-002/000_b9d590ed33f85a10.cleaned.md',
      '1921/issue-002/001_3a57963cec553cb3.cleaned.md',
      '1921/issue-002/002_231d657270cb7023.cleaned.md',
      '1921/issue-002/en-01-narrow-indent.cleaned.md',
      '1921/issue-002/en-02-blank-lines.cleaned.md',
      '1921/issue-002/en-03-interleaved.cleaned.md',
      '1921/issue-002/en-04-headlines-moved.cleaned.md',
      '1921/issue-002/en-05-furniture.cleaned.md',
      '1921/issue-002/en-06-double-spaced.cleaned.md',
    ]);

    const folder = at('archive', '1920', 'issue-001');
    const pages = ['page-0001.xml', 'en-03-interleaved.txt', '001_3a57963cec553cb3.txt'];
    const single = await runGalley(['reconstruct', ...pages.map((p) => path.join(folder, p)), '--format', 'md', '--out', at('single')]);
    expect(single.code).toBe(0);
    for (const page of pages) {
      const name = page.replace(/\.[^.]*$/u, '.cleaned.md');
      expect(tree.get(`1920/issue-001/${name}`)?.equals(await readFile(at('single', name))), name).toBe(true);
    }

    const manifest = await readManifest(at('archive', 'out', 'galley-manifest.jsonl'));
    expect(manifest).toHaveLength(19);
    const record = manifest.find((r) => r.input === '1920/issue-001/page-0001.xml');
    expect(record).toMatchObject({ format: 'md', result: 'ok', output: '1920/issue-001/page-0001.cleaned.md' });
    expect(record?.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(typeof record?.engine).toBe('string');
  }, SLOW);

  it('records a bad page with its error, finishes the others, and exits 1', async () => {
    await place(fixture('en', 'en-01-narrow-indent.txt'), at('in', 'good.txt'));
    await place(fixture('batch', 'broken-alto.xml'), at('in', 'broken.xml'));
    await place(fixture('batch', 'issue-mets.xml'), at('in', 'issue-mets.xml'));
    await writeFile(at('in', 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const run = await runGalley(['batch', at('in'), '--out', at('out'), '--jobs', '2']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.xml failed: /u);
    expect(run.stderr).toMatch(/scan\.txt failed: /u);
    expect([...(await readTree(at('out'))).keys()]).toEqual(['good.cleaned.json']);

    const byInput = new Map((await readManifest(at('out', 'galley-manifest.jsonl'))).map((r) => [r.input, r]));
    expect(byInput.get('good.txt')).toMatchObject({ result: 'ok' });
    expect(byInput.get('broken.xml')).toMatchObject({ result: 'error' });
    expect(String(byInput.get('broken.xml')?.error)).toMatch(/broken\.xml/u);
    expect(byInput.get('scan.txt')).toMatchObject({ result: 'error' });
    // A METS file lists pages; it is noted, and is not a failure.
    expect(byInput.get('issue-mets.xml')).toMatchObject({ result: 'not-a-page' });
  }, SLOW);

  it('skips unchanged pages on a rerun and redoes a changed one', async () => {
    await buildArchive(at('in'), 1);
    const first = await runGalley(['batch', at('in'), '--out', at('out')]);
    expect(first.code).toBe(0);
    const manifestFile = at('out', 'galley-manifest.jsonl');
    const linesBefore = (await readManifest(manifestFile)).length;
    const untouched = at('out', '1920', 'issue-001', 'en-02-blank-lines.cleaned.json');
    const changed = at('out', '1920', 'issue-001', 'en-01-narrow-indent.cleaned.json');
    const mtimeBefore = (await stat(untouched)).mtimeMs;
    const changedBefore = await readFile(changed, 'utf8');

    const second = await runGalley(['batch', at('in'), '--out', at('out')]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/0 written, 10 unchanged \(skipped\)/u);
    expect((await stat(untouched)).mtimeMs).toBe(mtimeBefore);
    expect(await readManifest(manifestFile)).toHaveLength(linesBefore);

    await appendFile(at('in', '1920', 'issue-001', 'en-01-narrow-indent.txt'), '\nA LATE NOTICE\n\nThe meeting is moved to Tuesday.\n');
    const third = await runGalley(['batch', at('in'), '--out', at('out')]);
    expect(third.code).toBe(0);
    expect(third.stderr).toMatch(/1 written, 9 unchanged \(skipped\)/u);
    expect(await readFile(changed, 'utf8')).not.toBe(changedBefore);
    expect(await readFile(changed, 'utf8')).toContain('Tuesday');
    expect((await stat(untouched)).mtimeMs).toBe(mtimeBefore);
    const manifest = await readManifest(manifestFile);
    expect(manifest).toHaveLength(linesBefore + 1);
    expect(manifest.at(-1)).toMatchObject({ input: '1920/issue-001/en-01-narrow-indent.txt', result: 'ok' });
  }, SLOW);

  it('keeps pages of the same name under two INPUTs apart, whatever order the INPUTs come in', async () => {
    await place(fixture('en', 'en-01-narrow-indent.txt'), at('a', 'x', 'page.txt'));
    await place(fixture('en', 'en-02-blank-lines.txt'), at('b', 'x', 'page.txt'));
    // Same name, another extension, one folder: both keep their extension.
    await place(fixture('en', 'en-03-interleaved.txt'), at('b', 'x', 'page.md'));
    const one = await runGalley(['batch', at('a'), at('b'), '--out', at('out1'), '--format', 'txt']);
    const two = await runGalley(['batch', at('b'), at('a'), '--out', at('out2'), '--format', 'txt']);
    expect([one.code, two.code]).toEqual([0, 0]);
    const tree = await readTree(at('out1'));
    expect([...tree.keys()]).toEqual(['a/x/page.cleaned.txt', 'b/x/page.md.cleaned.txt', 'b/x/page.txt.cleaned.txt']);
    expect(tree.get('a/x/page.cleaned.txt')?.equals(tree.get('b/x/page.txt.cleaned.txt') ?? Buffer.alloc(0))).toBe(false);
    expect(await readTree(at('out2'))).toEqual(tree);
  }, SLOW);

  it('N shards run as separate processes add up to the single run, byte for byte', async () => {
    await buildArchive(at('in'), 4);
    const single = await runGalley(['batch', at('in'), '--out', at('single'), '--jobs', '1']);
    expect(single.code).toBe(0);
    const shards = await Promise.all([1, 2, 3].map((k) => runGalley(['batch', at('in'), '--out', at('sharded'), '--jobs', '1', '--shard', `${k}/3`])));
    expect(shards.map((s) => s.code)).toEqual([0, 0, 0]);

    expect(await readTree(at('sharded'))).toEqual(await readTree(at('single')));
    const inputs = await Promise.all([1, 2, 3].map(async (k) => (await readManifest(at('sharded', `galley-manifest.${k}-of-3.jsonl`))).map((r) => r.input)));
    // Each page in exactly one shard, and no shard empty on 37 pages.
    expect(inputs.flat().sort()).toEqual((await readManifest(at('single', 'galley-manifest.jsonl'))).map((r) => r.input).sort());
    for (const list of inputs) expect(list.length).toBeGreaterThan(0);
    // A plain run after the shards finds everything done.
    const after = await runGalley(['batch', at('in'), '--out', at('sharded')]);
    expect(after.stderr).toMatch(/0 written, 37 unchanged/u);
  }, SLOW);

  it('a run killed with SIGKILL part-way, then resumed, ends as an uninterrupted run, with no temp files', async () => {
    await buildArchive(at('in'), 20);
    const total = 20 * 9 + 1;
    const whole = await runGalley(['batch', at('in'), '--out', at('whole'), '--jobs', '2']);
    expect(whole.code).toBe(0);

    const linesAtKill = await runKilledPartWay(['batch', at('in'), '--out', at('killed'), '--jobs', '2'], at('killed', 'galley-manifest.jsonl'), 20);
    expect(linesAtKill, 'killed part-way, not after the end').toBeLessThan(total);
    // A temp file as a kill during a write leaves it; the resumed run must clear it away.
    const stale = at('killed', '1921', 'issue-020', '.en-05-furniture.cleaned.json.tmp-4242-7');
    await writeFile(stale, '{"half": ');

    const resumed = await runGalley(['batch', at('in'), '--out', at('killed'), '--jobs', '2']);
    await expectResumedAsWhole(resumed, linesAtKill, at('killed'), at('whole'));
  }, SLOWER);

  it('refuses bad usage with exit code 2', async () => {
    await place(fixture('en', 'en-01-narrow-indent.txt'), at('in', 'page.txt'));
    for (const args of [
      ['--shard', '0/3'],
      ['--shard', '4/3'],
      ['--shard', 'half'],
      ['--jobs', '0'],
      ['--jobs', 'two'],
      ['--format', 'pdf'],
    ]) {
      const run = await runGalley(['batch', at('in'), '--out', at('out'), ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^galley: /u);
    }
    expect((await runGalley(['batch', at('in')])).code).toBe(2);
    const missing = await runGalley(['batch', at('no-such-folder'), '--out', at('out')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-folder/u);
  }, SLOW);
});
