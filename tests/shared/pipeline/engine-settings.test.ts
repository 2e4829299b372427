import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTextPage } from '../../../shared/load/text-page';
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import { DEFAULT_ENGINE_SETTINGS, ENGINE_SETTING_SPECS, resolveEngineSettings, type EngineSettings } from '../../../shared/pipeline/engine-settings';
import { reconstruct } from '../../../shared/pipeline/reconstruct';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/dev');
const samples = path.resolve(import.meta.dirname, '../../../resources/samples');
const pages: Page[] = [
  ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => path.join(fixtures, f)),
  ...readdirSync(samples).filter((f) => /\.(txt|md)$/.test(f)).map((f) => path.join(samples, f)),
].map((file) => {
  const result = loadTextPage(path.basename(file), new Uint8Array(readFileSync(file)));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
});

const run = (page: Page, thresholds: Partial<EngineSettings>) => reconstruct(page, { settings: { disabledPasses: [], thresholds } });
const paragraphs = (r: Reconstruction) => r.articles.reduce((n, a) => n + a.paragraphs.length, 0);

/** The measure over every fixture page at a low, the default and a high value of one threshold. */
function measured(key: keyof EngineSettings, low: number, high: number, measure: (r: Reconstruction) => number) {
  return pages.map((page) => [low, DEFAULT_ENGINE_SETTINGS[key], high].map((value) => measure(run(page, { [key]: value }))));
}

describe('engine settings', () => {
  it('gives every threshold a default inside its range', () => {
    for (const spec of ENGINE_SETTING_SPECS) {
      const value = DEFAULT_ENGINE_SETTINGS[spec.key];
      expect(value).toBeGreaterThanOrEqual(spec.min);
      expect(value).toBeLessThanOrEqual(spec.max);
    }
  });

  it('fills in defaults and brings untrusted values into range', () => {
    expect(resolveEngineSettings(undefined)).toEqual(DEFAULT_ENGINE_SETTINGS);
    const resolved = resolveEngineSettings({ shortLineShare: 7, headlineMatch: 'x', unknown: 1 });
    expect(resolved.shortLineShare).toBe(ENGINE_SETTING_SPECS.find((s) => s.key === 'shortLineShare')?.max);
    expect(resolved.headlineMatch).toBe(DEFAULT_ENGINE_SETTINGS.headlineMatch);
    expect(resolved).not.toHaveProperty('unknown');
  });

  it('ends fewer paragraphs when a line must be shorter to end one', () => {
    const counts = measured('shortLineShare', 0.5, 0.98, paragraphs);
    for (const [low, normal, high] of counts) {
      expect(low).toBeLessThanOrEqual(normal as number);
      expect(normal).toBeLessThanOrEqual(high as number);
    }
    expect(counts.some(([low, , high]) => (low as number) < (high as number))).toBe(true);
  });

  it('gives back fewer headlines when a headline must match its article better', () => {
    // Heading lines given to an article: a line given whole is one repair, its halves two.
    const attached = (r: Reconstruction) => new Set(r.repairs.filter((x) => x.kind === 'attach-headline' || x.kind === 'split-headline').flatMap((x) => x.lineIds)).size;
    const counts = measured('headlineMatch', 0.05, 0.6, attached);
    for (const [low, normal, high] of counts) {
      expect(low).toBeGreaterThanOrEqual(normal as number);
      expect(normal).toBeGreaterThanOrEqual(high as number);
    }
    expect(counts.some(([low, , high]) => (low as number) > (high as number))).toBe(true);
  });

  it('moves fewer fragments across the page when a fragment further on must read on much better', () => {
    const moves = measured('moveFragmentMargin', 0, 1, (r) => r.repairs.filter((x) => x.kind === 'rejoin-fragment' && /goes on there/u.test(x.reason)).length);
    for (const [low, normal, high] of moves) {
      expect(low).toBeGreaterThanOrEqual(normal as number);
      expect(normal).toBeGreaterThanOrEqual(high as number);
    }
    expect(moves.some(([low, , high]) => (low as number) > (high as number))).toBe(true);
  });
});
