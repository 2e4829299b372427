import { expect, test } from '@playwright/test';
import { EN_SAMPLE, expectAppReady, panes } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
});

test('lists repairs in page order, filters them by kind, and rejects all of one kind as one step', async ({ page }) => {
  await page.getByRole('tab', { name: EN_SAMPLE }).click();
  const repairs = page.getByRole('list', { name: 'Repairs' });
  const lines = await repairs.locator('.repair-line').allTextContents();
  const numbers = lines.map((l) => Number(l.replace(/\D+/g, '')));
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));

  await page.getByLabel('Kind').selectOption('dehyphenate');
  const items = repairs.getByRole('listitem');
  const count = await items.count();
  expect(count).toBeGreaterThan(5);
  for (const text of await items.locator('.repair-kind').allTextContents()) expect(text).toBe('dehyphenate');

  const { reconstructed } = panes(page);
  await expect(reconstructed).toContainText('expressing');
  await page.getByRole('button', { name: 'Reject all dehyphenate' }).click();
  // The hyphens are back at the line breaks: `ex-` + `pressing` is no longer one word.
  await expect(reconstructed).toContainText('ex-pressing');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(reconstructed).not.toContainText('ex-pressing');
});

test('accepts a repair, marked until undone', async ({ page }) => {
  const item = page.getByRole('list', { name: 'Repairs' }).getByRole('listitem').first();
  const accept = item.getByRole('button', { name: 'Accept' });
  await accept.click();
  await expect(accept).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(accept).toHaveAttribute('aria-pressed', 'false');
});

test('shows the diff of the selected article: joins and removed hyphens at a glance', async ({ page }) => {
  await page.getByRole('tab', { name: EN_SAMPLE }).click();
  const { reconstructed } = panes(page);
  await reconstructed.locator('article p').first().click();
  await page.getByRole('button', { name: 'Show diff' }).click();
  const diff = page.getByRole('region', { name: 'Diff' });
  await expect(diff).toBeVisible();
  await expect(diff).toContainText('IS THERE A SANTA CLAUS?');
  // `ex-` / `pressing` on the page became `expressing`: the removed hyphen shows as a deletion.
  await expect(diff.locator('del', { hasText: 'ex-' })).toHaveCount(1);
  await expect(diff.locator('ins', { hasText: 'expressing' })).toHaveCount(1);
  await expect(diff).not.toContainText('Four score');
});

test('? opens the sheet of keyboard shortcuts', async ({ page }) => {
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Split the paragraph at the cursor');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('switching a repair step off in the settings rebuilds the page at once', async ({ page }) => {
  await page.getByRole('tab', { name: EN_SAMPLE }).click();
  const { reconstructed } = panes(page);
  await expect(reconstructed).toContainText('expressing');
  const paragraphs = await reconstructed.locator('article p').count();
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Join lines broken by the column; re-join hyphenated words').uncheck();
  // Without the step, line ends are no longer read: hyphens stay and paragraphs fall apart.
  await expect(reconstructed).not.toContainText('expressing');
  expect(await reconstructed.locator('article p').count()).toBeGreaterThan(paragraphs);
  await settings.getByLabel('Join lines broken by the column; re-join hyphenated words').check();
  await expect(reconstructed).toContainText('expressing');
});
