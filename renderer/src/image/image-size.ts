/**
 * An image's pixel size read from its header, without decoding it: the overlay is laid out
 * at once (and in tests, where nothing decodes), while the pixels decode in the background.
 */
import type { ImageKind } from './page-image-file';

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** The size the header gives, or null when the bytes are not the kind the name says. */
export function imagePixelSize(kind: ImageKind, bytes: Uint8Array): PixelSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const size = kind === 'png' ? pngSize(bytes, view) : kind === 'jpeg' ? jpegSize(bytes, view) : tiffSize(view);
    return size && size.width > 0 && size.height > 0 ? size : null;
  } catch {
    // A truncated header reads past the end: a RangeError, which means "not an image".
    return null;
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Uint8Array, view: DataView): PixelSize | null {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return null;
  // The first chunk is IHDR: length (4), type (4), then width and height, big-endian.
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(bytes: Uint8Array, view: DataView): PixelSize | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

/** The largest image among the top-level directories: a scanner may put a thumbnail first. */
function tiffSize(view: DataView): PixelSize | null {
  const order = view.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return null;
  const little = order === 0x4949;
  if (view.getUint16(2, little) !== 42) return null;
  let best: PixelSize | null = null;
  let ifd = view.getUint32(4, little);
  // Bounded: a hostile file can make the directory chain loop.
  for (let n = 0; ifd !== 0 && n < 64; n++) {
    const count = view.getUint16(ifd, little);
    let width = 0;
    let height = 0;
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = view.getUint16(entry, little);
      if (tag !== 256 && tag !== 257) continue;
      const type = view.getUint16(entry + 2, little);
      const value = type === 3 ? view.getUint16(entry + 8, little) : view.getUint32(entry + 8, little);
      if (tag === 256) width = value;
      else height = value;
    }
    if (width * height > (best ? best.width * best.height : 0)) best = { width, height };
    ifd = view.getUint32(ifd + 2 + count * 12, little);
  }
  return best;
}

/**
 * Largest page image Galley decodes, in pixels. A header can claim any size; 400 megapixels
 * (20000×20000) is beyond any newspaper scan, and decoding more would exhaust memory.
 */
export const MAX_PAGE_IMAGE_PIXELS = 400_000_000;

/** The first bytes hold a PNG's or (nearly always) a JPEG's size. */
const HEAD_BYTES = 256 * 1024;
/** How far into a JPEG its frame header is looked for. */
const JPEG_HEAD_LIMIT = 8 * 1024 * 1024;

/**
 * The size a Blob's header gives, reading only the bytes it needs: a 150 MB TIFF is never
 * read whole into the JS heap (its directory may sit at the end, so that is read by offset).
 */
export async function blobPixelSize(kind: ImageKind, blob: Blob): Promise<PixelSize | null> {
  if (kind === 'tiff' && blob.size > HEAD_BYTES) return tiffBlobSize(blob);
  const size = imagePixelSize(kind, await bytesOf(blob, 0, HEAD_BYTES));
  // Large EXIF blocks (a camera's thumbnail) can push a JPEG's frame header further in.
  if (size || kind !== 'jpeg' || blob.size <= HEAD_BYTES) return size;
  return imagePixelSize(kind, await bytesOf(blob, 0, JPEG_HEAD_LIMIT));
}

async function bytesOf(blob: Blob, start: number, length: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(start, start + length).arrayBuffer());
}

/** Same walk as `tiffSize`, reading each directory where it lies. */
async function tiffBlobSize(blob: Blob): Promise<PixelSize | null> {
  const header = new DataView((await bytesOf(blob, 0, 8)).buffer);
  if (header.byteLength < 8) return null;
  const order = header.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return null;
  const little = order === 0x4949;
  if (header.getUint16(2, little) !== 42) return null;
  let best: PixelSize | null = null;
  let ifd = header.getUint32(4, little);
  try {
    for (let n = 0; ifd !== 0 && n < 64; n++) {
      const countBytes = await bytesOf(blob, ifd, 2);
      const count = new DataView(countBytes.buffer).getUint16(0, little);
      const entries = new DataView((await bytesOf(blob, ifd + 2, count * 12 + 4)).buffer);
      let width = 0;
      let height = 0;
      for (let i = 0; i < count; i++) {
        const tag = entries.getUint16(i * 12, little);
        if (tag !== 256 && tag !== 257) continue;
        const type = entries.getUint16(i * 12 + 2, little);
        const value = type === 3 ? entries.getUint16(i * 12 + 8, little) : entries.getUint32(i * 12 + 8, little);
        if (tag === 256) width = value;
        else height = value;
      }
      if (width * height > (best ? best.width * best.height : 0)) best = { width, height };
      ifd = entries.getUint32(count * 12, little);
    }
  } catch {
    // A directory that runs past the end of the file: not a TIFF Galley can show.
    return null;
  }
  return best && best.width > 0 && best.height > 0 ? best : null;
}
