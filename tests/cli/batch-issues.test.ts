// @vitest-environment node
/**
 * `galley batch --issues`, run as the real command (child processes): each folder of pages is
 * one issue, written as `galley reconstruct --issue` writes it, recorded under the folder's key,
 * skipped when unchanged, redone when a page changes, and split across shards like pages.
 */
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonIssueExport } from '../../shared/export/issue-json';
import { expectResumedAsWhole, place, readManifest, readTree, runKilledPartWay } from './batch-archive';
import { REPO_ROOT, eachTestInTempFolder, runGalley } from './run-galley';

const SLOW = 120_000;

const at = eachTestInTempFolder('galley-batch-issues-');
const fixture = (...parts: string[]): string => path.join(REPO_ROOT, 'tests/fixtures', ...parts);
const LEDGER = ['ledger-page-1.txt', 'ledger-page-2.txt', 'ledger-page-3.txt'];
const ZH = ['zh_p001.txt', 'zh_p004.txt'];

/** `archive/1918/01-08/` (the ledger, with its METS file), `archive/1918/01-09/` (Chinese), `archive/1919/03-01/` (the ledger again). */
async function buildIssues(): Promise<void> {
  for (const name of LEDGER) await place(fixture('issue', name), at('archive', '1918', '01-08', name));
  await place(fixture('batch', 'issue-mets.xml'), at('archive', '1918', '01-08', 'mets.xml'));
  for (const name of ZH) await place(fixture('issue', name), at('archive', '1918', '01-09', name));
  for (const name of LEDGER) await place(fixture('issue', name), at('archive', '1919', '03-01', name));
}

describe('galley batch --issues', () => {
  it('writes one issue export a folder, as galley reconstruct --issue does, with the jumps linked', async () => {
    await buildIssues();
    const run = await runGalley(['batch', at('archive'), '--out', at('out'), '--issues', '--jobs', '2']);
    expect(run.stderr).not.toMatch(/failed:/u);
    expect(run.code).toBe(0);
    const tree = await readTree(at('out'));
    expect([...tree.keys()]).toEqual(['1918/01-08.issue.json', '1918/01-09.issue.json', '1919/03-01.issue.json']);

    const single = await runGalley(['reconstruct', '--issue', at('archive', '1918', '01-09'), '--format', 'json', '--out', at('single')]);
    expect(single.code).toBe(0);
    expect(tree.get('1918/01-09.issue.json')?.equals(await readFile(at('single', '01-09.issue.json')))).toBe(true);
    const ledger = JSON.parse(tree.get('1918/01-08.issue.json')?.toString('utf8') ?? '') as JsonIssueExport;
    expect(ledger.pages.map((p) => p.source)).toEqual(LEDGER);
    expect(ledger.articles.map((a) => a.parts.map((p) => p.page))).toEqual([[1, 2], [1, 3], [2], [3]]);

    const manifest = await readManifest(at('out', 'galley-manifest.jsonl'));
    expect(manifest.map((r) => r.input).sort()).toEqual(['1918/01-08/', '1918/01-09/', '1919/03-01/']);
    // The METS file beside the ledger is counted among the folder's files but is no failure.
    expect(manifest.find((r) => r.input === '1918/01-08/')).toMatchObject({ result: 'ok', pages: 4, output: '1918/01-08.issue.json', format: 'json' });
    expect(manifest.find((r) => r.input === '1918/01-08/')?.sha256).toMatch(/^[0-9a-f]{64}$/u);
  }, SLOW);

  it('skips unchanged issues, redoes the one whose page changed, and writes from the good pages when one is bad', async () => {
    await buildIssues();
    const first = await runGalley(['batch', at('archive'), '--out', at('out'), '--issues', '--format', 'md']);
    expect(first.code).toBe(0);
    const untouched = at('out', '1918', '01-09.issue.md');
    const mtime = (await stat(untouched)).mtimeMs;

    const second = await runGalley(['batch', at('archive'), '--out', at('out'), '--issues', '--format', 'md']);
    expect(second.stderr).toMatch(/0 written, 3 unchanged \(skipped\)/u);
    expect((await stat(untouched)).mtimeMs).toBe(mtime);

    await appendFile(at('archive', '1919', '03-01', 'ledger-page-3.txt'), '\nLATE NEWS\n\nThe ferry runs again on Tuesday.\n');
    await writeFile(at('archive', '1918', '01-08', 'broken.xml'), '<alto><Layout><Page');
    const third = await runGalley(['batch', at('archive'), '--out', at('out'), '--issues', '--format', 'md']);
    expect(third.code).toBe(1);
    expect(third.stderr).toMatch(/1 written, 1 unchanged \(skipped\), 1 failed/u);
    expect(third.stderr).toMatch(/1918\/01-08\/ failed: .*broken\.xml/u);
    expect(await readFile(at('out', '1919', '03-01.issue.md'), 'utf8')).toContain('Tuesday');
    expect((await stat(untouched)).mtimeMs).toBe(mtime);
    const latest = (await readManifest(at('out', 'galley-manifest.jsonl'))).filter((r) => r.input === '1918/01-08/').at(-1);
    // Written from the three good pages, and an error, so that the run says so and a rerun tries again.
    expect(latest).toMatchObject({ result: 'error', pages: 5, output: '1918/01-08.issue.md' });
    expect(await readFile(at('out', '1918', '01-08.issue.md'), 'utf8')).toContain('FIRE');
  }, SLOW);

  it('N shards as separate processes add up to the single run, byte for byte', async () => {
    await buildIssues();
    for (const name of LEDGER) await place(fixture('issue', name), at('archive', '1919', '03-02', name));
    const single = await runGalley(['batch', at('archive'), '--out', at('single'), '--issues', '--jobs', '1']);
    expect(single.code).toBe(0);
    const shards = await Promise.all([1, 2].map((k) => runGalley(['batch', at('archive'), '--out', at('sharded'), '--issues', '--jobs', '1', '--shard', `${k}/2`])));
    expect(shards.map((s) => s.code)).toEqual([0, 0]);
    expect(await readTree(at('sharded'))).toEqual(await readTree(at('single')));
    const keys = await Promise.all([1, 2].map(async (k) => (await readManifest(at('sharded', `galley-manifest.${k}-of-2.jsonl`))).map((r) => r.input)));
    expect(keys.flat().sort()).toEqual(['1918/01-08/', '1918/01-09/', '1919/03-01/', '1919/03-02/']);
    const after = await runGalley(['batch', at('archive'), '--out', at('sharded'), '--issues']);
    expect(after.stderr).toMatch(/0 written, 4 unchanged/u);
  }, SLOW);

  it('a run killed with SIGKILL part-way, then resumed, ends as an uninterrupted run, with no temp files', async () => {
    const issues = 24;
    for (let i = 0; i < issues; i++) {
      const folder = at('archive', i % 2 === 0 ? '1918' : '1919', `issue-${String(i).padStart(2, '0')}`);
      for (const name of i % 3 === 0 ? ZH : LEDGER) await place(fixture('issue', name), path.join(folder, name));
    }
    const whole = await runGalley(['batch', at('archive'), '--out', at('whole'), '--issues', '--jobs', '2']);
    expect(whole.code).toBe(0);

    const args = ['batch', at('archive'), '--out', at('killed'), '--issues', '--jobs', '2'];
    const linesAtKill = await runKilledPartWay(args, at('killed', 'galley-manifest.jsonl'), 3);
    expect(linesAtKill, 'killed part-way, not after the end').toBeLessThan(issues);
    // A temp file as a kill during a write leaves it; the resumed run must clear it away.
    await writeFile(at('killed', '1919', '.issue-23.issue.json.tmp-4242-7'), '{"half": ');

    const resumed = await runGalley(args);
    await expectResumedAsWhole(resumed, linesAtKill, at('killed'), at('whole'));
  }, SLOW * 2);

  it('refuses --issues with a page-only format (exit 2)', async () => {
    await buildIssues();
    const run = await runGalley(['batch', at('archive'), '--out', at('out'), '--issues', '--format', 'alto']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^galley: an issue exports to /u);
  }, SLOW);
});
