/** Small images built in the test, and the real ALTO excerpt with its generated PNG. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { keepPageImage, type PageImageFile } from '../../renderer/src/image/page-image-file';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');

/** The first 24 bytes of a PNG of the given size: all Galley reads before decoding. */
export function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

export const EVENING_STAR = 'chronam-evening-star-0772-excerpt';

export function fixture(relative: string): { name: string; bytes: Uint8Array } {
  return { name: path.basename(relative), bytes: new Uint8Array(readFileSync(path.join(fixtures, relative))) };
}

/** A kept PNG page image of the given size (its header only: nothing decodes in jsdom). */
export function pngImage(name: string, width: number, height: number): PageImageFile {
  const image = keepPageImage(name, pngHeader(width, height));
  if (!image) throw new Error('the PNG header was not read');
  return image;
}
