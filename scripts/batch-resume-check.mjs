// The issue's "done when": a 10,000-page `galley batch`, killed with SIGKILL part-way and
// resumed, ends with the same output as an uninterrupted run, byte for byte, with no temp file
// left. Writes a generated archive (as npm run bench:batch does) to a temp folder, runs the
// batch uninterrupted into one folder, then into another: killed once its manifest holds
// --kill-at of the pages, then run again to the end. Prints what it found; exits 1 if they differ.
// All three runs use a copy of the sources taken at the start, so an edit to the engine made
// meanwhile (in a checkout being worked on) cannot make the runs differ.
//
// With --issues, the same for `galley batch --issues` (one issue export a folder of 10 pages).
//
//   node scripts/batch-resume-check.mjs [--pages 10000] [--jobs 2] [--kill-at 0.4] [--issues]
import { fork } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';

register();
const { writeArchive } = await import('../electron/cli/bench-batch.ts');

const { values } = parseArgs({ options: { pages: { type: 'string', default: '10000' }, jobs: { type: 'string', default: '2' }, 'kill-at': { type: 'string', default: '0.4' }, issues: { type: 'boolean', default: false } } });
const pages = Number(values.pages);
const jobs = values.jobs;
const killAt = Number(values['kill-at']);
const issueMode = values.issues === true ? ['--issues'] : [];
const repo = path.resolve(new URL('..', import.meta.url).pathname);
const say = (text) => process.stdout.write(`${text}\n`);
const n = (x) => x.toLocaleString('en-US');

/** Every file under dir, relative path → absolute path, manifests apart. */
async function listTree(dir) {
  const files = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), full);
  }
  return files;
}

const manifestLines = async (file) => (await readFile(file, 'utf8').catch(() => '')).split('\n').length - 1;

/** Copies what `galley batch` runs (sources, tsconfig, package.json) beside a link to node_modules. */
async function snapshotSources(target) {
  for (const part of ['bin', 'electron', 'shared', 'package.json', 'tsconfig.json']) await cp(path.join(repo, part), path.join(target, part), { recursive: true });
  await symlink(path.join(repo, 'node_modules'), path.join(target, 'node_modules'), 'dir');
}

/** One batch run from the snapshot; with `killAtLines`, killed with SIGKILL once its manifest has that many lines. */
function runBatch(galley, args, killAtLines = Infinity, manifest = '') {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = fork(path.join(galley, 'electron/cli/bench-batch-child.mjs'), ['batch', ...args], { stdio: ['ignore', 'ignore', killAtLines === Infinity ? 'inherit' : 'ignore', 'ipc'] });
    let lines = 0;
    const watch = killAtLines === Infinity ? null : setInterval(() => {
      void manifestLines(manifest).then((count) => {
        lines = count;
        if (count >= killAtLines) child.kill('SIGKILL');
      });
    }, 25);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (watch !== null) clearInterval(watch);
      resolve({ how: signal ?? `exit ${code}`, seconds: (performance.now() - started) / 1000, lines });
    });
  });
}

const root = await mkdtemp(path.join(os.tmpdir(), 'galley-resume-check-'));
let passed;
try {
  const galley = path.join(root, 'galley');
  await snapshotSources(galley);
  const archive = path.join(root, 'archive');
  await writeArchive(archive, pages, 10_000);
  // What one output stands for: a page, or with --issues a folder of pages.
  const units = issueMode.length > 0 ? new Set([...(await listTree(archive)).keys()].map((file) => path.dirname(file))).size : pages;
  const noun = issueMode.length > 0 ? 'issues' : 'pages';
  say(`archive: ${n(pages)} generated pages (${n(units)} ${noun}) in ${archive}; galley batch ${issueMode.join(' ')} --jobs ${jobs} --format json`);

  const whole = await runBatch(galley, [archive, '--out', path.join(root, 'whole'), '--jobs', jobs, ...issueMode]);
  say(`uninterrupted run: ${whole.how}, ${whole.seconds.toFixed(1)} s`);

  const resumedDir = path.join(root, 'resumed');
  const killed = await runBatch(galley, [archive, '--out', resumedDir, '--jobs', jobs, ...issueMode], Math.ceil(units * killAt), path.join(resumedDir, 'galley-manifest.jsonl'));
  say(`interrupted run: ${killed.how} after ${killed.seconds.toFixed(1)} s, with ${n(killed.lines)} of ${n(units)} ${noun} in its manifest`);

  const resumed = await runBatch(galley, [archive, '--out', resumedDir, '--jobs', jobs, ...issueMode]);
  say(`resumed run: ${resumed.how}, ${resumed.seconds.toFixed(1)} s`);

  const a = await listTree(path.join(root, 'whole'));
  const b = await listTree(resumedDir);
  const outputs = [...a.keys()].filter((k) => !k.startsWith('galley-manifest'));
  const missing = outputs.filter((k) => !b.has(k));
  const extra = [...b.keys()].filter((k) => !k.startsWith('galley-manifest') && !a.has(k));
  const temps = extra.filter((k) => k.includes('.tmp-'));
  let differing = 0;
  for (const k of outputs) {
    if (!b.has(k)) continue;
    const [x, y] = await Promise.all([readFile(a.get(k)), readFile(b.get(k))]);
    if (!x.equals(y)) differing += 1;
  }
  passed = whole.how === 'exit 0' && resumed.how === 'exit 0' && killed.how === 'SIGKILL' && outputs.length === units && missing.length === 0 && extra.length === 0 && differing === 0;
  say(`compared: ${n(outputs.length)} outputs of the uninterrupted run; ${n(missing.length)} missing after the resume, ${n(extra.length)} extra (${n(temps.length)} temp files), ${n(differing)} differing`);
  say(passed ? 'PASS: killed and resumed, the output is byte for byte the uninterrupted run\'s' : 'FAIL: the resumed output differs from the uninterrupted run\'s');
} finally {
  await rm(root, { recursive: true, force: true });
}
process.exitCode = passed ? 0 : 1;
