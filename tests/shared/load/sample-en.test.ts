/**
 * The English sample page and its ground truth are made by scripts/make-sample-en.mjs; these
 * checks catch a hand edit or a script change that breaks their agreement.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTextPage } from '../../../shared/load/text-page';

const samples = path.resolve(import.meta.dirname, '../../../resources/samples');
const text = readFileSync(path.join(samples, 'en-evening-gazette.txt'), 'utf8');
const truth = JSON.parse(readFileSync(path.join(samples, 'en-evening-gazette.gt.json'), 'utf8')) as {
  source: string;
  script: string;
  articles: { kicker: string | null; headline: string | null; subheadline: string | null; byline: string | null; paragraphs: string[]; jumps: string[] }[];
  other: { kind: string; text: string }[];
};

function countChars(s: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of s) if (!/\s/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

const truthText = [
  ...truth.articles.flatMap((a) => [a.kicker, a.headline, a.subheadline, a.byline, ...a.paragraphs, ...a.jumps]),
  ...truth.other.map((o) => o.text),
].filter((s): s is string => s !== null);

describe('English sample page', () => {
  const lines = text.replace(/\n$/u, '').split('\n');

  it('loads as a Latin-script plain-text page', () => {
    const result = loadTextPage('en-evening-gazette.txt', new Uint8Array(Buffer.from(text)));
    expect(result.ok && [result.value.script, result.value.format, result.value.encoding]).toEqual(['latin', 'text', 'utf-8']);
    expect(truth.source).toBe('en-evening-gazette.txt');
    expect(truth.script).toBe('latin');
  });

  it('is set in narrow columns with many line-end hyphens', () => {
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(34);
    expect(lines.filter((l) => l.endsWith('-')).length).toBeGreaterThanOrEqual(20);
  });

  it('keeps at least two real compounds broken at their own hyphen', () => {
    const kept = lines.flatMap((line, i) => {
      const last = line.trim().split(' ').pop() ?? '';
      const next = lines[i + 1]?.trim().split(' ')[0] ?? '';
      return line.endsWith('-') && truthText.some((t) => t.includes(last + next)) ? [last + next] : [];
    });
    expect(kept.length).toBeGreaterThanOrEqual(2);
  });

  it('has ground truth with every printed character, line-end hyphens of split words aside', () => {
    const page = countChars(text);
    const gt = countChars(truthText.join(' '));
    const missing: string[] = [];
    for (const [ch, n] of page) if ((gt.get(ch) ?? 0) !== n) missing.push(`${ch}: ${n} on the page, ${gt.get(ch) ?? 0} in the truth`);
    for (const [ch, n] of gt) if (!page.has(ch)) missing.push(`${ch}: 0 on the page, ${n} in the truth`);
    const splitWords = lines.filter((line, i) => {
      const last = line.trim().split(' ').pop() ?? '';
      const next = lines[i + 1]?.trim().split(' ')[0] ?? '';
      return line.endsWith('-') && !truthText.some((t) => t.includes(last + next));
    }).length;
    expect(missing).toEqual([`-: ${(gt.get('-') ?? 0) + splitWords} on the page, ${gt.get('-') ?? 0} in the truth`]);
  });
});
