import { describe, expect, it } from 'vitest';
import { ALTO_NAMESPACE, toAlto } from '../../../shared/export/alto';
import { exportReconstruction } from '../../../shared/export/index';
import { loadAlto } from '../../../shared/load/alto';
import { loadHocr } from '../../../shared/load/hocr';
import { loadPageXml } from '../../../shared/load/page-xml';
import { parseTextPage } from '../../../shared/load/text-page';
import { parseXml } from '../../../shared/load/xml-stream';
import { textLines, type Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { fixtureBytes, pageOf, utf8 } from '../load/layout-fixtures';

interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly parent: string | undefined;
}

/** Every element of `xml` with its attributes and parent; fails the test when it is not well-formed. */
function elementsOf(xml: string): Element[] {
  const elements: Element[] = [];
  const stack: string[] = [];
  const parsed = parseXml('export.xml', utf8(xml), {
    open(name, attributes) {
      elements.push({ name, attributes, parent: stack[stack.length - 1] });
      stack.push(name);
    },
    close() {
      stack.pop();
    },
  });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return elements;
}

/** The page's words as a reader of the ALTO would rebuild them: HypPart pairs re-joined from SUBS_CONTENT. */
function rejoinedWords(page: Page): string[] {
  const words: string[] = [];
  let skipFirst = false;
  for (const line of textLines(page)) {
    const lineWords = line.text.split(/\s+/u);
    if (skipFirst) lineWords.shift();
    skipFirst = false;
    const word = line.hyphenation?.kind === 'HypPart1' ? line.hyphenation.word : undefined;
    if (word !== undefined) {
      const last = lineWords.pop() ?? '';
      // The whole word, with the punctuation the second half carries; the mark goes unless
      // SUBS_CONTENT kept it (a compound broken at its own hyphen).
      const next = textLines(page)[textLines(page).indexOf(line) + 1]?.text.split(/\s+/u)[0] ?? '';
      const kept = last + next;
      words.push(...lineWords, kept.includes(word) ? kept : last.slice(0, -(line.hyphenation?.mark.length ?? 0) || undefined) + next);
      skipFirst = true;
      continue;
    }
    words.push(...lineWords);
  }
  return words.filter((word) => word !== '');
}

function pieceWords(rec: Reconstruction): string[] {
  const texts: string[] = [];
  for (const article of rec.articles) {
    for (const span of [article.kicker, article.headline, article.subheadline, article.byline, ...article.paragraphs, ...article.jumps]) {
      if (span !== null) texts.push(span.text);
    }
  }
  texts.push(...rec.other.map((block) => block.text));
  return texts.join(' ').split(/\s+/u).filter((word) => word !== '');
}

const luxzeit = pageOf(loadAlto('luxzeit.xml', fixtureBytes('alto', 'bnl-luxzeit-1858-12-07_01-00001-excerpt.xml')));
const luxzeitRec = reconstruct(luxzeit);
const luxzeitAlto = toAlto(luxzeitRec, luxzeit);
const reloaded = pageOf(loadAlto('luxzeit.cleaned.alto.xml', utf8(luxzeitAlto)));

describe('toAlto on a real ALTO page (BnL, Luxemburger Zeitung 1858)', () => {
  it('is well-formed ALTO 4 with the v4 namespace', () => {
    const elements = elementsOf(luxzeitAlto);
    expect(elements[0]?.name).toBe('alto');
    expect(elements[0]?.attributes['xmlns']).toBe(ALTO_NAMESPACE);
    expect(elements.map((e) => e.name)).toEqual(expect.arrayContaining(['Description', 'MeasurementUnit', 'Tags', 'ReadingOrder', 'Layout', 'Page', 'PrintSpace', 'TextBlock', 'TextLine', 'String']));
  });

  it('gives every element a unique ID, and every TAGREFS and ElementRef points at something that is there', () => {
    const elements = elementsOf(luxzeitAlto);
    const ids = elements.flatMap((e) => (e.attributes['ID'] === undefined ? [] : [e.attributes['ID']]));
    expect(new Set(ids).size).toBe(ids.length);
    const tagIds = new Set(elements.filter((e) => e.parent === 'Tags').map((e) => e.attributes['ID']));
    const blockIds = new Set(elements.filter((e) => e.name === 'TextBlock').map((e) => e.attributes['ID']));
    const tagRefs = elements.flatMap((e) => (e.attributes['TAGREFS'] ?? '').split(' ').filter((id) => id !== ''));
    expect(tagRefs.length).toBeGreaterThan(0);
    for (const ref of tagRefs) expect(tagIds).toContain(ref);
    const elementRefs = elements.filter((e) => e.name === 'ElementRef').map((e) => e.attributes['REF']);
    expect(new Set(elementRefs)).toEqual(blockIds);
    // Every id is an NCName, as xsd:ID requires.
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/u);
  });

  it('writes one StructureTag per article and tags each article block with it and its role', () => {
    const elements = elementsOf(luxzeitAlto);
    const articles = elements.filter((e) => e.name === 'StructureTag' && e.attributes['TYPE'] === 'article');
    expect(articles).toHaveLength(luxzeitRec.articles.length);
    const roles = new Set(elements.filter((e) => e.name === 'RoleTag').map((e) => e.attributes['LABEL']));
    expect(roles).toContain('paragraph');
    const roleOfTag = new Map(elements.filter((e) => e.name === 'RoleTag').map((e) => [e.attributes['ID'], e.attributes['LABEL']]));
    for (const block of elements.filter((e) => e.name === 'TextBlock')) {
      const [first] = (block.attributes['TAGREFS'] ?? '').split(' ');
      expect(roleOfTag.has(first)).toBe(true);
    }
  });

  it('names each paragraph with a StructureTag, on every block of it: one tag per paragraph of the reconstruction', () => {
    const elements = elementsOf(luxzeitAlto);
    const paragraphTags = new Map(elements.filter((e) => e.name === 'StructureTag' && e.attributes['TYPE'] === 'paragraph').map((e) => [e.attributes['ID'], e.attributes['LABEL']]));
    const paragraphIds = luxzeitRec.articles.flatMap((a) => a.paragraphs.map((p) => p.id));
    expect([...paragraphTags.values()].sort()).toEqual([...paragraphIds].sort());
    const named = elements.filter((e) => e.name === 'TextBlock').flatMap((block) => (block.attributes['TAGREFS'] ?? '').split(' ').filter((ref) => paragraphTags.has(ref)));
    expect(new Set(named).size).toBe(paragraphIds.length);
  });

  it('reloads with the same line coordinates, one line per source line', () => {
    const boxesOf = (page: Page): string[] => textLines(page).map((line) => JSON.stringify(line.box)).sort();
    expect(boxesOf(reloaded)).toEqual(boxesOf(luxzeit));
  });

  it('reloads to the corrected text: re-joining the marked words gives the reconstruction word for word', () => {
    expect(rejoinedWords(reloaded)).toEqual(pieceWords(luxzeitRec));
  });

  it('marks each word the engine re-joined as HypPart1/HypPart2 with the whole word, as the source did', () => {
    const dehyphenated = luxzeitRec.repairs.filter((repair) => repair.kind === 'dehyphenate');
    expect(dehyphenated.length).toBeGreaterThan(0);
    const marked = textLines(reloaded).filter((line) => line.hyphenation?.kind === 'HypPart1' && !(line.hyphenation.word ?? '').includes(line.hyphenation.mark));
    expect(marked.length).toBe(dehyphenated.length);
    for (const line of marked) {
      expect(line.hyphenation?.mark).not.toBe('');
      expect(line.text.endsWith(line.hyphenation?.mark ?? '')).toBe(true);
      const next = textLines(reloaded)[textLines(reloaded).indexOf(line) + 1];
      expect(next?.continuesWord).toBe(line.hyphenation?.word);
    }
    // The source's own SUBS_CONTENT words come back for the pairs the engine rejoined.
    const sourceWords = new Set(textLines(luxzeit).flatMap((line) => (line.hyphenation?.word === undefined ? [] : [line.hyphenation.word.replace(/[\p{P}\p{S}]+$/u, '')])));
    expect(marked.filter((line) => sourceWords.has(line.hyphenation?.word ?? '')).length).toBeGreaterThan(0);
  });

  it('keeps the reading order of the reconstruction', () => {
    const order = (page: Page): string[] => textLines(page).map((line) => JSON.stringify(line.box));
    const expected = pieceLineOrder(luxzeitRec, luxzeit);
    expect(order(reloaded)).toEqual(expected);
    expect(reloaded.layout?.readingOrder?.groups.length).toBe(luxzeitRec.articles.length);
  });

  it('is what exportReconstruction gives for `alto`, named .cleaned.alto.xml', () => {
    expect(exportReconstruction('alto', luxzeitRec, luxzeit)).toEqual({ content: luxzeitAlto, suggestedName: 'luxzeit.cleaned.alto.xml' });
  });
});

/** Line boxes in the order the reconstruction places the lines, each line once. */
function pieceLineOrder(rec: Reconstruction, page: Page): string[] {
  const byId = new Map(page.lines.map((line) => [line.id, line]));
  const spans = rec.articles.flatMap((article) => [article.kicker, article.headline, article.subheadline, article.byline, ...article.paragraphs, ...article.jumps]);
  const ids = [...spans, ...rec.other].flatMap((span) => span?.lineIds ?? []);
  return [...new Set(ids)].map((id) => JSON.stringify(byId.get(id)?.box));
}

describe.each([
  ['chronam-evening-star-0772-excerpt.xml', 'ALTO v2, PrimeOCR'],
  ['enp-bnf-lematin-18930402_02_1-0001-excerpt.xml', 'ALTO 1.4, no namespace'],
  ['kb-delpher-DDD_010100993_001-excerpt.xml', 'CCS ALTO'],
  ['kraken-missing_coords_ro.xml', 'ALTO 4.3, some lines without coordinates'],
])('toAlto round trip on %s (%s)', (file) => {
  const page = pageOf(loadAlto(file, fixtureBytes('alto', file)));
  const rec = reconstruct(page);
  const xml = toAlto(rec, page);
  const back = pageOf(loadAlto('out.xml', utf8(xml)));

  it('reloads with the same coordinates and the corrected words', () => {
    const boxesOf = (p: Page): string[] => textLines(p).map((line) => JSON.stringify(line.box ?? null)).sort();
    expect(boxesOf(back)).toEqual(boxesOf(page));
    expect(rejoinedWords(back)).toEqual(pieceWords(rec));
  });

  it('has TAGREFS and ElementRefs that all point at something', () => {
    const elements = elementsOf(xml);
    const ids = new Set(elements.flatMap((e) => (e.attributes['ID'] === undefined ? [] : [e.attributes['ID']])));
    for (const e of elements) {
      for (const ref of [...(e.attributes['TAGREFS'] ?? '').split(' '), ...(e.attributes['REF'] ?? '').split(' ')].filter((id) => id !== '')) expect(ids).toContain(ref);
    }
  });
});

describe.each([
  ['hOCR (Tesseract)', () => loadHocr('evening-star.hocr', fixtureBytes('hocr', 'tesseract-style-evening-star.hocr'))],
  ['PAGE XML (OCR-D, 2019)', () => loadPageXml('kant.xml', fixtureBytes('page-xml', 'ocrd-kant_aufklaerung_1784-0020-excerpt.xml'))],
])('toAlto from %s', (_, load) => {
  const page = pageOf(load());
  const rec = reconstruct(page);
  const back = pageOf(loadAlto('out.xml', utf8(toAlto(rec, page))));

  it('carries the line boxes and the corrected words into ALTO', () => {
    const boxesOf = (p: Page): string[] => textLines(p).map((line) => JSON.stringify(line.box ?? null)).sort();
    expect(boxesOf(back)).toEqual(boxesOf(page));
    expect(rejoinedWords(back)).toEqual(pieceWords(rec));
  });
});

describe('toAlto on a text page', () => {
  const page = parseTextPage('notes.txt', 'A self-\ngoverning town re-\nbuilt its pier & "quay" <north>\n', 'utf-8');
  const rec: Reconstruction = {
    pageId: page.id,
    script: 'latin',
    articles: [
      {
        id: 'A-L1',
        kicker: null,
        headline: null,
        subheadline: null,
        byline: null,
        paragraphs: [{ id: 'P-L1', text: 'A self-governing town rebuilt its pier & "quay" <north>', lineIds: ['L1', 'L2', 'L3'] }],
        jumps: [],
      },
    ],
    other: [],
    repairs: [],
    declined: [],
    failures: [],
  };
  const xml = toAlto(rec, page);
  const lines = textLines(pageOf(loadAlto('notes.xml', utf8(xml))));

  it('writes lines without coordinates rather than made-up ones', () => {
    expect(xml).not.toMatch(/HPOS=/u);
    expect(lines.every((line) => line.box === undefined)).toBe(true);
  });

  it('keeps a hyphen the engine kept in the content, and marks the one it removed', () => {
    expect(lines.map((line) => line.text)).toEqual(['A self-', 'governing town re-', 'built its pier & "quay" <north>']);
    // The compound is still one word across the break: a HypPart pair with no HYP.
    expect(xml).toMatch(/<String CONTENT="self-" SUBS_TYPE="HypPart1" SUBS_CONTENT="self-governing"\/>\s*<\/TextLine>/u);
    expect(lines[0]?.hyphenation).toEqual({ kind: 'HypPart1', word: 'self-governing', mark: '-' });
    expect(lines[1]?.hyphenation).toEqual({ kind: 'HypPart1', word: 'rebuilt', mark: '-' });
    expect(lines[2]?.continuesWord).toBe('rebuilt');
  });

  it('escapes markup characters', () => {
    expect(xml).toContain('CONTENT="&amp;"');
    expect(xml).toContain('CONTENT="&quot;quay&quot;"');
    expect(xml).toContain('CONTENT="&lt;north&gt;"');
  });

  it('replaces characters XML cannot hold instead of writing a broken file', () => {
    const broken = { ...rec, articles: [{ ...rec.articles[0]!, paragraphs: [{ id: 'P-L1', text: 'bad\u0001 byte \uD800 here', lineIds: ['L1'] }] }] };
    expect(() => elementsOf(toAlto(broken, page))).not.toThrow();
  });
});
