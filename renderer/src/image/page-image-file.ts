/**
 * A page image the user opened with (or Electron found beside) an OCR file, and how it is
 * paired with its page: by base name, `page-0001.xml` with `page-0001.tif`.
 */
import type { Page } from '../../../shared/model/page';
import { isPageImageName } from '../../../shared/contract/app-api';
import { imagePixelSize } from './image-size';

/**
 * A page image as kept while its page is open: its bytes in a Blob, not in the JS heap (a
 * 6000×8000 RGB TIFF is 144 MB, and a Blob goes to the decoding worker without a copy), and its
 * size read from the header, so the line boxes are laid out before any pixel is decoded.
 */
export interface PageImageFile {
  readonly name: string;
  readonly kind: ImageKind;
  readonly blob: Blob;
  /** Pixel size of the full image, as its header gives it. */
  readonly width: number;
  readonly height: number;
}

export type ImageKind = 'png' | 'jpeg' | 'tiff';

/** What the name says the image is, or null when it is not a page image. */
export function imageKindOf(name: string): ImageKind | null {
  if (!isPageImageName(name)) return null;
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return ext === 'png' ? 'png' : ext.startsWith('tif') ? 'tiff' : 'jpeg';
}

/** Keeps an opened image; null when its bytes are not the PNG, JPEG or TIFF its name says. */
export function keepPageImage(name: string, bytes: Uint8Array): PageImageFile | null {
  const kind = imageKindOf(name);
  const size = kind ? imagePixelSize(kind, bytes) : null;
  if (!kind || !size) return null;
  const type = kind === 'png' ? 'image/png' : kind === 'jpeg' ? 'image/jpeg' : 'image/tiff';
  return { name, kind, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), ...size };
}

/**
 * The name without its extension, lower-cased. OCR tools often add a second extension
 * (`page.alto.xml`, `page.hocr.html`); that one goes too, so `page.png` still pairs.
 */
export function baseNameOf(name: string): string {
  const stem = name.replace(/\.[^.]*$/u, '').toLowerCase();
  return stem.replace(/\.(alto|hocr|page|ocr)$/u, '');
}

export interface Pairing {
  /** Page id → its image. */
  readonly attached: Readonly<Record<string, PageImageFile>>;
  /** Images no page has the name of. */
  readonly alone: readonly PageImageFile[];
}

/** Gives each image to every page of the same base name. */
export function pairImages(pages: readonly Page[], images: readonly PageImageFile[]): Pairing {
  const attached: Record<string, PageImageFile> = {};
  const alone: PageImageFile[] = [];
  for (const image of images) {
    const base = baseNameOf(image.name);
    const owners = pages.filter((p) => baseNameOf(p.name) === base);
    for (const page of owners) attached[page.id] = image;
    if (owners.length === 0) alone.push(image);
  }
  return { attached, alone };
}
