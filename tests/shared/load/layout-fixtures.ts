/** Helpers for the ALTO, PAGE XML and hOCR loader tests: fixtures, inline documents, summaries. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { textLines, type Page, type SourceLine } from '../../../shared/model/page';
import type { Result } from '../../../shared/model/result';
import { loadPageXml } from '../../../shared/load/page-xml';

export const fixtureDir = (folder: string): string => path.resolve(import.meta.dirname, '../../fixtures', folder);

export function fixtureBytes(folder: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(fixtureDir(folder), name)));
}

export function fixtureText(folder: string, name: string): string {
  return readFileSync(path.join(fixtureDir(folder), name), 'utf8');
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The page, or a test failure that shows the loader's message. */
export function pageOf(result: Result<Page>): Page {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/**
 * A PAGE 2019 page of typed regions (`type` as the file declares it); each region's lines
 * stacked down the page, 40 px apart, in one 900 px column, in body type.
 */
export function typedRegionsPage(regions: readonly { id: string; type?: string; lines: readonly string[] }[]): Page {
  let y = 0;
  const body = regions
    .map((r) => {
      const lines = r.lines.map((text, i) => {
        y += 40;
        const width = Math.min(900, 14 * text.length);
        return `<TextLine id="${r.id}_l${i}"><Coords points="50,${y} ${50 + width},${y} ${50 + width},${y + 30} 50,${y + 30}"/><TextEquiv><Unicode>${text}</Unicode></TextEquiv></TextLine>`;
      });
      y += 40;
      return `<TextRegion id="${r.id}"${r.type ? ` type="${r.type}"` : ''}><Coords points="50,0 950,0 950,10 50,10"/>${lines.join('')}</TextRegion>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
  <Metadata><Creator>test</Creator></Metadata>
  <Page imageFilename="p.png" imageWidth="1000" imageHeight="${y + 100}">
${body}
  </Page>
</PcGts>`;
  return pageOf(loadPageXml('test.xml', utf8(xml)));
}

/** Block ids in the order the page gives them, each once per run. */
export function blockOrder(page: Page): string[] {
  const ids: string[] = [];
  for (const line of page.lines) {
    const id = line.block?.id;
    if (id !== undefined && ids[ids.length - 1] !== id) ids.push(id);
  }
  return ids;
}

export function line(page: Page, id: string): SourceLine {
  const found = page.lines.find((l) => l.id === id);
  if (found === undefined) throw new Error(`no line ${id}`);
  return found;
}

/**
 * Checks the layout invariants every loader must keep: ids `L1…Ln` in order, exactly one
 * blank line between two blocks and none elsewhere, every text line in a block.
 */
export function layoutProblems(page: Page): string[] {
  const problems: string[] = [];
  page.lines.forEach((l, i) => {
    if (l.id !== `L${i + 1}` || l.number !== i + 1) problems.push(`${l.id} at ${i + 1}`);
    if (l.text === '') {
      const before = page.lines[i - 1]?.block?.id;
      const after = page.lines[i + 1]?.block?.id;
      if (before === undefined || after === undefined || before === after) problems.push(`blank ${l.id} not between two blocks`);
    } else {
      if (l.block === undefined) problems.push(`${l.id} has no block`);
      const next = page.lines[i + 1];
      if (next !== undefined && next.text !== '' && next.block?.id !== l.block?.id) problems.push(`no blank between ${l.id} and ${next.id}`);
    }
  });
  return problems;
}

/** Each HypPart1 line is followed by a line that continues the same word. */
export function unpairedHyphenations(page: Page): string[] {
  const lines = textLines(page);
  const problems: string[] = [];
  lines.forEach((l, i) => {
    if (l.hyphenation?.kind !== 'HypPart1') return;
    const next = lines[i + 1];
    if (next?.continuesWord !== l.hyphenation.word) problems.push(`${l.id} (${l.hyphenation.word ?? '?'}) → ${next?.id ?? 'end'} (${next?.continuesWord ?? 'none'})`);
  });
  return problems;
}

/** `raw` ends in the mark the file printed, or in the `-` Galley wrote when it printed none. */
export function markProblems(page: Page): string[] {
  return page.lines.flatMap((l) => {
    const mark = l.hyphenation?.mark;
    if (mark === undefined) return [];
    return l.raw.endsWith(mark === '' ? '-' : mark) ? [] : [`${l.id} ${JSON.stringify(l.raw)} does not end in ${JSON.stringify(mark)}`];
  });
}
