import { describe, expect, it } from 'vitest';
import { imagePixelSize } from '../../renderer/src/image/image-size';
import { boxOnImage, pageFrame } from '../../renderer/src/image/page-frame';
import { baseNameOf, imageKindOf, keepPageImage, pairImages } from '../../renderer/src/image/page-image-file';
import { downscaleRgba, shrinkFactor } from '../../renderer/src/image/downscale';
import { decodeTiff } from '../../renderer/src/image/decode-tiff';
import type { Page } from '../../shared/model/page';
import { fixture, pngHeader, pngImage } from './page-image-fixtures';

function layoutPage(name: string, layout: Page['layout'], boxes: Array<[number, number, number, number]>): Page {
  return {
    id: name,
    name,
    format: 'alto',
    script: 'latin',
    encoding: 'utf-8',
    ...(layout ? { layout } : {}),
    lines: boxes.map(([x, y, w, h], i) => ({ id: `L${i + 1}`, number: i + 1, raw: `line ${i + 1}`, text: `line ${i + 1}`, box: { x, y, w, h } })),
  };
}

describe('the page frame', () => {
  it('maps ALTO mm10 boxes through the page size onto a smaller image', () => {
    const page = layoutPage('p.xml', { unit: 'mm10', width: 2000, height: 3000 }, [[1000, 1500, 500, 100]]);
    const image = { width: 200, height: 300 };
    const box = page.lines[0]?.box;
    expect(box && boxOnImage(box, pageFrame(page, image), image)).toEqual({ x: 100, y: 150, w: 50, h: 10 });
  });

  it('takes pixel boxes as they are when the file gives no page size', () => {
    const page = layoutPage('p.hocr', { unit: 'pixel' }, [[10, 20, 30, 40]]);
    expect(pageFrame(page, { width: 640, height: 480 })).toEqual({ width: 640, height: 480 });
  });

  it('falls back to the boxes’ extent for inch1200 without a page size', () => {
    const page = layoutPage('p.xml', { unit: 'inch1200' }, [[100, 100, 900, 50], [100, 2000, 1100, 60]]);
    expect(pageFrame(page, { width: 120, height: 206 })).toEqual({ width: 1200, height: 2060 });
  });
});

describe('reading an image’s size from its header', () => {
  it('reads PNG, JPEG and TIFF headers', () => {
    expect(imagePixelSize('png', pngHeader(223, 302))).toEqual({ width: 223, height: 302 });
    // A baseline JPEG: SOI, an APP0 segment of 16 bytes, then SOF0 with height 40 and width 30.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...new Array<number>(14).fill(0), 0xff, 0xc0, 0, 17, 8, 0, 40, 0, 30, 3, 0, 0, 0, 0]);
    expect(imagePixelSize('jpeg', jpeg)).toEqual({ width: 30, height: 40 });
    const tiff = new Uint8Array(8 + 2 + 24 + 4);
    const view = new DataView(tiff.buffer);
    tiff.set([0x49, 0x49]);
    view.setUint16(2, 42, true);
    view.setUint32(4, 8, true);
    view.setUint16(8, 2, true);
    [[256, 6000], [257, 8000]].forEach(([tag, value], i) => {
      view.setUint16(10 + i * 12, tag ?? 0, true);
      view.setUint16(12 + i * 12, 4, true);
      view.setUint32(14 + i * 12, 1, true);
      view.setUint32(18 + i * 12, value ?? 0, true);
    });
    expect(imagePixelSize('tiff', tiff)).toEqual({ width: 6000, height: 8000 });
  });

  it('says null for bytes that are not what the name says, truncated or looping', () => {
    expect(imagePixelSize('png', new TextEncoder().encode('<alto>not an image</alto>'))).toBeNull();
    expect(imagePixelSize('png', pngHeader(10, 10).subarray(0, 18))).toBeNull();
    // A TIFF whose only directory points back at itself, with no size tags.
    const loop = new Uint8Array(8 + 2 + 4);
    const view = new DataView(loop.buffer);
    loop.set([0x49, 0x49]);
    view.setUint16(2, 42, true);
    view.setUint32(4, 8, true);
    view.setUint32(10, 8, true);
    expect(imagePixelSize('tiff', loop)).toBeNull();
  });
});

describe('pairing images with pages', () => {
  it('pairs by base name, whatever the case and a second extension', () => {
    expect(imageKindOf('Scan.TIF')).toBe('tiff');
    expect(imageKindOf('page.xml')).toBeNull();
    expect(baseNameOf('p-0001.alto.xml')).toBe(baseNameOf('P-0001.jpg'));
    expect(keepPageImage('scan.tif', pngHeader(10, 10))).toBeNull();
    const pages = [layoutPage('p-0001.alto.xml', undefined, []), layoutPage('p-0002.xml', undefined, [])];
    const image = pngImage('P-0001.PNG', 10, 10);
    const stray = pngImage('cover.png', 10, 10);
    const { attached, alone } = pairImages(pages, [image, stray]);
    expect(attached).toEqual({ 'p-0001.alto.xml': image });
    expect(alone).toEqual([stray]);
  });
});

describe('shrinking a large scan', () => {
  it('keeps the longer side under the limit and averages blocks', () => {
    expect(shrinkFactor(6000, 8000, 3200)).toBe(3);
    const data = new Uint8Array([0, 0, 0, 255, 100, 100, 100, 255, 200, 200, 200, 255, 100, 100, 100, 255]);
    const small = downscaleRgba({ data, width: 2, height: 2 }, 2);
    expect(small.width).toBe(1);
    expect(Array.from(small.data)).toEqual([100, 100, 100, 255]);
  });
});

describe('decoding a TIFF scan', () => {
  it('decodes a Deflate greyscale TIFF to RGBA, ink where the page has lines', () => {
    const { bytes } = fixture('image/bnl-luxzeit-1858-12-07_01-00001-excerpt.tif');
    const full = decodeTiff(bytes, 4000);
    expect([full.width, full.height]).toEqual([173, 270]);
    const at = (x: number, y: number) => Array.from(full.data.slice((y * full.width + x) * 4, (y * full.width + x) * 4 + 4));
    expect(at(0, full.height - 1)).toEqual([236, 236, 236, 255]); // paper in the bottom margin
    const inked = Array.from({ length: full.width * full.height }, (_, i) => full.data[i * 4] ?? 255).filter((v) => v < 128).length;
    expect(inked).toBeGreaterThan(100);
    const small = decodeTiff(bytes, 100);
    expect(Math.max(small.width, small.height)).toBeLessThanOrEqual(100);
  });

  it('says what is wrong with a file that is no TIFF', () => {
    expect(() => decodeTiff(new TextEncoder().encode('II*\u0000 not really'), 100)).toThrow();
  });
});
