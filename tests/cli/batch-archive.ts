/**
 * Small archives for the `galley batch` tests, built in a temp folder from the page fixtures,
 * and a way to read back a whole output folder to compare two runs byte for byte.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from './run-galley';

const EN = ['en-01-narrow-indent.txt', 'en-02-blank-lines.txt', 'en-03-interleaved.txt', 'en-04-headlines-moved.txt', 'en-05-furniture.txt', 'en-06-double-spaced.txt'];
const DEV = ['000_b9d590ed33f85a10.txt', '001_3a57963cec553cb3.txt', '002_231d657270cb7023.txt'];

const fixture = (...parts: string[]): string => path.join(REPO_ROOT, 'tests/fixtures', ...parts);

/** Copies a fixture to `target`, making its folder. */
export async function place(source: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(source, target);
}

/**
 * An archive of `issues` issue folders under two years, each with the English and Chinese
 * pages and (in the first issue) an ALTO page: `1920/issue-001/en-01-narrow-indent.txt`, ….
 */
export async function buildArchive(root: string, issues: number): Promise<string[]> {
  const pages: string[] = [];
  for (let i = 0; i < issues; i++) {
    const folder = path.join(root, i % 2 === 0 ? '1920' : '1921', `issue-${String(i + 1).padStart(3, '0')}`);
    for (const name of EN) pages.push(path.join(folder, name));
    for (const name of DEV) pages.push(path.join(folder, name));
    await Promise.all(EN.map((name) => place(fixture('en', name), path.join(folder, name))));
    await Promise.all(DEV.map((name) => place(fixture('dev', name), path.join(folder, name))));
  }
  const alto = path.join(root, '1920', 'issue-001', 'page-0001.xml');
  await place(fixture('alto', 'enp-bnf-lematin-18930402_02_1-0001-excerpt.xml'), alto);
  pages.push(alto);
  return pages;
}

/** Every file under `dir` (relative path → bytes), manifests left out unless asked for. */
export async function readTree(dir: string, withManifests = false): Promise<Map<string, Buffer>> {
  const tree = new Map<string, Buffer>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full).split(path.sep).join('/');
    if (!withManifests && /^galley-manifest.*\.jsonl$/u.test(relative)) continue;
    tree.set(relative, await readFile(full));
  }
  return new Map([...tree].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The manifest lines of `file`, parsed. */
export async function readManifest(file: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const manifestLines = async (file: string): Promise<number> => (await readFile(file, 'utf8').catch(() => '')).split('\n').length - 1;

/**
 * Runs `galley ...args` and kills it with SIGKILL once `manifestFile` holds `lines` lines, as a
 * power cut or an out-of-memory killer would; resolves to the lines it held at the kill.
 */
export async function runKilledPartWay(args: readonly string[], manifestFile: string, lines: number): Promise<number> {
  const child = spawn(process.execPath, ['bin/galley.mjs', ...args], { cwd: REPO_ROOT, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let linesAtKill = await manifestLines(manifestFile);
  while (linesAtKill < lines && child.exitCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    linesAtKill = await manifestLines(manifestFile);
  }
  child.kill('SIGKILL');
  await exited;
  return linesAtKill;
}

/**
 * What a resumed run must show after a kill: it succeeds, skips at least the pages done
 * before the kill (but the ones in flight), ends with the uninterrupted run's output byte for
 * byte, and leaves no temp file behind.
 */
export async function expectResumedAsWhole(resumed: { readonly code: number | null; readonly stderr: string }, linesAtKill: number, killed: string, whole: string): Promise<void> {
  expect(resumed.code).toBe(0);
  const skipped = Number(/(\d+) unchanged/u.exec(resumed.stderr)?.[1]);
  expect(skipped).toBeGreaterThanOrEqual(linesAtKill - 2);
  expect(await readTree(killed)).toEqual(await readTree(whole));
  const leftovers = (await readdir(killed, { recursive: true })).filter((name) => name.includes('.tmp-'));
  expect(leftovers).toEqual([]);
}
