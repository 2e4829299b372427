/**
 * The page number a file carries: in its markup (ALTO `PRINTED_IMG_NR` / `PHYSICAL_IMG_NR`,
 * PAGE XML `pagination{value:2;}` or the image file name, hOCR `ppageno` or `image`), or in its
 * own name (`…_p004.xml`, `page-12.txt`, `0004.xml`, `1918-01-08_0004.xml`).
 *
 * When it is wrong: a name whose last number is not the page (`report-2023.txt`) is read as
 * page 2023; the issue then falls back to name order when numbers clash (see `orderPages`).
 */
import { pageNumberInName } from '../load/page-number';

export { pageNumberInName };

/**
 * A page number read from the start of a layout file (the first few kilobytes are enough: the
 * page element opens the file). Attribute values are ASCII, so any single-byte decoding will do.
 */
export function pageNumberInMarkup(head: string): number | null {
  const printed = /<(?:\w+:)?Page\b[^>]*\bPRINTED_IMG_NR="\s*(\d{1,4})\s*"/u.exec(head);
  if (printed) return positive(printed[1]);
  const pagination = /<(?:\w+:)?Page\b[^>]*\bcustom="[^"]*pagination\s*\{\s*value\s*:\s*(\d{1,4})/u.exec(head);
  if (pagination) return positive(pagination[1]);
  const physical = /<(?:\w+:)?Page\b[^>]*\bPHYSICAL_IMG_NR="\s*(\d{1,4})\s*"/u.exec(head);
  if (physical) return positive(physical[1]);
  const hocrPage = /<[^>]*\bocr_page\b[^>]*>/u.exec(head)?.[0] ?? '';
  const image = /<(?:\w+:)?Page\b[^>]*\bimageFilename="([^"]+)"/u.exec(head) ?? /\bimage\s+"?([^";'"]+)/u.exec(hocrPage);
  if (image?.[1] !== undefined) {
    const fromImage = pageNumberInName(image[1]);
    if (fromImage !== null) return fromImage;
  }
  // hOCR counts physical pages from 0.
  const ppageno = /\bppageno\s+(\d{1,4})/u.exec(hocrPage);
  return ppageno ? positive(String(Number(ppageno[1]) + 1)) : null;
}

function positive(digits: string | undefined): number | null {
  const n = Number(digits);
  return Number.isInteger(n) && n > 0 ? n : null;
}
