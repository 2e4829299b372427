/* global window, requestAnimationFrame -- the functions passed to page.evaluate run in the browser */
// Measures how fast the interface answers on a long page (300 articles, about 6,000 lines),
// in Debian's Chromium driven by Playwright: opening the page, typing in a paragraph,
// rejecting and accepting a repair, undo. Each figure is measured inside the page, from the
// input (a click, a key, inserted text) to the next painted frame (two requestAnimationFrame
// callbacks), so Playwright's own round trips are not counted; median over the runs.
//   npm run bench:ui            (builds the renderer first)
// It reports; it does not fail on a target. A frame is 16.7 ms at 60 Hz.
import { chromium } from '@playwright/test';
import { longPage } from '../tests/fixtures/long-page.mjs';
import { CHROMIUM, CHROMIUM_ARGS, serveBuiltRenderer } from './lib/built-renderer.mjs';

// Its own port and build folder, so two benches (or a bench and the e2e specs) can run side by side.
const RUNS = 15;

const served = await serveBuiltRenderer(4190);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await page.goto(served.url);
  await page.getByRole('region', { name: 'Original' }).getByRole('listitem').first().waitFor();
  // The first screen waits once for the French word list (a lazy chunk): main.tsx measures it.
  const wordLists = await page.evaluate(() => performance.getEntriesByName('galley:word-lists')[0]?.duration ?? Number.NaN);
  const firstScreen = await page.evaluate(() => performance.now());
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

  const opening = await timed(() => page.locator('#open-pages-input').setInputFiles([{ name: 'long-page.txt', mimeType: 'text/plain', buffer: Buffer.from(longPage()) }]).then(() => page.getByRole('heading', { name: /Reconstructed · \d{3} articles/ }).waitFor()));
  const lines = await page.getByRole('region', { name: 'Original' }).getByRole('listitem').count();

  // The Reconstructed pane is virtualised on a long page: only the articles in view are in the DOM.
  const articlesInDom = await page.getByRole('region', { name: 'Reconstructed' }).getByRole('article').count();
  const paragraph = page.getByRole('region', { name: 'Reconstructed' }).locator('article p').nth(4);
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.dblclick();
  // In the page: run the input, then wait for the frame that shows its result. Two figures:
  // `paint`, from the input to the end of the frame that shows it (it includes waiting for
  // the display's next refresh), and `busy`, how long the main thread works for it (the script,
  // React's render, then style, layout and paint of that frame). A busy time under 16.7 ms
  // means the update fits in one frame.
  const inPage = (script, arg) => page.evaluate(async ([body, a]) => {
    const act = new Function('a', body);
    const start = performance.now();
    act(a);
    await new Promise((r) => setTimeout(r, 0));
    const script = performance.now() - start;
    const [frame, rendered] = await new Promise((r) => requestAnimationFrame(() => {
      const at = performance.now();
      setTimeout(() => r([at, performance.now()]), 0);
    }));
    return { paint: rendered - start, busy: script + (rendered - frame) };
  }, [script, arg]);
  // The time from the input until a condition holds on screen (checked at every frame).
  const untilShown = (condition, arg) => page.evaluate(async ([body, a]) => {
    const check = new Function('a', body);
    const start = performance.now();
    while (!check(a)) {
      if (performance.now() - start > 10_000) throw new Error(`not shown after 10 s: ${body}`);
      await new Promise((r) => requestAnimationFrame(r));
    }
    return performance.now() - start;
  }, [condition, arg]);
  const idle = [];
  for (let i = 0; i < RUNS; i++) idle.push(await inPage('void a'));
  const typing = [];
  for (let i = 0; i < RUNS; i++) typing.push(await inPage("document.execCommand('insertText', false, 'x')"));
  const finishing = await inPage("document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))");

  const selecting = [];
  for (let i = 0; i < RUNS; i++) selecting.push(await inPage("const ps = document.querySelectorAll('article p'); ps[(a * 7) % ps.length].click()", i));

  const button = (label) => `document.querySelectorAll('[aria-label="Repairs"] > li')[a].querySelector('button[aria-pressed], button:last-child') && [...document.querySelectorAll('[aria-label="Repairs"] > li')[a].querySelectorAll('button')].find((b) => b.textContent === '${label}').click()`;
  const reject = [];
  const undo = [];
  const rebuilt = [];
  const accept = [];
  const redo = [];
  for (let i = 0; i < RUNS; i++) {
    accept.push(await inPage(button('Accept'), i));
    reject.push(await inPage(button('Reject'), i));
    // The rebuild runs in the engine worker: the page shows it when the row offers Restore.
    rebuilt.push(await untilShown(`return document.querySelector('[aria-label="Repairs"] > li.rejected') !== null`, i));
    undo.push(await inPage("window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))"));
    redo.push(await inPage("window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: true, bubbles: true }))"));
    await untilShown(`return document.querySelector('[aria-label="Repairs"] > li.rejected') !== null`, i);
    // Back to the accepted state, unmeasured, so the next run starts as this one did.
    await inPage("window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))");
  }

  const ms = (x) => `${x.toFixed(1).padStart(7)} ms`;
  const row = (what, runs) => {
    const all = Array.isArray(runs) ? runs : [runs];
    const busy = median(all.map((r) => r.busy ?? r));
    const paint = all[0].paint === undefined ? '' : ms(median(all.map((r) => r.paint)));
    return `${what.padEnd(56)} ${ms(busy)} ${paint.padStart(10)}  ${busy <= 16.7 ? 'within one frame' : `${(busy / 16.7).toFixed(1)} frames`}`;
  };
  console.log(`Galley interface bench: 300 articles, ${lines} lines of the Original pane and ${articlesInDom} articles of the Reconstructed pane in the DOM (both virtualised), Chromium ${browser.version()}`);
  console.log(`${'(medians of ' + RUNS + ' runs)'.padEnd(56)} ${'busy'.padStart(10)} ${'to paint'.padStart(10)}`);
  console.log(`${'start: waiting for the French word list (once)'.padEnd(56)} ${ms(wordLists)}`);
  console.log(`${'start: navigation to the first screen with its page'.padEnd(56)} ${ms(firstScreen)}`);
  console.log(row('nothing: the floor of the measure', idle));
  console.log(row('open and rebuild the page (once)', opening));
  console.log(row('type a character in a paragraph', typing));
  console.log(row('finish the edit: page rebuilt with the edit', finishing));
  console.log(row('select a paragraph: its lines light up', selecting));
  console.log(row('accept a repair', accept));
  console.log(row('reject a repair: page rebuilt', reject));
  console.log(`${'reject: rebuilt page shown (engine worker), after'.padEnd(56)} ${ms(median(rebuilt))}`);
  console.log(row('undo the rejection', undo));
  console.log(row('redo the rejection', redo));
} finally {
  await browser.close();
  served.stop();
}
