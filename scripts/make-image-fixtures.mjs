// Makes the page images the page-image tests open beside real ALTO excerpts: a tiny PNG and a
// tiny TIFF, each the excerpt's page scaled down, with grey strokes where the file says its
// lines are (so a screenshot shows whether the boxes land on the "text").
//   node scripts/make-image-fixtures.mjs
// Writes tests/fixtures/image/*.png|.tif; the same bytes every run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { png, tiff } from './make-image-fixtures-encode.mjs';

register();
const { loadPage } = await import('../shared/load/load-page.ts');

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'tests/fixtures/image');

/** Excerpt → the image to make for it: its format and how many file units one pixel is. */
const IMAGES = [
  // inch1200, page 26784 × 36248: one pixel per 1/12 inch gives 223 × 302.
  { alto: 'chronam-evening-star-0772-excerpt.xml', format: 'png', unitsPerPixel: 120 },
  // mm10, page 2590 × 4050: one pixel per 1.5 mm gives 173 × 270.
  { alto: 'bnl-luxzeit-1858-12-07_01-00001-excerpt.xml', format: 'tif', unitsPerPixel: 15 },
];

mkdirSync(out, { recursive: true });
for (const { alto, format, unitsPerPixel } of IMAGES) {
  const file = path.join(root, 'tests/fixtures/alto', alto);
  const loaded = loadPage(alto, new Uint8Array(readFileSync(file)));
  if (!loaded.ok) throw new Error(loaded.error.message);
  const { layout, lines } = loaded.value;
  const width = Math.round(layout.width / unitsPerPixel);
  const height = Math.round(layout.height / unitsPerPixel);
  const grey = new Uint8Array(width * height).fill(236); // paper
  for (const line of lines) {
    if (!line.box || line.text === '') continue;
    const x0 = Math.floor(line.box.x / unitsPerPixel);
    const x1 = Math.min(width, Math.ceil((line.box.x + line.box.w) / unitsPerPixel));
    const y0 = Math.floor(line.box.y / unitsPerPixel);
    const y1 = Math.min(height, Math.ceil((line.box.y + line.box.h) / unitsPerPixel));
    // Ink in the middle of the line's height, broken every few pixels like words.
    for (let y = y0 + Math.floor((y1 - y0) / 4); y < y1 - Math.floor((y1 - y0) / 4); y++) {
      for (let x = x0; x < x1; x++) if ((x - x0) % 9 !== 8) grey[y * width + x] = 70;
    }
  }
  const name = `${alto.replace(/\.xml$/u, '')}.${format}`;
  const bytes = format === 'png' ? png(grey, width, height) : tiff(grey, width, height);
  writeFileSync(path.join(out, name), bytes);
  console.log(`${name}: ${width}×${height}, ${bytes.length} bytes`);
}
