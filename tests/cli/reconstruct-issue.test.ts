// @vitest-environment node
/** `galley reconstruct --issue`: files or a folder in, one issue export out, as a shell sees it. */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonIssueExport } from '../../shared/export/issue-json';
import { runGalley } from './run-galley';

const SLOW = 60_000;
const LEDGER = ['tests/fixtures/issue/ledger-page-3.txt', 'tests/fixtures/issue/ledger-page-1.txt', 'tests/fixtures/issue/ledger-page-2.txt'];

describe('galley reconstruct --issue', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'galley-issue-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one issue, pages in order and the jumping articles linked', async () => {
    const run = await runGalley(['reconstruct', '--issue', ...LEDGER, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const issue = JSON.parse(run.stdout) as JsonIssueExport;
    expect(issue.pages.map((p) => p.source)).toEqual(['ledger-page-1.txt', 'ledger-page-2.txt', 'ledger-page-3.txt']);
    expect(issue.articles.map((a) => a.parts.map((p) => p.page))).toEqual([[1, 2], [1, 3], [2], [3]]);
  }, SLOW);

  it('reads a folder as the issue and writes one file named after it; a bad page is reported and left out', async () => {
    const folder = join(dir, '1918-01-08');
    await mkdir(folder);
    for (const file of LEDGER) await copyFile(file, join(folder, file.split('/').pop() ?? ''));
    await writeFile(join(folder, 'broken.xml'), '<alto><Layout><Page');
    const out = join(dir, 'out');
    const run = await runGalley(['reconstruct', '--issue', folder, '--format', 'md', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken.xml');
    expect(await readdir(out)).toEqual(['1918-01-08.issue.md']);
    const md = await readFile(join(out, '1918-01-08.issue.md'), 'utf8');
    expect(md.match(/^# /gmu)).toHaveLength(4);
  }, SLOW);

  it('refuses a page-only format for an issue with a usage error', async () => {
    const run = await runGalley(['reconstruct', '--issue', '--format', 'alto', ...LEDGER]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  }, SLOW);
});
