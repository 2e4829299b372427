import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../shared/load/load-page';
import type { Result } from '../../../shared/model/result';
import type { Page } from '../../../shared/model/page';
import { fixtureBytes, pageOf, utf8 } from './layout-fixtures';

const ALTO = `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page><PrintSpace>
<TextBlock ID="b"><TextLine ID="l"><String CONTENT="Galley"/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>`;

function failure(result: Result<Page>): { code: string; message: string } {
  if (result.ok) throw new Error(`expected a failure, got a ${result.value.format} page`);
  return result.error;
}

describe('loadPage: which loader', () => {
  it('sniffs by content: alto, PcGts and html roots, whatever the extension', () => {
    expect(pageOf(loadPage('p.xml', utf8(ALTO))).format).toBe('alto');
    expect(pageOf(loadPage('p.alto', utf8(ALTO))).format).toBe('alto');
    expect(pageOf(loadPage('scan-0001', utf8(ALTO))).format).toBe('alto');
    const pageXml = fixtureBytes('page-xml', 'ocrd-kant_aufklaerung_1784-0020-excerpt.xml');
    expect(pageOf(loadPage('0020.xml', pageXml)).format).toBe('page-xml');
    const hocr = fixtureBytes('hocr', 'tesseract-style-evening-star.hocr');
    expect(pageOf(loadPage('p.hocr', hocr)).format).toBe('hocr');
    expect(pageOf(loadPage('p.html', hocr)).format).toBe('hocr');
    expect(pageOf(loadPage('p.xml', hocr)).format).toBe('hocr');
  });

  it('reads .txt and .md as text pages even when they hold markup', () => {
    expect(pageOf(loadPage('p.txt', utf8(ALTO))).format).toBe('text');
    expect(pageOf(loadPage('p.md', utf8('# Headline\n\nBody'))).format).toBe('markdown');
    expect(pageOf(loadPage('p', utf8('<b>Bold</b> claims\nin a text file'))).format).toBe('text');
  });

  it('reads every real fixture with the right loader', () => {
    const real: [string, string, Page['format']][] = [
      ['alto', 'chronam-evening-star-0772-excerpt.xml', 'alto'],
      ['alto', 'bnl-luxzeit-1858-12-07_01-00001-excerpt.xml', 'alto'],
      ['alto', 'enp-bnf-lematin-18930402_02_1-0001-excerpt.xml', 'alto'],
      ['alto', 'kb-delpher-DDD_010100993_001-excerpt.xml', 'alto'],
      ['alto', 'kraken-missing_coords_ro.xml', 'alto'],
      ['page-xml', 'newseye-as-gt-18840315_1-0002-excerpt.xml', 'page-xml'],
      ['page-xml', 'reichsanzeiger-gt-1844_214_0615-excerpt.xml', 'page-xml'],
      ['hocr', 'tesseract-style-evening-star.hocr', 'hocr'],
      ['hocr', 'hocr-tools-tesseract-3.03-alice-excerpt.hocr', 'hocr'],
      ['hocr', 'hocr-tools-tesseract-4.0-lstm-choices-excerpt.hocr', 'hocr'],
      ['hocr', 'hocr-tools-tesseract-4.0-char-boxes-excerpt.hocr', 'hocr'],
    ];
    for (const [folder, name, format] of real) expect([name, pageOf(loadPage(name, fixtureBytes(folder, name))).format]).toEqual([name, format]);
  });

  it('gives a page id from the name and content: equal bytes equal ids, one changed letter another', () => {
    const a = pageOf(loadPage('p.xml', utf8(ALTO))).id;
    expect(pageOf(loadPage('p.xml', utf8(ALTO))).id).toBe(a);
    expect(pageOf(loadPage('p.xml', utf8(ALTO.replace('Galley', 'Gallex')))).id).not.toBe(a);
    expect(a.startsWith('p.xml#')).toBe(true);
  });
});

describe('loadPage: files it cannot read say so', () => {
  it('an XML file that is neither ALTO nor PAGE names its root element', () => {
    const mets = '<?xml version="1.0"?><mets:mets xmlns:mets="http://www.loc.gov/METS/"><mets:fileSec/></mets:mets>';
    const error = failure(loadPage('issue-METS.xml', utf8(mets)));
    expect(error.code).toBe('malformed');
    expect(error.message).toContain('“issue-METS.xml” is XML, but not an OCR page');
    expect(error.message).toContain('<mets:mets>');
  });

  it('a .xml holding plain text, or an image, is refused with what it is', () => {
    expect(failure(loadPage('notes.xml', utf8('just some notes\n')))).toMatchObject({ code: 'malformed', message: expect.stringContaining('“notes.xml” is named like an XML or HTML file but holds plain text') });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(failure(loadPage('scan.xml', png)).code).toBe('binary-file');
    expect(failure(loadPage('empty.xml', new Uint8Array())).code).toBe('empty-file');
  });

  it('an HTML page without hOCR is refused', () => {
    expect(failure(loadPage('index.html', utf8('<html><body><p>Hello</p></body></html>')))).toMatchObject({ code: 'malformed', message: expect.stringContaining('not hOCR') });
  });

  it('malformed XML: names the file, the line and what is wrong', () => {
    const broken = ALTO.replace('</TextLine>', '</TextBlock>');
    const error = failure(loadPage('broken.xml', utf8(broken)));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/^“broken\.xml” is not well-formed XML: .*unexpected close tag.* at line 3, column \d+/u);
    const cut = failure(loadPage('cut.xml', utf8(ALTO.slice(0, ALTO.indexOf('</PrintSpace>')))));
    expect(cut).toMatchObject({ code: 'malformed', message: expect.stringContaining('“cut.xml” is not well-formed XML') });
    const page = failure(loadPage('page.xml', utf8('<PcGts><Page><TextRegion id="r">&nbsp;</TextRegion></Page></PcGts>')));
    expect(page.message).toMatch(/“page\.xml” is not well-formed XML: undefined entity at line 1/u);
  });
});

describe('loadPage: hostile XML is refused at once, nothing expanded or fetched', () => {
  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE alto [',
    '  <!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
    ']>',
    '<alto><Layout><Page><PrintSpace><TextBlock><TextLine><String CONTENT="&lol9;"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>',
  ].join('\n');

  it('billion laughs: fails as malformed, naming the file and the DOCTYPE', () => {
    const error = failure(loadPage('laughs.xml', utf8(laughs)));
    expect(error.code).toBe('malformed');
    expect(error.message).toContain('“laughs.xml” declares its own entities in a DOCTYPE');
  });

  it('billion laughs inside a PAGE file and behind an unknown extension: the same', () => {
    const asPage = laughs.replace('<!DOCTYPE alto', '<!DOCTYPE PcGts').replace(/<alto>.*<\/alto>/u, '<PcGts><Page/></PcGts>');
    expect(failure(loadPage('laughs.page', utf8(asPage))).code).toBe('malformed');
  });

  it('an external entity (XXE) and a DOCTYPE naming an outside DTD fail', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${ALTO.replace('Galley', '&xxe;').replace(/^<\?xml[^>]*>/u, '')}`;
    expect(failure(loadPage('xxe.xml', utf8(xxe)))).toMatchObject({ code: 'malformed', message: expect.stringContaining('“xxe.xml”') });
    const system = ALTO.replace('<alto', '<!DOCTYPE alto SYSTEM "http://example.org/alto.dtd">\n<alto');
    expect(failure(loadPage('dtd.xml', utf8(system)))).toMatchObject({ code: 'malformed', message: expect.stringContaining('“dtd.xml” names an outside DTD') });
  });

  it('a bare DOCTYPE with neither is harmless and loads', () => {
    expect(pageOf(loadPage('bare.xml', utf8(ALTO.replace('<alto', '<!DOCTYPE alto>\n<alto')))).lines[0]?.text).toBe('Galley');
  });
});

describe('loadPage: encodings of XML files', () => {
  it('reads UTF-16 with a BOM, and the encoding an XML declaration names', () => {
    const utf16 = new Uint8Array(2 + ALTO.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < ALTO.length; i++) utf16[2 + i * 2] = ALTO.charCodeAt(i);
    const page16 = pageOf(loadPage('utf16.xml', utf16));
    expect([page16.encoding, page16.lines[0]?.text]).toEqual(['utf-16le', 'Galley']);

    const latin = ALTO.replace('UTF-8', 'ISO-8859-1').replace('Galley', 'Caf\u00e9');
    const bytes = Uint8Array.from(latin, (ch) => ch.charCodeAt(0));
    const pageLatin = pageOf(loadPage('latin.xml', bytes));
    expect(pageLatin.lines[0]?.text).toBe('Café');
    expect(pageLatin.encoding).toBe('iso-8859-1');
  });

  it('refuses bytes that are not valid in the declared encoding', () => {
    const bytes = utf8(ALTO.replace('Galley', 'Caf#'));
    bytes[bytes.indexOf('#'.charCodeAt(0))] = 0xe9;
    expect(failure(loadPage('bad.xml', bytes))).toMatchObject({ code: 'unknown-encoding', message: expect.stringContaining('“bad.xml” says it is UTF-8') });
  });
});
