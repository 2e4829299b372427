// @vitest-environment node
/**
 * The one rule for which files in a folder are pages (`galley batch`, `galley reconstruct
 * --issue`): every name the loader opens as a page, and none of Galley's own files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../shared/load/load-page';
import { isPageToProcess } from '../../../shared/load/page-file-names';

const fixture = (...parts: string[]): Uint8Array => readFileSync(path.join(__dirname, '../../fixtures', ...parts));

describe('isPageToProcess', () => {
  it('takes every kind of page the loader opens, whatever the case of the extension', () => {
    const text = fixture('en', 'en-01-narrow-indent.txt');
    const alto = fixture('alto', 'enp-bnf-lematin-18930402_02_1-0001-excerpt.xml');
    const hocr = fixture('hocr', 'tesseract-style-evening-star.hocr');
    const pages: [string, Uint8Array][] = [
      ['p.txt', text], ['p.md', text], ['p.markdown', text], ['P.TXT', text],
      ['p.xml', alto], ['p.alto', alto], ['P.XML', alto],
      ['p.hocr', hocr], ['p.html', hocr], ['p.htm', hocr], ['p.xhtml', hocr],
    ];
    for (const [name, bytes] of pages) {
      expect(isPageToProcess(name), name).toBe(true);
      // Taken from a folder only if it really opens as a page.
      expect(loadPage(name, bytes).ok, name).toBe(true);
    }
  });

  it('leaves out hidden files, projects, images and Galley’s own exports', () => {
    const notPages = [
      '.p.txt', '.DS_Store', '.p.cleaned.json.tmp-12-3', 'p.galley.json', 'P.GALLEY.JSON',
      'p.cleaned.txt', 'p.cleaned.md', 'p.cleaned.json', 'p.cleaned.alto.xml', 'p.cleaned.page.xml', 'p.txt.cleaned.json', 'P.CLEANED.TXT',
      '1918-01-08.issue.md', 'x.issue.txt', 'x.issue.json',
      'p.tif', 'p.png', 'p.json', 'p.pdf', 'notes', 'p.txt.bak',
    ];
    for (const name of notPages) expect(isPageToProcess(name), name).toBe(false);
  });
});
