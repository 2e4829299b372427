import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textLines } from '../../../shared/model/page';
import { placedLineIds } from '../../../shared/model/reconstruction';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { readPageLines } from '../../../shared/passes/read-page-lines';
import { loadTextPage } from '../../../shared/load/text-page';
import type { Pass } from '../../../shared/pipeline/draft';
import { pageOf } from '../page-of';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/dev');
const samples = path.resolve(import.meta.dirname, '../../../resources/samples');
const pages = [
  ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => path.join(fixtures, f)),
  ...readdirSync(samples).filter((f) => /\.(txt|md)$/.test(f)).map((f) => path.join(samples, f)),
];

function load(file: string) {
  const result = loadTextPage(path.basename(file), new Uint8Array(readFileSync(file)));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('reconstruct', () => {
  it('has fixture pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of pages) {
    it(`places every text line of ${path.basename(file)} exactly once, or in each part of a split`, () => {
      const page = load(file);
      const result = reconstruct(page);
      const placed = placedLineIds(result);
      expect([...new Set(placed)].sort()).toEqual(textLines(page).map((l) => l.id).sort());
      // A line may stand in two places only where a repair split it (a merged headline, an inline jump).
      const split = new Set(result.repairs.filter((r) => r.kind === 'split-headline' || r.kind === 'split-jump').flatMap((r) => r.lineIds));
      const twice = placed.filter((id, i) => placed.indexOf(id) !== i);
      expect(twice.filter((id) => !split.has(id))).toEqual([]);
      // Nothing is lost: every printed character of the page is in the result.
      const squash = (t: string) => t.replace(/[\s-]/gu, '');
      const texts = [...result.articles.flatMap((a) => [a.kicker, a.headline, a.subheadline, a.byline, ...a.paragraphs, ...a.jumps]), ...result.other].map((x) => x?.text ?? '');
      expect(squash(texts.join('')).length).toBeGreaterThanOrEqual(squash(textLines(page).map((l) => l.text).join('')).length - result.repairs.filter((r) => r.kind === 'dehyphenate').length);
    });

    it(`gives identical repair ids on two runs of ${path.basename(file)}`, () => {
      const page = load(file);
      const ids = (r: ReturnType<typeof reconstruct>) => r.repairs.map((x) => x.id);
      const first = ids(reconstruct(page));
      expect(first.length).toBeGreaterThan(0);
      expect(ids(reconstruct(page))).toEqual(first);
      expect(new Set(first).size).toBe(first.length);
    });
  }

  it('rejecting a join leaves its lines apart and drops the repairs built on it', () => {
    const page = pageOf('Harbour Works\n\nThe works be-\ngan yesterday at the pier\nwhen the stone was laid.\n');
    const before = reconstruct(page);
    const join = before.repairs.find((r) => r.kind === 'join-lines');
    const hyphen = before.repairs.find((r) => r.kind === 'dehyphenate');
    expect(join && hyphen?.dependsOn).toContain(join?.id);
    expect(before.articles[0]?.paragraphs.map((p) => p.text)).toEqual(['The works began yesterday at the pier when the stone was laid.']);

    const after = reconstruct(page, { rejected: new Set([join?.id ?? '']) });
    expect(after.articles[0]?.paragraphs.map((p) => p.text)).toEqual(['The works be-', 'gan yesterday at the pier', 'when the stone was laid.']);
    expect(after.repairs.map((r) => r.id)).not.toContain(hyphen?.id);
    expect(after.declined.map((r) => r.id)).toEqual([join?.id]);
  });

  it('keeps going when a pass throws, and says which one failed', () => {
    const broken: Pass = { name: 'brokenPass', run: () => { throw new Error('boom'); } };
    const page = pageOf('Headline\n\nBody line one\nbody line two.\n');
    const result = reconstruct(page, { passes: [readPageLines, broken] });
    expect(result.failures).toEqual([{ pass: 'brokenPass', message: 'boom' }]);
    expect(placedLineIds(result).sort()).toEqual(textLines(page).map((l) => l.id).sort());
  });

  it('places every line even when the pass that finds blocks fails', () => {
    const broken: Pass = { name: 'readPageLines', run: () => { throw new Error('boom'); } };
    const page = pageOf('Headline\n\nBody line one\nbody line two.\n');
    const result = reconstruct(page, { passes: [broken] });
    expect(placedLineIds(result).sort()).toEqual(textLines(page).map((l) => l.id).sort());
  });
});
