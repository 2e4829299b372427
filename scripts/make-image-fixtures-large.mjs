/* global document, window -- the functions passed to page.evaluate run in the browser */
// Makes a large scan, as archives hold them (6000 × 8000 pixels), beside an ALTO page of 300
// lines, and measures in Debian's Chromium how the Image view copes: time from the click on
// Image to the decoded picture, the longest main-thread task meanwhile (a task over 50 ms is a
// visible stall), and the JS heap after a garbage collection (the Blob that keeps the image and
// the decoded bitmap live outside it). Four images: an uncompressed RGB TIFF (144 MB), an
// uncompressed greyscale one (48 MB), a Deflate greyscale TIFF and a PNG.
//   node scripts/make-image-fixtures-large.mjs [folder]      (default: a temp folder)
// It reports; it does not fail on a target.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { png, tiff } from './make-image-fixtures-encode.mjs';
import { serveBuiltRenderer } from './lib/built-renderer.mjs';

const WIDTH = 6000;
const HEIGHT = 8000;
const folder = process.argv[2] ?? path.join(tmpdir(), 'galley-large-scan');
mkdirSync(folder, { recursive: true });

// Two columns of 150 lines; ink where the lines are.
const grey = new Uint8Array(WIDTH * HEIGHT).fill(236);
const lines = [];
for (let column = 0; column < 2; column++) {
  for (let i = 0; i < 150; i++) {
    const box = { x: 300 + column * 2800, y: 400 + i * 48, w: 2600, h: 36 };
    lines.push(box);
    for (let y = box.y + 8; y < box.y + box.h - 8; y++) grey.fill(60, y * WIDTH + box.x, y * WIDTH + box.x + box.w);
  }
}
const alto = `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Description><MeasurementUnit>pixel</MeasurementUnit></Description>
<Layout><Page ID="P1" WIDTH="${WIDTH}" HEIGHT="${HEIGHT}"><PrintSpace>
${lines.map((b, i) => `<TextBlock ID="B${i}" HPOS="${b.x}" VPOS="${b.y}" WIDTH="${b.w}" HEIGHT="${b.h}"><TextLine HPOS="${b.x}" VPOS="${b.y}" WIDTH="${b.w}" HEIGHT="${b.h}"><String CONTENT="Line ${i + 1} of the large scan." HPOS="${b.x}" VPOS="${b.y}" WIDTH="${b.w}" HEIGHT="${b.h}"/></TextLine></TextBlock>`).join('\n')}
</PrintSpace></Page></Layout></alto>`;

const cases = [
  { name: 'scan-rgb', image: 'scan-rgb.tif', bytes: () => tiff(grey, WIDTH, HEIGHT, { compress: false, rgb: true }) },
  { name: 'scan-grey', image: 'scan-grey.tif', bytes: () => tiff(grey, WIDTH, HEIGHT, { compress: false }) },
  { name: 'scan-deflate', image: 'scan-deflate.tif', bytes: () => tiff(grey, WIDTH, HEIGHT) },
  { name: 'scan-png', image: 'scan-png.png', bytes: () => png(grey, WIDTH, HEIGHT) },
];
for (const c of cases) {
  writeFileSync(path.join(folder, `${c.name}.xml`), alto);
  const bytes = c.bytes();
  writeFileSync(path.join(folder, c.image), bytes);
  c.size = bytes.length;
}

const served = await serveBuiltRenderer(4193);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc'] });
try {
  for (const c of cases) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    await page.goto(served.url);
    await page.getByRole('region', { name: 'Original' }).getByRole('listitem').first().waitFor();
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
      }).observe({ type: 'longtask' });
      window.__start = performance.now();
    });
    await page.locator('#open-pages-input').setInputFiles([path.join(folder, `${c.name}.xml`), path.join(folder, c.image)]);
    const original = page.getByRole('region', { name: 'Original' });
    await page.waitForFunction(() => document.querySelector('.view-switch button[aria-disabled="false"]'), null, { timeout: 120_000 });
    // Opening (reading the files, keeping the image, loading the page) is measured apart from showing.
    const opening = await page.evaluate(() => {
      const figures = { ms: performance.now() - window.__start, longest: window.__longest };
      window.__longest = 0;
      window.__start = performance.now();
      return figures;
    });
    await original.getByRole('button', { name: 'Image' }).click();
    await original.locator('.page-image canvas').waitFor();
    await page.waitForFunction(() => !document.querySelector('.page-image-status'), null, { timeout: 120_000 });
    const shown = await page.evaluate(() => ({ ms: performance.now() - window.__start, longest: window.__longest }));
    // Garbage from reading the file is not memory the page keeps: collect it (twice, a second
    // apart, as array buffers are freed after the collection that finds them).
    await page.evaluate(async () => {
      window.gc?.();
      await new Promise((r) => setTimeout(r, 1000));
      window.gc?.();
    });
    const figures = await page.evaluate(() => ({
      heap: performance.memory?.usedJSHeapSize ?? 0,
      canvas: (() => {
        const c = document.querySelector('.page-image canvas');
        return `${c.width}×${c.height}`;
      })(),
      error: document.querySelector('.page-image-status.error')?.textContent ?? null,
    }));
    console.log(`${c.image.padEnd(17)} ${(c.size / 1048576).toFixed(1).padStart(5)} MB: opened in ${opening.ms.toFixed(0)} ms (longest task ${opening.longest.toFixed(0)} ms); shown at ${figures.canvas} in ${shown.ms.toFixed(0)} ms (longest task ${shown.longest.toFixed(0)} ms); JS heap ${(figures.heap / 1048576).toFixed(0)} MB${figures.error ? `; ERROR ${figures.error}` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  served.stop();
}
