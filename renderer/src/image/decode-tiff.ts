/**
 * TIFF to RGBA with UTIF (photopea's decoder: pure JS, MIT, handles the uncompressed, LZW,
 * Deflate, PackBits, CCITT G3/G4 and JPEG-in-TIFF scans archives keep). Browsers cannot show
 * TIFF at all. Runs in the decoding worker; shrinks the result before it leaves.
 */
import './pako-global';
import * as utifModule from 'utif2';
import { downscaleRgba, shrinkFactor, type Rgba } from './downscale';

type Utif = typeof utifModule;
// utif2 is CommonJS (`module.exports = UTIF`): bundlers hand it over as the default export.
const UTIF: Utif = (utifModule as unknown as { default?: Utif }).default ?? utifModule;

/** Decodes the largest image in the file (scanners may put a thumbnail first), shrunk to `maxSide`. */
export function decodeTiff(bytes: Uint8Array, maxSide: number): Rgba {
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
  const ifds = UTIF.decode(buffer as ArrayBuffer);
  let best: (typeof ifds)[number] | undefined;
  let bestArea = 0;
  for (const ifd of ifds) {
    const area = tagNumber(ifd['t256']) * tagNumber(ifd['t257']);
    if (area > bestArea) {
      best = ifd;
      bestArea = area;
    }
  }
  if (!best) throw new Error('the file holds no image');
  UTIF.decodeImage(buffer as ArrayBuffer, best);
  const rgba = UTIF.toRGBA8(best);
  const image: Rgba = { data: rgba, width: best.width, height: best.height };
  if (image.width <= 0 || image.height <= 0 || rgba.length < image.width * image.height * 4) throw new Error('the image data is incomplete');
  return downscaleRgba(image, shrinkFactor(image.width, image.height, maxSide));
}

function tagNumber(value: unknown): number {
  return Array.isArray(value) && typeof value[0] === 'number' ? value[0] : 0;
}
