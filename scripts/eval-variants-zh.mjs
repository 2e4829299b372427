#!/usr/bin/env node
// Scores the engine on the Chinese dev pages set again in other shapes (make-variants-zh.mjs):
// one row per shape and page (body/head/para/art as ../shared/eval/score.py counts them), the
// mean per shape, and the dev pages as printed for comparison. A dev script: it reads
// ../shared/eval/score.py, which the tests must not.
//
//   node scripts/eval-variants-zh.mjs [--in DIR] [--keep DIR] [--shape a,b] [--engine DIR] [--verbose]
//
// --in DIR     score variants already written there (default: write them to a temp folder)
// --keep DIR   write the engine's JSON there (DIR/<shape>/<page>.json) instead of a temp folder
// --shape a,b  only these shapes
// --engine DIR run the engine found in DIR/shared instead of this checkout's (DIR needs a
//              node_modules link to this one's)
// --verbose    also print score.py's per-article lines (which article lost what)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';
import { makeVariants, SHAPES } from './make-variants-zh.mjs';

register();
const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
// Another copy of the engine (a folder holding shared/ and a node_modules link), to compare
// a commit with the working tree: `git archive HEAD shared | tar -x -C DIR`.
const engine = pathToFileURL(`${path.resolve(option('engine') ?? root)}/`).href;
const { loadPage } = await import(new URL('shared/load/load-page.ts', engine).href);
const { reconstruct } = await import(new URL('shared/pipeline/reconstruct.ts', engine).href);
const { exportReconstruction } = await import(new URL('shared/export/index.ts', engine).href);

const devDir = path.join(root, 'tests/fixtures/dev');
const scorer = path.resolve(root, '../shared/eval/score.py');
/** The bar. */
const BAR = { body_acc: 0.99, head_acc: 0.9, para_f1: 0.9, art_f1: 0.95 };
const KEYS = Object.keys(BAR);

const verbose = args.includes('--verbose');
const only = option('shape')?.split(',');
let inDir = option('in');
if (!inDir) {
  inDir = mkdtempSync(path.join(tmpdir(), 'galley-zh-variants-'));
  makeVariants(devDir, inDir, only ?? Object.keys(SHAPES));
}
const predRoot = option('keep') ?? mkdtempSync(path.join(tmpdir(), 'galley-zh-pred-'));

/** Runs the engine on every page of `dir`, writing NAME.json into `out`. */
function runEngine(dir, out) {
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const loaded = loadPage(file, readFileSync(path.join(dir, file)));
    if (!loaded.ok) {
      console.error(`${dir}/${file}: ${loaded.error.message}`);
      continue;
    }
    const result = reconstruct(loaded.value);
    if (result.failures.length) console.error(`${dir}/${file}: pass failures ${JSON.stringify(result.failures)}`);
    writeFileSync(path.join(out, `${file.slice(0, -4)}.json`), exportReconstruction('json', result, loaded.value).content);
  }
}

/** score.py's table as {page: {metric: value}}; its --verbose lines are printed as they come. */
function score(gtDir, predDir) {
  const text = execFileSync('python3', [scorer, '--dir', gtDir, predDir, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  const rows = {};
  let header = null;
  for (const line of text.split('\n')) {
    const cells = line.trim().split(/\s+/u);
    if (cells[0] === 'page') header = cells.slice(1);
    else if (header && cells.length === header.length + 1 && cells[0] !== 'MEAN') rows[cells[0]] = Object.fromEntries(header.map((k, i) => [k, Number(cells[i + 1])]));
    else if (verbose && line && !header) console.log(`    ${line}`);
  }
  return rows;
}

const shapes = ['dev', ...(only ?? readdirSync(inDir).filter((d) => d in SHAPES).sort((a, b) => Object.keys(SHAPES).indexOf(a) - Object.keys(SHAPES).indexOf(b)))];
const fmt = (v) => v.toFixed(3).padStart(6);
const mark = (k, v) => (v < BAR[k] ? '*' : ' ');
console.log(`${'shape'.padEnd(20)}${'page'.padEnd(5)}${KEYS.map((k) => k.replace(/_.*/u, '').padStart(7)).join('')}   (* below the bar ${KEYS.map((k) => BAR[k]).join('/')})`);
const means = [];
for (const shape of shapes) {
  const gtDir = shape === 'dev' ? devDir : path.join(inDir, shape);
  const predDir = path.join(predRoot, shape);
  runEngine(gtDir, predDir);
  if (verbose) console.log(`-- ${shape}`);
  const rows = score(gtDir, predDir);
  for (const [page, r] of Object.entries(rows)) console.log(`${shape.padEnd(20)}${page.slice(0, 3).padEnd(5)}${KEYS.map((k) => fmt(r[k]) + mark(k, r[k])).join('')}`);
  const list = Object.values(rows);
  means.push([shape, Object.fromEntries(KEYS.map((k) => [k, list.reduce((s, r) => s + r[k], 0) / list.length]))]);
}
console.log(`\nmeans per shape`);
for (const [shape, m] of means) console.log(`${shape.padEnd(25)}${KEYS.map((k) => fmt(m[k]) + mark(k, m[k])).join('')}`);
console.log(`\n(variants in ${inDir}, engine output in ${predRoot})`);
