import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Download, type Page } from '@playwright/test';

export const root = path.resolve(import.meta.dirname, '../..');
export const samplesDir = path.join(root, 'resources/samples');
export const fixturesDir = path.join(root, 'tests/fixtures/e2e');

export const ZH_SAMPLE = '000_b9d590ed33f85a10.txt';
export const EN_SAMPLE = 'en-evening-gazette.txt';

/** The ground truth shipped beside a sample (GT-SPEC shape). */
export interface GroundTruth {
  articles: Array<{ headline: string | null; paragraphs: string[] }>;
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Opens files through the file input, as the browser host's Open does. */
export async function openFiles(page: Page, files: string[]): Promise<void> {
  await page.locator('#open-pages-input').setInputFiles(files);
}

export async function readDownload(download: Download): Promise<string> {
  const file = await download.path();
  return readFileSync(file, 'utf8');
}

export function panes(page: Page) {
  return {
    original: page.getByRole('region', { name: 'Original' }),
    reconstructed: page.getByRole('region', { name: 'Reconstructed' }),
  };
}

export async function expectAppReady(page: Page): Promise<void> {
  const { original, reconstructed } = panes(page);
  await expect(original).toBeVisible();
  await expect(reconstructed).toBeVisible();
  await expect(original.getByRole('listitem').first()).toBeVisible();
}
