/* global window, requestAnimationFrame, KeyboardEvent -- the functions passed to page.evaluate run in the browser */
// Measures a 40-page issue (tests/fixtures/issue/generated-issue.mjs: the English fixtures and
// generated articles, 77 of them jumping pages, each cutting a sentence): in Node, loading and reconstructing the
// pages, linking them into an issue, rejecting a link, and each issue export; then in Debian's
// Chromium driven by Playwright (as scripts/bench-ui.mjs), opening the 40 pages, switching
// page and rejecting a link, each from the input to the frame that shows it. Opening is timed
// in --open-runs fresh windows (best and each run: the machine is shared): the first page
// shown, all pages in the navigator, the first page's jump links, and the longest main-thread
// task meanwhile (Long Tasks API: while one runs the window is frozen); the switches and
// rejections report their longest task too. Then a decision and the autosave after it (the save
// that writes all the pages, and the tick after it, when nothing changed).
//   node scripts/bench-issue.mjs [--pages 40] [--no-ui] [--open-runs 3]
// It reports; it does not fail on a target. Port: GALLEY_BENCH_PORT (4193).
import { performance } from 'node:perf_hooks';
import { register } from 'tsx/esm/api';
import { generatedIssue } from '../tests/fixtures/issue/generated-issue.mjs';
import { CHROMIUM, CHROMIUM_ARGS, serveBuiltRenderer } from './lib/built-renderer.mjs';
import { nextAutosave } from './lib/next-autosave.mjs';

register();
const { loadPage } = await import('../shared/load/load-page.ts');
const { reconstruct } = await import('../shared/pipeline/reconstruct.ts');
const { buildIssue } = await import('../shared/issue/index.ts');
const { exportIssue, ISSUE_EXPORT_FORMATS } = await import('../shared/export/issue-export.ts');

const argv = process.argv.slice(2);
const count = Number(argv[argv.indexOf('--pages') + 1] || 40) || 40;
const RUNS = 7;
const OPEN_RUNS = Number(argv[argv.indexOf('--open-runs') + 1] || 3) || 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1).padStart(8)} ms`;
const time = (fn, runs = RUNS) => {
  const all = [];
  let value;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = fn();
    all.push(performance.now() - start);
  }
  return { ms: median(all), first: all[0], value };
};

const files = generatedIssue(count);
const lines = files.reduce((n, f) => n + f.text.split('\n').length, 0);
const pages = time(() => files.map((f) => {
  const loaded = loadPage(f.name, new TextEncoder().encode(f.text));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}), 3);
const rebuilt = time(() => pages.value.map((page) => ({ page, reconstruction: reconstruct(page) })), 3);
const linked = time(() => buildIssue(rebuilt.value));
const issue = linked.value;
const first = issue.repairs[0];
const rejecting = time(() => buildIssue(rebuilt.value, new Set(first ? [first.id] : [])));
const joined = issue.articles.filter((a) => a.parts.length > 1);
console.log(`Galley issue bench: ${count} text pages, ${lines} lines, ${issue.articles.length} issue articles, ${issue.links.length} jump links (${joined.length} articles over several pages, ${issue.joins.length} sentences joined across a jump), Node ${process.version}`);
console.log(`(medians of ${RUNS} runs unless said)`);
console.log(`${'load the pages (3 runs)'.padEnd(52)} ${ms(pages.ms)}`);
console.log(`${'reconstruct every page (3 runs)'.padEnd(52)} ${ms(rebuilt.ms)}`);
console.log(`${'link the issue, first time (buildIssue)'.padEnd(52)} ${ms(linked.first)}`);
console.log(`${'  reconstruct + link'.padEnd(52)} ${ms(rebuilt.ms + linked.first)}`);
console.log(`${'link again, pages unchanged (jump lines kept)'.padEnd(52)} ${ms(linked.ms)}`);
console.log(`${'link again with one link rejected'.padEnd(52)} ${ms(rejecting.ms)}`);
for (const format of ISSUE_EXPORT_FORMATS) {
  const exported = time(() => exportIssue(format, issue));
  console.log(`${`export ${format} (${(exported.value.length / 1024).toFixed(0)} KB)`.padEnd(52)} ${ms(exported.ms)}`);
}

if (!argv.includes('--no-ui')) await benchUi(files);

async function benchUi(files) {
  const { chromium } = await import('@playwright/test');
  // Its own port and build folder, so it can run beside other benches and the e2e specs.
  const served = await serveBuiltRenderer(4193);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // Opening is measured OPEN_RUNS times, each in a fresh window (the machine is shared: the best says what the code costs).
    const opens = [];
    let page;
    for (let run = 0; run < OPEN_RUNS; run++) {
      await page?.close();
      page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
      opens.push(await openIssue(page, served.url, files));
    }
    // From the input until a condition holds on screen (checked at every frame), in the page.
    const until = (body) => untilShown(page, body);
    const mark = () => page.evaluate(() => { window.__started = performance.now(); });
    // The longest main-thread task since the last mark (the observer openIssue started).
    const longest = [];
    const noteLongest = async () => longest.push(await page.evaluate(() => Math.max(0, ...window.__tasks.filter((t) => t.start >= window.__started - 1).map((t) => t.duration))));
    // Show page 1, then step through pages with Ctrl+].
    await page.getByRole('tab', { name: /^p\. 1 / }).click();
    const switching = [];
    for (let i = 0; i < Math.min(RUNS, files.length - 1); i++) {
      const want = `p. ${i + 2} `;
      await mark();
      await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: ']', ctrlKey: true, bubbles: true })));
      switching.push(await until(`const t = document.querySelector('nav[aria-label="Pages of the issue"] [aria-selected=true]'); return t !== null && t.textContent.startsWith(${JSON.stringify(want)}) && document.querySelector('.jump-links') !== null`));
      await noteLongest();
    }
    // Reject a link on the page shown, then undo, each until the jump links show it.
    const REJECT = `[...document.querySelectorAll('.jump-links button')].filter((b) => b.textContent === 'Not its continuation')`;
    const rejecting = [];
    const undoing = [];
    for (let i = 0; i < RUNS; i++) {
      const before = await page.evaluate(`${REJECT}.length`);
      if (before === 0) break;
      await mark();
      await page.evaluate(`${REJECT}[0].click()`);
      rejecting.push(await until(`return ${REJECT}.length === ${before - 1}`));
      await noteLongest();
      await mark();
      await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true })));
      undoing.push(await until(`return ${REJECT}.length === ${before}`));
      await noteLongest();
    }
    // Autosave after a decision: reject a link, then the next autosave (every 3 s) writes the
    // 40 pages; the tick after it finds nothing changed.
    const decided = await page.evaluate(`${REJECT}.length`);
    let saving = null;
    if (decided > 0) {
      await mark();
      await page.evaluate(`${REJECT}[0].click()`);
      await until(`return ${REJECT}.length === ${decided - 1}`);
      const changed = await nextAutosave(page, await page.evaluate(() => performance.now()));
      saving = { changed, unchanged: await nextAutosave(page, changed.startTime) };
    }
    console.log(`In Chromium ${browser.version()} (from the input to the frame that shows it; medians):`);
    const best = (key) => Math.min(...opens.map((o) => o[key]));
    const each = (key) => opens.map((o) => Math.round(o[key])).join(' / ');
    console.log(`${`open ${files.length} pages: first page shown (best of ${opens.length})`.padEnd(52)} ${ms(best('firstScreen'))}   (${each('firstScreen')})`);
    console.log(`${'  navigator shows them all'.padEnd(52)} ${ms(best('allShown'))}   (${each('allShown')})`);
    console.log(`${'  jump links shown on the first page'.padEnd(52)} ${ms(best('linked'))}   (${each('linked')})`);
    console.log(`${'  longest main-thread task meanwhile'.padEnd(52)} ${ms(best('longestTask'))}   (${each('longestTask')})`);
    console.log(`${'  main-thread time in tasks over 50 ms'.padEnd(52)} ${ms(best('longTasksMs'))}   (${each('longTasksMs')})`);
    opens.forEach((o, i) => console.log(`  long tasks of run ${i + 1} (ms after the input: start+duration): ${o.tasks || 'none'}`));
    console.log(`${`switch to the next page (Ctrl+], ${switching.length} runs)`.padEnd(52)} ${ms(median(switching))}`);
    if (rejecting.length > 0) {
      console.log(`${`reject a jump link (${rejecting.length} runs)`.padEnd(52)} ${ms(median(rejecting))}`);
      console.log(`${'undo the rejection (Ctrl+Z)'.padEnd(52)} ${ms(median(undoing))}`);
    } else console.log('reject a jump link: no link shown on the page');
    const worst = Math.max(...longest);
    console.log(`${'longest main-thread task in any switch, reject or undo'.padEnd(52)} ${worst > 0 ? ms(worst) : '    none over 50 ms'}`);
    if (saving) {
      const task = (t) => (t > 0 ? ms(t).trim() : 'none over 50 ms');
      console.log(`${'autosave after a decision: longest part on the main thread'.padEnd(52)} ${ms(saving.changed.longestPart)}   (tick to write ${ms(saving.changed.duration).trim()}; longest task meanwhile: ${task(saving.changed.longestTask)})`);
      console.log(`${'  the next tick, nothing changed'.padEnd(52)} ${ms(saving.unchanged.longestPart)}   (longest task meanwhile: ${task(saving.unchanged.longestTask)})`);
    } else console.log('autosave: no link to reject, not measured');
  } finally {
    await browser.close();
    served.stop();
  }
}

// Waits in the page until `body` (a function body) returns true, checked at every frame; the
// time from window.__started (the input) to two frames after it holds.
function untilShown(page, body) {
  return page.evaluate(async (b) => {
    const check = new Function(b);
    const start = window.__started ?? performance.now();
    while (!check()) {
      if (performance.now() - start > 60_000) throw new Error(`not shown after 60 s: ${b}`);
      await new Promise((r) => requestAnimationFrame(r));
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - start;
  }, body);
}

/**
 * Opens the issue's pages in a fresh window and times: the first page of the issue shown in
 * the Reconstructed pane, every page in the navigator, the first page's jump links, and the
 * longest main-thread task from the input until all that is on screen (Long Tasks API).
 */
async function openIssue(page, url, files) {
  await page.goto(url);
  await page.getByRole('region', { name: 'Original' }).getByRole('listitem').first().waitFor();
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask' });
    window.__started = performance.now();
  });
  await page.locator('#open-pages-input').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })));
  const tab = `document.querySelector('nav[aria-label="Pages of the issue"] [aria-selected=true]')`;
  const firstScreen = await untilShown(page, `const t = ${tab}; return t !== null && t.textContent.includes('issue_p') && document.querySelector('section.pane.reconstructed article') !== null`);
  // The browser build opens with its sample pages: count the issue's own.
  const allShown = await untilShown(page, `return [...document.querySelectorAll('nav[aria-label="Pages of the issue"] [role=tab]')].filter((t) => t.textContent.includes('issue_p')).length === ${files.length}`);
  const linked = await untilShown(page, `return document.querySelector('.jump-links') !== null`);
  // Let a last task finish before reading them.
  await page.waitForTimeout(500);
  return page.evaluate((end) => {
    const from = window.__started;
    const tasks = window.__tasks.filter((t) => t.start >= from - 1 && t.start <= from + end);
    return {
      firstScreen: 0, allShown: 0, linked: 0,
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasksMs: tasks.reduce((s, t) => s + t.duration, 0),
      tasks: tasks.map((t) => `${Math.round(t.start - from)}+${Math.round(t.duration)}`).join(' '),
    };
  }, Math.max(firstScreen, allShown, linked)).then((f) => ({ ...f, firstScreen, allShown, linked }));
}
