/**
 * Page image bytes to a decoded, shrunk ImageBitmap. Runs in the decoding worker (and on the
 * main thread only when no worker can start).
 */
import { decodeTiff } from './decode-tiff';
import { shrinkFactor } from './downscale';
import type { ImageKind } from './page-image-file';

export interface DecodeRequest {
  readonly blob: Blob;
  readonly kind: ImageKind;
  readonly width: number;
  readonly height: number;
  readonly maxSide: number;
}

export type DecodeAnswer = { readonly ok: true; readonly bitmap: ImageBitmap } | { readonly ok: false; readonly reason: string };

/** Decodes and shrinks the image to at most `maxSide` pixels a side. */
export async function decodeImage({ blob, kind, width, height, maxSide }: DecodeRequest): Promise<ImageBitmap> {
  if (kind === 'tiff') {
    const rgba = decodeTiff(new Uint8Array(await blob.arrayBuffer()), maxSide);
    return createImageBitmap(new ImageData(new Uint8ClampedArray(rgba.data), rgba.width, rgba.height));
  }
  const factor = shrinkFactor(width, height, maxSide);
  const options: ImageBitmapOptions | undefined =
    factor > 1 ? { resizeWidth: Math.ceil(width / factor), resizeHeight: Math.ceil(height / factor), resizeQuality: 'medium' } : undefined;
  const bitmap = await createImageBitmap(blob, options);
  // Chromium may decode (and resize) a bitmap lazily, at its first draw: on the main thread.
  // Drawing it here first hands back pixels that are ready.
  if (typeof OffscreenCanvas === 'undefined') return bitmap;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
  return canvas.transferToImageBitmap();
}
