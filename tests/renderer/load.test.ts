/** Opening picked files: Blobs as a file input gives them, big files, absurd images, the "Opening…" status. */
import { describe, expect, it } from 'vitest';
import { MAX_LAYOUT_PAGE_BYTES } from '../../shared/contract/app-api';
import { blobPixelSize } from '../../renderer/src/image/image-size';
import { loadInBackground } from '../../renderer/src/load/load-client';
import { createAppStore } from '../../renderer/src/store/app-store';
import { EVENING_STAR, fixture, pngHeader } from './page-image-fixtures';

const PAGE = 'HARBOUR WORKS\n\nThe works be-\ngan yesterday at the pier.\n';

/** A Blob that claims a size and fails if anything reads it. */
class UnreadableBlob extends Blob {
  constructor(private readonly claimed: number) {
    super([]);
  }
  override get size(): number {
    return this.claimed;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    throw new Error('read a file that should have been refused by its size');
  }
  override slice(): Blob {
    throw new Error('read a file that should have been refused by its size');
  }
}

/** A little-endian TIFF whose only directory sits after `gap` bytes of pixel data, as libtiff writes it. */
function tiffWithDirectoryAt(gap: number, width: number, height: number): Uint8Array {
  const ifd = 8 + gap;
  const bytes = new Uint8Array(ifd + 2 + 24 + 4);
  const view = new DataView(bytes.buffer);
  bytes.set([0x49, 0x49]);
  view.setUint16(2, 42, true);
  view.setUint32(4, ifd, true);
  view.setUint16(ifd, 2, true);
  [width, height].forEach((value, i) => {
    view.setUint16(ifd + 2 + i * 12, 256 + i, true);
    view.setUint16(ifd + 4 + i * 12, 4, true);
    view.setUint32(ifd + 6 + i * 12, 1, true);
    view.setUint32(ifd + 10 + i * 12, value, true);
  });
  return bytes;
}

describe('opening picked files', () => {
  it('opens pages given as Blobs, as a file input or a drop gives them', async () => {
    const store = createAppStore();
    const { name, bytes } = fixture(`alto/${EVENING_STAR}.xml`);
    const opened = await store.getState().openFiles([{ name, blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) }, { name: 'p.txt', blob: new Blob([PAGE]) }]);
    expect(opened.map((p) => p.name)).toEqual([name, 'p.txt']);
    expect(store.getState().pages.map((p) => p.name)).toEqual([name, 'p.txt']);
    expect(store.getState().errors).toEqual([]);
  });

  it('says "Opening NAME…" while the file loads, and nothing once it has opened', async () => {
    const store = createAppStore();
    const opening = store.getState().openFiles([{ name: 'p.txt', blob: new Blob([PAGE]) }]);
    expect(store.getState().status).toBe('Opening p.txt…');
    await opening;
    expect(store.getState().status).toBeNull();
  });

  it('refuses a page over the size limit without reading it', async () => {
    const { result } = await loadInBackground('huge.xml', new UnreadableBlob(MAX_LAYOUT_PAGE_BYTES + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'too-large', message: expect.stringContaining('huge.xml') });
  });

  it('keeps a picked image as the Blob it is, reading only its header', async () => {
    const store = createAppStore();
    const { name, bytes } = fixture(`alto/${EVENING_STAR}.xml`);
    await store.getState().openFiles([{ name, bytes }]);
    const file = new Blob([pngHeader(1200, 1600) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
    await store.getState().openFiles([{ name: `${EVENING_STAR}.png`, blob: file }]);
    const pageId = store.getState().activePageId ?? '';
    expect(store.getState().pageImages[pageId]).toMatchObject({ width: 1200, height: 1600, blob: file });
  });

  it('refuses an image whose header claims an absurd size, and the page opens without it', async () => {
    const store = createAppStore();
    const { name, bytes } = fixture(`alto/${EVENING_STAR}.xml`);
    const opened = await store.getState().openFiles([{ name, bytes }, { name: `${EVENING_STAR}.png`, bytes: pngHeader(30000, 30000) }]);
    expect(opened).toHaveLength(1);
    expect(store.getState().pageImages).toEqual({});
    expect(store.getState().errors.map((e) => e.message)).toEqual([expect.stringMatching(/“chronam.*\.png” claims 900 megapixels, more than the 400/u)]);
  });
});

describe('reading an image Blob’s size', () => {
  it('finds a TIFF directory written after the pixels, far past the first bytes', async () => {
    const tiff = tiffWithDirectoryAt(1024 * 1024, 6000, 8000);
    expect(await blobPixelSize('tiff', new Blob([tiff as Uint8Array<ArrayBuffer>]))).toEqual({ width: 6000, height: 8000 });
  });

  it('says null for a directory that runs past the end of the file', async () => {
    const tiff = tiffWithDirectoryAt(1024 * 1024, 6000, 8000).subarray(0, 8 + 1024 * 1024 + 10);
    expect(await blobPixelSize('tiff', new Blob([tiff as Uint8Array<ArrayBuffer>]))).toBeNull();
  });
});
