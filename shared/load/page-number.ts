/**
 * The page number a file carries: in its markup (ALTO `PRINTED_IMG_NR` / `PHYSICAL_IMG_NR`,
 * PAGE XML `pagination{value:2;}` or the image file name, hOCR `ppageno` or `image`), or in its
 * own name (`…_p004.xml`, `page-12.txt`, `0004.xml`, `1918-01-08_0004.xml`). The loaders keep
 * the markup's number on the Page (`pageNumber`); an issue orders its pages by it.
 *
 * When it is wrong: a name whose last number is not the page (`report-2023.txt`) is read as
 * page 2023; the issue then falls back to name order when numbers clash (see `orderPages`).
 */

/** A page number read from a file name; null when the name carries none. */
export function pageNumberInName(name: string): number | null {
  const file = name.split(/[\\/]/u).pop() ?? '';
  const base = file.replace(/\.[^.]*$/u, '');
  // An explicit page marker wins: `_p004`, `-page-12`, `pg3`, `seite_2`, `blz4`.
  const marked = [...base.matchAll(/(?:^|[^\p{L}])(?:p|pg|page|seite|pagina|blz)[-_ .]?(\d{1,4})(?!\d)/giu)].pop();
  if (marked) return positive(marked[1]);
  // A name that is only a number (`0004`), or ends in one after a separator (`issue_0004`, `x-0002`).
  const trailing = /(?:^|[-_ .])(\d{1,4})$/u.exec(base);
  return trailing ? positive(trailing[1]) : null;
}

/** ALTO `<Page>`: the printed number, else the physical image number. */
export function altoPageNumber(attributes: Readonly<Record<string, string | undefined>>): number | null {
  return positive(attributes['PRINTED_IMG_NR']?.trim()) ?? positive(attributes['PHYSICAL_IMG_NR']?.trim());
}

/** PAGE XML `<Page>`: `custom="pagination{value:5;}"`, else a number in the image's file name. */
export function pageXmlPageNumber(attributes: Readonly<Record<string, string | undefined>>): number | null {
  const pagination = /pagination\s*\{\s*value\s*:\s*(\d{1,4})/u.exec(attributes['custom'] ?? '');
  if (pagination) return positive(pagination[1]);
  const image = attributes['imageFilename'];
  return image === undefined ? null : pageNumberInName(image);
}

/** hOCR `ocr_page` title properties: a number in the image's name, else `ppageno` (counted from 0). */
export function hocrPageNumber(properties: ReadonlyMap<string, readonly string[]>): number | null {
  const image = properties.get('image')?.join(' ').replace(/^"|"$/gu, '');
  const fromImage = image === undefined || image === '' ? null : pageNumberInName(image);
  if (fromImage !== null) return fromImage;
  const ppageno = properties.get('ppageno')?.[0];
  return ppageno !== undefined && /^\d{1,4}$/u.test(ppageno) ? positive(String(Number(ppageno) + 1)) : null;
}

function positive(digits: string | undefined): number | null {
  if (digits === undefined || !/^\d{1,4}$/u.test(digits)) return null;
  const n = Number(digits);
  return n > 0 ? n : null;
}
