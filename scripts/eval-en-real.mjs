// Scores the engine on the real English pages with hand-made truth (tests/fixtures/en-real):
// runs `galley reconstruct` on every page, scores each with ../shared/eval/score.py and prints
// one table, with the mean of the tuned pages (en-real-0N) and of the held-out pages
// (en-real-1N) apart. Held-out pages measure whether engine work generalises: do not tune on them.
//   node scripts/eval-en-real.mjs [--only tuned|held] [--verbose]
// A dev script, not a test: it reads the scorer from ../shared/eval.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const pagesDir = path.join(repo, 'tests/fixtures/en-real');
const scorer = path.resolve(repo, '../shared/eval/score.py');
const METRICS = [
  ['body', 'body_acc'],
  ['head', 'head_acc'],
  ['para', 'para_f1'],
  ['art', 'art_f1'],
];
const GROUPS = [
  ['tuned', /^en-real-0\d/u],
  ['held', /^en-real-1\d/u],
];

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
if (only !== null && !GROUPS.some(([name]) => name === only)) {
  console.error('usage: node scripts/eval-en-real.mjs [--only tuned|held] [--verbose]');
  process.exit(2);
}
if (!existsSync(scorer)) {
  console.error(`scorer not found: ${scorer} (this script needs the shared corpus checkout beside the repo)`);
  process.exit(2);
}

const groupOf = (name) => GROUPS.find(([, re]) => re.test(name))?.[0] ?? 'other';
const names = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.txt') && existsSync(path.join(pagesDir, f.replace(/\.txt$/u, '.gt.json'))))
  .map((f) => f.replace(/\.txt$/u, ''))
  .filter((name) => only === null || groupOf(name) === only)
  .sort();
if (names.length === 0) {
  console.error(`no pages with truth in ${pagesDir}`);
  process.exit(1);
}

const out = mkdtempSync(path.join(tmpdir(), 'galley-en-real-'));
try {
  // One CLI run for all pages: the TypeScript start-up is paid once.
  execFileSync(
    process.execPath,
    [path.join(repo, 'bin/galley.mjs'), 'reconstruct', ...names.map((n) => path.join(pagesDir, `${n}.txt`)), '--format', 'json', '--out', out],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const rows = names.map((name) => {
    const produced = path.join(out, `${name}.cleaned.json`);
    const pred = path.join(out, `${name}.json`);
    if (existsSync(produced)) renameSync(produced, pred);
    const gt = path.join(pagesDir, `${name}.gt.json`);
    const text = execFileSync('python3', [scorer, gt, pred, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
    // score.py prints its per-article lines (with --verbose) and then the scores as JSON.
    const jsonAt = text.indexOf('{\n');
    if (verbose) console.log(`${name}\n${text.slice(0, jsonAt).trimEnd()}`);
    const scores = JSON.parse(text.slice(jsonAt));
    return { name, group: groupOf(name), scores };
  });
  printTable(rows);
} finally {
  rmSync(out, { recursive: true, force: true });
}

function printTable(rows) {
  const width = Math.max(...rows.map((r) => r.name.length), 'MEAN held (1N)'.length) + 2;
  const line = (label, values) => console.log(label.padEnd(width) + values.map((v) => v.padStart(7)).join(''));
  line('page', METRICS.map(([label]) => label));
  for (const r of rows) line(r.name, METRICS.map(([, key]) => r.scores[key].toFixed(3)));
  for (const [group] of GROUPS) {
    const inGroup = rows.filter((r) => r.group === group);
    if (inGroup.length === 0) continue;
    const mean = (key) => inGroup.reduce((sum, r) => sum + r.scores[key], 0) / inGroup.length;
    line(`MEAN ${group} (${group === 'tuned' ? '0N' : '1N'})`, METRICS.map(([, key]) => mean(key).toFixed(3)));
  }
}
