/** Helpers for the ALTO, PAGE XML and hOCR loader tests: fixtures, inline documents, summaries. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { textLines, type Page, type SourceLine } from '../../../shared/model/page';
import type { Result } from '../../../shared/model/result';

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
