// PNG and TIFF writers for the page-image fixtures: 8-bit greyscale, no library, so the
// fixtures are made the same way everywhere.
import { deflateSync } from 'node:zlib';

/** An 8-bit greyscale PNG. */
export function png(grey, width, height) {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    Buffer.from(grey.buffer, y * width, width).copy(raw, y * (width + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8 bits, greyscale, deflate, adaptive filter, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A little-endian 8-bit TIFF, one strip, Adobe Deflate (compression 8) or uncompressed:
 * greyscale from one value a pixel, or RGB (`rgb: true`, each grey value written three times,
 * as a colour scanner writes a newspaper page).
 */
export function tiff(grey, width, height, { compress = true, rgb = false } = {}) {
  const samples = rgb ? 3 : 1;
  let pixels = grey;
  if (rgb) {
    pixels = new Uint8Array(grey.length * 3);
    for (let i = 0; i < grey.length; i++) pixels.fill(grey[i], i * 3, i * 3 + 3);
  }
  const data = compress ? deflateSync(pixels, { level: 6 }) : Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  const tags = [
    [256, 3, width],
    [257, 3, height],
    [258, 3, 8], // bits per sample; for RGB three values, written after the directory
    [259, 3, compress ? 8 : 1],
    [262, 3, rgb ? 2 : 1], // RGB or BlackIsZero
    [273, 4, 0], // strip offset, filled below
    [277, 3, samples],
    [278, 3, height],
    [279, 4, data.length],
  ];
  const ifdSize = 2 + tags.length * 12 + 4;
  const extraAt = 8 + ifdSize;
  const dataAt = extraAt + (rgb ? 6 : 0);
  const head = Buffer.alloc(dataAt);
  head.write('II', 0, 'latin1');
  head.writeUInt16LE(42, 2);
  head.writeUInt32LE(8, 4);
  head.writeUInt16LE(tags.length, 8);
  tags.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12;
    head.writeUInt16LE(tag, at);
    head.writeUInt16LE(type, at + 2);
    const count = tag === 258 ? samples : 1;
    head.writeUInt32LE(count, at + 4);
    if (count > 1) head.writeUInt32LE(extraAt, at + 8);
    else if (type === 3) head.writeUInt16LE(value, at + 8);
    else head.writeUInt32LE(tag === 273 ? dataAt : value, at + 8);
  });
  head.writeUInt32LE(0, 8 + 2 + tags.length * 12); // no next directory
  if (rgb) for (let i = 0; i < 3; i++) head.writeUInt16LE(8, extraAt + i * 2);
  return Buffer.concat([head, data]);
}
