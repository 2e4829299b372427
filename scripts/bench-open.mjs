/* global window, document -- the functions passed to page.evaluate run in the browser */
// Measures opening one huge page in Debian's Chromium driven by Playwright: the total time from
// the file input's change to the page's first line shown in the Original pane, and the longest
// main-thread task meanwhile (Long Tasks API: a task over 50 ms; while one runs the window is frozen);
// then a decision (Reject on the first repair) and the autosave that writes the page.
//   node scripts/make-big-alto.mjs /tmp/galley-big-alto.xml 100
//   node scripts/bench-open.mjs [/tmp/galley-big-alto.xml] [--runs 3]
// GALLEY_BENCH_ROOT=<another checkout> measures that one instead (for a before/after figure).
// It reports; it does not fail on a target.
import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { nextAutosave } from './lib/next-autosave.mjs';

const file = path.resolve(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '/tmp/galley-big-alto.xml');
const root = path.resolve(process.env.GALLEY_BENCH_ROOT ?? '.');
const PORT = Number(process.env.GALLEY_BENCH_PORT ?? 4193);
const outDir = path.join(root, `../dist/bench-open-${PORT}`);
const node = process.execPath;
const vite = path.join(root, 'node_modules/vite/bin/vite.js');

spawnSync(node, [vite, 'build', '--logLevel', 'error', '--outDir', outDir], { stdio: 'inherit', cwd: root });
const server = spawn(node, [vite, 'preview', '--outDir', outDir, '--port', String(PORT), '--strictPort'], { stdio: 'ignore', cwd: root });
await new Promise((r) => setTimeout(r, 2000));

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3) || 3;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  // Each run in a fresh window; the machine is shared, so the best run says what the code costs.
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await openOnce(run));
  const best = (key) => Math.min(...runs.map((r) => r[key]));
  const each = (key) => runs.map((r) => r[key]).join(' / ');
  console.log(`${path.basename(file)} (${(statSync(file).size / 1048576).toFixed(1)} MB), ${root}; best of ${RUNS} runs (each run in brackets)`);
  console.log(`  open → first line shown: ${best('totalMs')} ms (${each('totalMs')})`);
  console.log(`  longest main-thread task: ${best('longestTaskMs')} ms (${each('longestTaskMs')}); tasks over 50 ms: ${each('longTasks')}, ${each('longTasksMs')} ms in all`);
  console.log(`  longest gap between 50 ms timer ticks: ${best('longestTimerGapMs')} ms (${each('longestTimerGapMs')})`);
  console.log(`  "Opening…" shown while loading: ${runs.every((r) => r.saidOpening) ? 'yes (screenshot /tmp/galley-bench-opening.png)' : 'not in every run'}; status after: ${JSON.stringify(runs.at(-1)?.status)}`);
  console.log(`  autosave after a decision: longest part on the main thread ${best('savePartMs')} ms (${each('savePartMs')}), tick to write ${best('saveMs')} ms (${each('saveMs')}), longest task meanwhile ${best('saveTaskMs')} ms (${each('saveTaskMs')}; 0: none over 50 ms); the tick after, nothing changed: ${best('idleTickMs')} ms (${each('idleTickMs')})`);
  runs.forEach((r, i) => console.log(`  long tasks of run ${i + 1} (ms after the change: start+duration): ${r.tasks || 'none'}`));
} finally {
  await browser.close();
  server.kill();
}

async function openOnce(run) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('region', { name: 'Original' }).getByRole('listitem').first().waitFor();
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask' });
    // Ticks of a 50 ms timer: the gaps between them show how long the window could not answer.
    window.__ticks = [];
    setInterval(() => window.__ticks.push(performance.now()), 50);
    document.addEventListener('change', () => (window.__changed = performance.now()), true);
  });
  await page.locator('#open-pages-input').setInputFiles(file);
  // While the worker parses, the window answers and says what it is doing.
  const opening = page.locator('.status').filter({ hasText: 'Opening' });
  const saidOpening = await opening.waitFor({ timeout: 5000 }).then(() => (run === 0 ? page.screenshot({ path: '/tmp/galley-bench-opening.png' }) : null)).then(() => true, () => false);
  await page.getByRole('region', { name: 'Original' }).getByText('BLOCK0 NEWS').first().waitFor({ timeout: 600_000 });
  const shown = await page.evaluate(() => performance.now());
  // Let the engine's rebuild, the links and the panes settle, then read what the open cost.
  await page.waitForTimeout(3000);
  const figures = await page.evaluate((end) => {
    const from = window.__changed;
    // Up to the end of the settling time: a task right after the first line shows counts too.
    const until = performance.now();
    const tasks = window.__tasks.filter((t) => t.start >= from - 1 && t.start <= until);
    const ticks = window.__ticks.filter((t) => t >= from && t <= until);
    const gaps = ticks.slice(1).map((t, i) => t - ticks[i]);
    return {
      totalMs: Math.round(end - from),
      longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
      longTasks: tasks.length,
      longTasksMs: Math.round(tasks.reduce((s, t) => s + t.duration, 0)),
      longestTimerGapMs: Math.round(Math.max(0, ...gaps)),
      tasks: tasks.map((t) => `${Math.round(t.start - from)}+${Math.round(t.duration)}`).join(' '),
    };
  }, shown);
  const status = await page.locator('.status').textContent().catch(() => null);
  // A decision on the page, then the autosave that writes it (and the tick after, nothing changed).
  const reject = page.getByRole('complementary', { name: 'Repairs' }).getByRole('button', { name: 'Reject', exact: true }).first();
  let saving = null;
  if (await reject.count() > 0) {
    await reject.click();
    await page.getByRole('complementary', { name: 'Repairs' }).getByRole('button', { name: 'Restore', exact: true }).first().waitFor();
    const changed = await nextAutosave(page, await page.evaluate(() => performance.now()));
    saving = { changed, unchanged: await nextAutosave(page, changed.startTime) };
  }
  await page.close();
  return { ...figures, saidOpening, status, saveMs: Math.round(saving?.changed.duration ?? 0), savePartMs: Math.round(saving?.changed.longestPart ?? 0), saveTaskMs: Math.round(saving?.changed.longestTask ?? 0), idleTickMs: Math.round(saving?.unchanged.longestPart ?? 0) };
}
