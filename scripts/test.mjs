// `npm test`: typecheck, lint, unit tests (vitest) and end-to-end specs (Playwright in
// Debian's Chromium), then one closing line with the totals of both runners.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const node = process.execPath;
const work = mkdtempSync(path.join(tmpdir(), 'galley-test-'));
const vitestJson = path.join(work, 'vitest.json');
const playwrightJson = path.join(work, 'playwright.json');

const steps = [
  ['typecheck', [node, 'scripts/typecheck.mjs']],
  ['lint', [node, 'node_modules/eslint/bin/eslint.js', '.', '--max-warnings', '0']],
  ['unit', [node, 'node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]],
  ['e2e', [node, 'node_modules/@playwright/test/cli.js', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson}],
];

let failedStep = null;
for (const [name, [cmd, ...args], env = {}] of steps) {
  console.log(`\n== ${name}`);
  const extra = name === 'e2e' ? ['--reporter=list,json'] : [];
  const run = spawnSync(cmd, [...args, ...extra], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) { failedStep = name; break; }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += v.numPassedTests; totals.failed += v.numFailedTests; totals.skipped += v.numPendingTests + v.numTodoTests;
}
if (existsSync(playwrightJson)) {
  const s = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats;
  totals.passed += s.expected + s.flaky; totals.failed += s.unexpected; totals.skipped += s.skipped;
}
if (failedStep && totals.failed === 0) totals.failed = 1;
if (failedStep) console.log(`\nnpm test: the ${failedStep} step failed`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
