/**
 * Turns a page image into an ImageBitmap the Image view can show, off the main thread and
 * shrunk once, so a 6000×8000 scan neither freezes the window nor holds 190 MB. PNG and JPEG:
 * the browser's own decoder; TIFF, which browsers cannot show: UTIF. Both in a worker.
 */
import type { PageImageFile } from './page-image-file';
import type { DecodeAnswer, DecodeRequest } from './decode-bitmap';

/** Longest side kept, in pixels: four times a wide pane, sharp enough to read at zoom. */
export const MAX_IMAGE_SIDE = 3200;

/** Decodes a page image; rejects with a reason for people. */
export type DecodeImage = (file: PageImageFile) => Promise<ImageBitmap>;

export const decodePageImage: DecodeImage = (file) => {
  // A Blob crosses to the worker by reference: the bytes are not copied.
  const request: DecodeRequest = { blob: file.blob, kind: file.kind, width: file.width, height: file.height, maxSide: MAX_IMAGE_SIDE };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return decodeHere(request);
  }
  return new Promise((resolve, reject) => {
    const done = (): void => worker.terminate();
    worker.onmessage = (event: MessageEvent<DecodeAnswer>) => {
      done();
      if (event.data.ok) resolve(event.data.bitmap);
      else reject(new Error(event.data.reason));
    };
    // The worker could not run at all (a page loaded from file:// may not start module
    // workers): decode here rather than not at all; the window waits, but the image shows.
    worker.onerror = (event) => {
      event.preventDefault();
      done();
      decodeHere(request).then(resolve, reject);
    };
    worker.postMessage(request);
  });
};

async function decodeHere(request: DecodeRequest): Promise<ImageBitmap> {
  const { decodeImage } = await import('./decode-bitmap');
  return decodeImage(request);
}
