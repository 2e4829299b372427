/**
 * A page image the user opened with (or Electron found beside) an OCR file, and how it is
 * paired with its page: by base name, `page-0001.xml` with `page-0001.tif`.
 */
import type { Page } from '../../../shared/model/page';
import { isPageImageName, MAX_PAGE_IMAGE_BYTES } from '../../../shared/contract/app-api';
import { blobPixelSize, imagePixelSize, MAX_PAGE_IMAGE_PIXELS, type PixelSize } from './image-size';

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

/** An opened image, or why it cannot be shown. */
export type OpenedImage =
  | { readonly ok: true; readonly image: PageImageFile }
  | { readonly ok: false; readonly reason: 'not-an-image' | 'too-large' | 'too-many-pixels'; readonly pixels?: number };

/**
 * Keeps an opened image after checking its file size and the pixel size its header claims.
 * A Blob (a picked File) is kept as it is: only its header is read, never the whole file.
 */
export async function openPageImage(name: string, source: Uint8Array | Blob): Promise<OpenedImage> {
  const kind = imageKindOf(name);
  const bytes = source instanceof Blob ? source.size : source.byteLength;
  if (bytes > MAX_PAGE_IMAGE_BYTES) return { ok: false, reason: 'too-large' };
  let size: PixelSize | null = null;
  try {
    size = kind ? (source instanceof Blob ? await blobPixelSize(kind, source) : imagePixelSize(kind, source)) : null;
  } catch {
    // An unreadable file (moved since it was picked) cannot be shown either.
  }
  if (!kind || !size) return { ok: false, reason: 'not-an-image' };
  if (size.width * size.height > MAX_PAGE_IMAGE_PIXELS) return { ok: false, reason: 'too-many-pixels', pixels: size.width * size.height };
  const type = MIME[kind];
  const blob = source instanceof Blob ? (source.type === type ? source : source.slice(0, source.size, type)) : new Blob([source as Uint8Array<ArrayBuffer>], { type });
  return { ok: true, image: { name, kind, blob, ...size } };
}

const MIME: Readonly<Record<ImageKind, string>> = { png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' };

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
