import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { expect, test, type Page } from '@playwright/test';
import { EN_SAMPLE, expectAppReady, openFiles, panes, readDownload } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
  await page.getByRole('tab', { name: EN_SAMPLE }).click();
});

async function editFirstParagraph(page: Page, suffix: string): Promise<string> {
  const paragraph = panes(page).reconstructed.locator('article p').first();
  const before = (await paragraph.textContent()) ?? '';
  await paragraph.dblclick();
  await page.keyboard.press('End');
  await page.keyboard.type(suffix);
  await page.keyboard.press('Escape');
  await expect(panes(page).reconstructed.locator('article p').first()).toHaveText(`${before}${suffix}`);
  return `${before}${suffix}`;
}

test('saves the project, and opening it after a reload brings the edits and rejections back', async ({ page }) => {
  const edited = await editFirstParagraph(page, ' (checked)');
  const repairs = page.getByRole('list', { name: 'Repairs' });
  await repairs.getByRole('listitem').filter({ hasText: 'dehyphenate' }).first().getByRole('button', { name: 'Reject' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.galley\.json$/);
  const file = path.join(tmpdir(), `galley-e2e-${Date.now()}.galley.json`);
  writeFileSync(file, await readDownload(download));

  await page.reload();
  await expectAppReady(page);
  await openFiles(page, [file]);
  await page.getByRole('tab', { name: EN_SAMPLE }).click();
  await expect(panes(page).reconstructed.locator('article p').first()).toHaveText(edited);
  await expect(repairs.getByRole('button', { name: 'Restore' })).toHaveCount(1);
});

test('a damaged project file gets a message, and what was open stays open', async ({ page }) => {
  const file = path.join(tmpdir(), `damaged-${Date.now()}.galley.json`);
  writeFileSync(file, '{"format": "galley-project", "version": 99, "pages": []}');
  await openFiles(page, [file]);
  await expect(page.getByRole('alert').filter({ hasText: 'newer Galley' })).toBeVisible();
  await expect(panes(page).original).toContainText(EN_SAMPLE);
});

test('after the page is killed mid-edit, the next start offers the unsaved work back', async ({ page }) => {
  const edited = await editFirstParagraph(page, ' (before the crash)');
  // Autosave runs every few seconds; wait for one, then start another edit and kill the
  // renderer process while the editor is typing: no unload handler, no last save.
  await page.waitForTimeout(3600);
  const second = panes(page).reconstructed.locator('article p').nth(1);
  await second.dblclick();
  await page.keyboard.type(' (typing when it died)');
  const crashed = page.waitForEvent('crash');
  const cdp = await page.context().newCDPSession(page);
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const fresh = await page.context().newPage();
  await fresh.goto('/');
  await expectAppReady(fresh);
  const offer = fresh.getByRole('region', { name: 'Unsaved work' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Restore' }).click();
  await fresh.getByRole('tab', { name: EN_SAMPLE }).click();
  await expect(panes(fresh).reconstructed.locator('article p').first()).toHaveText(edited);
});
