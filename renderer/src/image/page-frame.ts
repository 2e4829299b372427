/**
 * Where a line's box falls on the image. Boxes are in the file's own unit (pixels, ALTO
 * `mm10` or `inch1200`) and the image may be any resolution, so both go through the page's
 * frame: the size, in the boxes' unit, that the whole image spans.
 */
import type { Box, Page } from '../../../shared/model/page';
import type { PixelSize } from './image-size';

/**
 * The page's own size when the file gives one (ALTO `Page WIDTH/HEIGHT`, PAGE `imageWidth`,
 * hOCR `ocr_page` bbox); else, for pixel boxes, the image itself. An ALTO file in mm10 or
 * inch1200 without a page size gives no way to know the scan's resolution: the boxes' extent
 * is then taken as the page, which is close when the text fills the page and off by the
 * margins otherwise.
 */
export function pageFrame(page: Page, image: PixelSize): PixelSize {
  const { width, height, unit } = page.layout ?? {};
  if (width !== undefined && height !== undefined && width > 0 && height > 0) return { width, height };
  if (unit === undefined || unit === 'pixel') return image;
  let right = 0;
  let bottom = 0;
  for (const line of page.lines) {
    if (!line.box) continue;
    right = Math.max(right, line.box.x + line.box.w);
    bottom = Math.max(bottom, line.box.y + line.box.h);
  }
  return right > 0 && bottom > 0 ? { width: right, height: bottom } : image;
}

/** The box in the image's pixels. */
export function boxOnImage(box: Box, frame: PixelSize, image: PixelSize): Box {
  const sx = image.width / frame.width;
  const sy = image.height / frame.height;
  return { x: box.x * sx, y: box.y * sy, w: box.w * sx, h: box.h * sy };
}

/** True when the page has at least one line with a box: the Image view has something to draw. */
export function hasLineBoxes(page: Page): boolean {
  return page.lines.some((line) => line.box !== undefined && line.text !== '');
}
