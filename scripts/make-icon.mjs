// Draws resources/icon.png (512×512): a newsprint-grey rounded square holding a masthead
// and three columns of type, the "galley" the app repairs. Plain node:zlib, no image
// library, so it runs anywhere: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4×4 supersampling smooths the rounded corners

const inset = 24;
const radius = 96;
const paper = [244, 240, 230]; // off-white, for the masthead and the type

/** Coverage of the rounded square at a sub-pixel point. */
function inSquare(x, y) {
  const lo = inset;
  const hi = SIZE - inset;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + radius), hi - radius);
  const cy = Math.min(Math.max(y, lo + radius), hi - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The type: a masthead, a rule, and three columns of lines with ragged paragraph ends. */
const marks = [];
const left = 100;
const right = SIZE - 100;
marks.push([left, 104, right, 146]); // masthead
marks.push([left, 162, right, 168]); // rule under it
const gutter = 18;
const columnWidth = (right - left - 2 * gutter) / 3;
const lineShort = [[], [3, 8], [5]]; // per column: lines that end a paragraph (shorter)
for (let column = 0; column < 3; column += 1) {
  const x0 = left + column * (columnWidth + gutter);
  for (let line = 0; line < 10; line += 1) {
    const y0 = 190 + line * 22;
    const short = lineShort[column].includes(line);
    marks.push([x0, y0, x0 + (short ? columnWidth * 0.55 : columnWidth), y0 + 11]);
  }
}

function inMark(x, y) {
  return marks.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
}

/** Background grey, a little lighter at the top, like a printed sheet under a lamp. */
function background(y) {
  const t = y / SIZE;
  return [Math.round(64 - 20 * t), Math.round(68 - 20 * t), Math.round(74 - 20 * t)];
}

const rows = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y += 1) {
  const rowStart = y * (SIZE * 4 + 1);
  rows[rowStart] = 0; // filter: none
  for (let x = 0; x < SIZE; x += 1) {
    let cover = 0;
    let ink = 0;
    for (let sy = 0; sy < SAMPLES; sy += 1) {
      for (let sx = 0; sx < SAMPLES; sx += 1) {
        const px = x + (sx + 0.5) / SAMPLES;
        const py = y + (sy + 0.5) / SAMPLES;
        if (inSquare(px, py)) {
          cover += 1;
          if (inMark(px, py)) ink += 1;
        }
      }
    }
    const alpha = cover / (SAMPLES * SAMPLES);
    const inkShare = cover === 0 ? 0 : ink / cover;
    const bg = background(y);
    const at = rowStart + 1 + x * 4;
    for (let c = 0; c < 3; c += 1) rows[at + c] = Math.round(bg[c] * (1 - inkShare) + paper[c] * inkShare);
    rows[at + 3] = Math.round(alpha * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type: RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon.png');
writeFileSync(out, png);
console.log(`make-icon: wrote ${out} (${png.length} bytes)`);
