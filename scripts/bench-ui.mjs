/* global window, requestAnimationFrame -- the functions passed to page.evaluate run in the browser */
// Measures how fast the interface answers on a long page (300 articles, about 6,000 lines),
// in Debian's Chromium driven by Playwright: opening the page, typing in a paragraph,
// rejecting and accepting a repair, undo. Each figure is measured inside the page, from the
// input (a click, a key, inserted text) to the next painted frame (two requestAnimationFrame
// callbacks), so Playwright's own round trips are not counted; median over the runs.
//   npm run bench:ui            (builds the renderer first)
// It reports; it does not fail on a target. A frame is 16.7 ms at 60 Hz.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { longPage } from '../tests/fixtures/long-page.mjs';

const PORT = 4190;
const RUNS = 15;
const node = process.execPath;

spawnSync(node, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const server = spawn(node, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByRole('region', { name: 'Original' }).getByRole('listitem').first().waitFor();
  // Resolves after the next frame is painted following the action.
  await page.evaluate(() => {
    window.__painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));
  });
  const timed = async (action) => {
    const start = await page.evaluate(() => performance.now());
    await action();
    const end = await page.evaluate(() => window.__painted());
    return end - start;
  };

  const opening = await timed(() => page.locator('#open-pages-input').setInputFiles([{ name: 'long-page.txt', mimeType: 'text/plain', buffer: Buffer.from(longPage()) }]).then(() => page.getByRole('article').nth(299).waitFor()));
  const lines = await page.getByRole('region', { name: 'Original' }).getByRole('listitem').count();

  const paragraph = page.getByRole('region', { name: 'Reconstructed' }).locator('article p').nth(450);
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.dblclick();
  // In the page: run the input, then wait for the frame that shows its result.
  const inPage = (script, arg) => page.evaluate(async ([body, a]) => {
    const act = new Function('a', body);
    const start = performance.now();
    act(a);
    await window.__painted();
    return performance.now() - start;
  }, [script, arg]);
  const typing = [];
  for (let i = 0; i < RUNS; i++) typing.push(await inPage("document.execCommand('insertText', false, 'x')"));
  const finishing = await inPage("document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))");

  const selecting = [];
  for (let i = 0; i < RUNS; i++) selecting.push(await inPage("document.querySelectorAll('article p')[a * 37].click()", i));

  const button = (label) => `document.querySelectorAll('[aria-label="Repairs"] > li')[a].querySelector('button[aria-pressed], button:last-child') && [...document.querySelectorAll('[aria-label="Repairs"] > li')[a].querySelectorAll('button')].find((b) => b.textContent === '${label}').click()`;
  const reject = [];
  const undo = [];
  const accept = [];
  for (let i = 0; i < RUNS; i++) {
    accept.push(await inPage(button('Accept'), i));
    reject.push(await inPage(button('Reject'), i));
    undo.push(await inPage("window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))"));
  }

  const row = (what, ms) => `${what.padEnd(46)} ${ms.toFixed(1).padStart(7)} ms  ${ms <= 16.7 ? 'within one frame' : `${(ms / 16.7).toFixed(1)} frames`}`;
  console.log(`Galley interface bench: 300 articles, ${lines} lines in the DOM of the Original pane (virtualised), Chromium ${browser.version()}`);
  console.log(row('open and rebuild the page (once)', opening));
  console.log(row(`type a character in a paragraph (median of ${RUNS})`, median(typing)));
  console.log(row('finish the edit: page rebuilt with the edit', finishing));
  console.log(row(`select a paragraph: its lines light up (median of ${RUNS})`, median(selecting)));
  console.log(row(`accept a repair (median of ${RUNS})`, median(accept)));
  console.log(row(`reject a repair: page rebuilt (median of ${RUNS})`, median(reject)));
  console.log(row(`undo (median of ${RUNS})`, median(undo)));
} finally {
  await browser.close();
  server.kill();
}
