/**
 * The one entry point for a picked file: decides its format and calls the loader for it.
 *
 * - `.txt`, `.md`, `.markdown`: a text page, whatever it holds (a text page may well start
 *   with `<`).
 * - everything else is sniffed by content: root element `alto` → ALTO, `PcGts` → PAGE XML,
 *   `html` → hOCR (the hOCR loader refuses an HTML page without `ocr_page`).
 * - `.xml`, `.alto`, `.hocr`, `.html`, `.htm`, `.xhtml` that hold none of those get a message
 *   that says what the file is and what to open instead; a file with another or no extension
 *   that is not one of the layout formats is read as a text page.
 */
import type { Page } from '../model/page';
import type { Result } from '../model/result';
import { loadFailure } from './load-messages';
import { loadAlto } from './alto';
import { loadHocr } from './hocr';
import { MAX_LAYOUT_PAGE_BYTES } from './markup-decode';
import { loadPageXml } from './page-xml';
import { sniffFormat } from './sniff-format';
import { loadTextPage } from './text-page';

const TEXT_EXTENSIONS = new Set(['txt', 'md', 'markdown']);
const MARKUP_EXTENSIONS = new Set(['xml', 'alto', 'hocr', 'html', 'htm', 'xhtml']);
const HTML_EXTENSIONS = new Set(['hocr', 'html', 'htm', 'xhtml']);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Loads a picked file as a page, whatever its format. Errors are the loaders' own
 * (`empty-file`, `binary-file`, `unknown-encoding`, `malformed`, `too-large`), each with a
 * message that names the file and says what to do.
 */
export function loadPage(name: string, bytes: Uint8Array): Result<Page> {
  const extension = extensionOf(name);
  if (TEXT_EXTENSIONS.has(extension) || bytes.length === 0) return loadTextPage(name, bytes);

  const sniffed = sniffFormat(bytes);
  if (sniffed.kind !== 'not-markup' && bytes.length > MAX_LAYOUT_PAGE_BYTES) {
    return loadFailure('too-large', 'loadError.tooLarge', { name, mb: Math.round(MAX_LAYOUT_PAGE_BYTES / (1024 * 1024)) });
  }
  switch (sniffed.kind) {
    case 'alto':
      return loadAlto(name, bytes);
    case 'page-xml':
      return loadPageXml(name, bytes);
    case 'hocr':
      return loadHocr(name, bytes);
    case 'other-markup':
      if (HTML_EXTENSIONS.has(extension)) return loadHocr(name, bytes);
      if (MARKUP_EXTENSIONS.has(extension)) {
        return loadFailure('malformed', 'loadError.xmlNotPage', { name, root: sniffed.root });
      }
      return loadTextPage(name, bytes);
    case 'not-markup': {
      if (!MARKUP_EXTENSIONS.has(extension)) return loadTextPage(name, bytes);
      // Say what the file really is (an image, empty, binary) when the text loader can tell.
      const asText = loadTextPage(name, bytes);
      if (!asText.ok) return asText;
      return loadFailure('malformed', 'loadError.textNamedMarkup', { name });
    }
  }
}
