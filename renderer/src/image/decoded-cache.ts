/**
 * The last decoded image, kept so that switching Text → Image → Text → Image does not decode
 * a large TIFF again. One entry only: memory stays bounded whatever the number of pages.
 */
import type { DecodeImage } from './decode-image';
import type { PageImageFile } from './page-image-file';

let last: { file: PageImageFile; decode: DecodeImage; bitmap: Promise<ImageBitmap> } | null = null;

/** The decoded image of `file`, decoding it unless it was the last one asked for. */
export function decodeOnce(file: PageImageFile, decode: DecodeImage): Promise<ImageBitmap> {
  if (last && last.file === file && last.decode === decode) return last.bitmap;
  const previous = last?.bitmap;
  const bitmap = decode(file);
  last = { file, decode, bitmap };
  // A failed decode is not kept: the next show tries again.
  bitmap.catch(() => {
    if (last?.bitmap === bitmap) last = null;
  });
  previous?.then((b) => b.close(), () => undefined);
  return bitmap;
}
