/**
 * A real page whose OCR misread a compound the page prints correctly elsewhere: the Evening
 * Star of 1870-03-15 prints `to-day` three times in the excerpt and `to-dav` once
 * (tests/fixtures/dehyph, source in its README). Moved to a line end, `to-` + `dav` keeps its
 * hyphen on the page's word; the real breaks of the excerpt are still re-joined.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicon, joinHyphenated } from '../../../shared/text/line-end-hyphen';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/dehyph/evening-star-1870-03-15-lines-371-384-840-846.txt');
const lines = readFileSync(FIXTURE, 'utf8').replace(/\n$/u, '').split('\n');

/** The decision at excerpt line `at` (1-based) on `page`, as `kind word`. */
function decisionAt(page: readonly string[], at: number): string | undefined {
  const result = joinHyphenated(page[at - 1] ?? '', page[at] ?? '', ['a', 'b'], buildLexicon(page));
  return result ? `${result.repair.kind} ${result.repair.after}` : undefined;
}

describe('Evening Star 1870 (English; `to-day` printed, `to-dav` misread)', () => {
  it('keeps `to-` + `dav` at a line end, naming the page’s `to-day` as the reading', () => {
    const at = lines.findIndex((l) => l.includes('to-dav.'));
    const [head = '', tail = ''] = (lines[at] ?? '').split(/(?<=to-)/u);
    const moved = [...lines.slice(0, at), head, tail, ...lines.slice(at + 1)];
    const result = joinHyphenated(head, tail, ['a', 'b'], buildLexicon(moved));
    expect(result?.repair.kind).toBe('keep-hyphen');
    expect(result?.text).toBe('passed through this city to-dav. on their wa\\');
    expect(result?.repair.reason).toContain('the page prints “to-day” 3×, one OCR misreading from “to-dav”');
  });

  it('still re-joins the real break of the excerpt, `nomi-` + `nated`, on a page that prints `to-day`', () => {
    expect(decisionAt(lines, 7)).toBe('dehyphenate nominated');
  });
});
