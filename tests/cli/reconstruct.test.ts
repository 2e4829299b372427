// @vitest-environment node
/**
 * `galley reconstruct`, run as the real command on the fixture pages. The engine is changing,
 * so these check the shape of what comes out and how the command behaves, not the text of
 * any reconstruction.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEV_PAGES, ENGLISH_SAMPLE, REPO_ROOT, runGalley } from './run-galley';

// Each test starts Node and tsx afresh; on a busy two-core machine that takes seconds.
const SLOW = 60_000;

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-cli-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const GT_HEADING_FIELDS = ['kicker', 'headline', 'subheadline', 'byline'] as const;
const OTHER_KINDS = ['caption', 'page-header', 'section-label', 'banner', 'other'];

function cleanedName(page: string, format: string): string {
  return `${basename(page).replace(/\.[^.]*$/u, '')}.cleaned.${format}`;
}

/** Asserts the GT-SPEC shape (plus `galley.repairs`) and returns the parsed document. */
function expectGroundTruthShape(json: string, page: string): Record<string, unknown> {
  const doc = JSON.parse(json) as Record<string, unknown>;
  expect(doc.source).toBe(basename(page));
  expect(['cjk', 'latin']).toContain(doc.script);
  expect(Array.isArray(doc.articles)).toBe(true);
  expect(Array.isArray(doc.other)).toBe(true);
  for (const article of doc.articles as Record<string, unknown>[]) {
    for (const field of GT_HEADING_FIELDS) {
      expect(article[field] === null || typeof article[field] === 'string', `${field} is a string or null`).toBe(true);
    }
    for (const list of ['paragraphs', 'jumps']) {
      expect(Array.isArray(article[list]), `${list} is an array`).toBe(true);
      for (const item of article[list] as unknown[]) expect(typeof item).toBe('string');
    }
  }
  for (const block of doc.other as Record<string, unknown>[]) {
    expect(OTHER_KINDS).toContain(block.kind);
    expect(typeof block.text).toBe('string');
  }
  const galley = doc.galley as { repairs?: unknown };
  expect(Array.isArray(galley.repairs)).toBe(true);
  for (const repair of galley.repairs as Record<string, unknown>[]) {
    expect(typeof repair.id).toBe('string');
    expect(typeof repair.pass).toBe('string');
    expect(typeof repair.reason).toBe('string');
  }
  return doc;
}

describe('galley reconstruct, printing', () => {
  it('prints JSON in the ground-truth shape, with every GT field the fixture has', async () => {
    const page = DEV_PAGES[0];
    const run = await runGalley(['reconstruct', page]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = expectGroundTruthShape(run.stdout, page);
    // The fields are the fixture's own ground truth's, so a renamed field fails here.
    const truth = JSON.parse(await readFile(join(REPO_ROOT, page.replace(/\.txt$/u, '.gt.json')), 'utf8')) as { articles: Record<string, unknown>[]; other: Record<string, unknown>[] };
    const articles = doc.articles as Record<string, unknown>[];
    expect(articles.length).toBeGreaterThan(0);
    for (const field of Object.keys(truth.articles[0] ?? {})) expect(articles[0]).toHaveProperty(field);
  }, SLOW);

  it('prints plain text holding every paragraph the JSON export has', async () => {
    const [json, txt] = await Promise.all([runGalley(['reconstruct', ENGLISH_SAMPLE]), runGalley(['reconstruct', ENGLISH_SAMPLE, '--format', 'txt'])]);
    expect(txt.code).toBe(0);
    expect(txt.stderr).toBe('');
    expect(txt.stdout.trim()).not.toBe('');
    expect(() => JSON.parse(txt.stdout) as unknown).toThrow();
    const doc = expectGroundTruthShape(json.stdout, ENGLISH_SAMPLE) as { articles: { paragraphs: string[] }[] };
    for (const paragraph of doc.articles.flatMap((a) => a.paragraphs)) expect(txt.stdout).toContain(paragraph);
  }, SLOW);

  it('prints markdown: a comment naming the page, then the articles with `# ` headlines', async () => {
    const [json, md] = await Promise.all([runGalley(['reconstruct', ENGLISH_SAMPLE]), runGalley(['reconstruct', '-f', 'md', ENGLISH_SAMPLE])]);
    expect(md.code).toBe(0);
    expect(md.stderr).toBe('');
    const [first] = md.stdout.split('\n');
    expect(first).toMatch(/^<!--.*en-evening-gazette\.txt.*-->$/u);
    const doc = JSON.parse(json.stdout) as { articles: { headline: string | null }[] };
    const headlines = doc.articles.filter((a) => a.headline !== null).length;
    expect(md.stdout.split('\n').filter((line) => line.startsWith('# ')).length).toBe(headlines);
  }, SLOW);

  it('keeps printing the good pages around a bad one, names the bad one, and exits 1', async () => {
    const run = await runGalley(['reconstruct', '--format', 'txt', DEV_PAGES[0], 'tests/fixtures/e2e/scan.png', ENGLISH_SAMPLE]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('scan.png');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(run.stdout).toContain('Santa Claus');
    expect(run.stdout).toMatch(/[\u4e00-\u9fff]/u);
  }, SLOW);

  it('stops quietly when the reader closes the pipe (`| head`), with no EPIPE stack trace', async () => {
    const pages = Array.from({ length: 20 }, () => DEV_PAGES[1]);
    const run = await runGalley(['reconstruct', ...pages], { onFirstOutput: (stdout) => stdout.destroy() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, SLOW);
});

describe('galley reconstruct --out', () => {
  it('writes one file per page, named from the page, into a folder it makes, and leaves no temp files', async () => {
    const out = join(dir, 'exports', 'today');
    const run = await runGalley(['reconstruct', ...DEV_PAGES, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const names = DEV_PAGES.map((page) => cleanedName(page, 'json')).sort();
    expect((await readdir(out)).sort()).toEqual(names);
    for (const page of DEV_PAGES) expectGroundTruthShape(await readFile(join(out, cleanedName(page, 'json')), 'utf8'), page);
  }, SLOW);

  it('writes txt and md files too, and replaces an earlier export in place', async () => {
    await writeFile(join(dir, cleanedName(ENGLISH_SAMPLE, 'md')), 'an older export');
    const txt = await runGalley(['reconstruct', ENGLISH_SAMPLE, '--format', 'txt', '--out', dir]);
    const md = await runGalley(['reconstruct', ENGLISH_SAMPLE, '--format', 'md', '-o', dir]);
    expect([txt.code, md.code]).toEqual([0, 0]);
    expect((await readdir(dir)).sort()).toEqual([cleanedName(ENGLISH_SAMPLE, 'md'), cleanedName(ENGLISH_SAMPLE, 'txt')]);
    expect(await readFile(join(dir, cleanedName(ENGLISH_SAMPLE, 'txt')), 'utf8')).toContain('Santa Claus');
    expect(await readFile(join(dir, cleanedName(ENGLISH_SAMPLE, 'md')), 'utf8')).toMatch(/^<!--/u);
  }, SLOW);

  it('writes the good pages when some are bad, names each bad one on stderr, and exits 1', async () => {
    const bad = ['tests/fixtures/e2e/scan.png', 'tests/fixtures/e2e/empty.txt', 'tests/fixtures/missing-page.txt'];
    const run = await runGalley(['reconstruct', bad[0] ?? '', DEV_PAGES[0], bad[1] ?? '', bad[2] ?? '', ENGLISH_SAMPLE, '--out', dir]);
    expect(run.code).toBe(1);
    for (const page of bad) expect(run.stderr).toContain(basename(page));
    expect(run.stderr.trim().split('\n')).toHaveLength(bad.length);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect((await readdir(dir)).sort()).toEqual([cleanedName(DEV_PAGES[0], 'json'), cleanedName(ENGLISH_SAMPLE, 'json')].sort());
    expectGroundTruthShape(await readFile(join(dir, cleanedName(DEV_PAGES[0], 'json')), 'utf8'), DEV_PAGES[0]);
  }, SLOW);

  it('refuses a second page whose output would replace the first one’s', async () => {
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    await copyFile(join(REPO_ROOT, DEV_PAGES[0]), join(dir, 'a', 'page.txt'));
    await copyFile(join(REPO_ROOT, ENGLISH_SAMPLE), join(dir, 'b', 'page.txt'));
    const out = join(dir, 'out');
    const run = await runGalley(['reconstruct', join(dir, 'a', 'page.txt'), join(dir, 'b', 'page.txt'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(join(dir, 'b', 'page.txt'));
    expect(await readdir(out)).toEqual(['page.cleaned.json']);
    expect(JSON.parse(await readFile(join(out, 'page.cleaned.json'), 'utf8'))).toMatchObject({ script: 'cjk' });
  }, SLOW);

  it('says so, and exits 1, when the output folder cannot be made', async () => {
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, '');
    const run = await runGalley(['reconstruct', DEV_PAGES[0], '--out', join(blocker, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not-a-folder');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  }, SLOW);
});
