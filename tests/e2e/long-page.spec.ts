import { expect, test } from '@playwright/test';
import { expectAppReady, panes } from './helpers';
import { longPage } from '../fixtures/long-page.mjs';

test('a page of 300 articles opens, keeps only what is in view in the DOM, and still links both ways', async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
  await page.locator('#open-pages-input').setInputFiles([{ name: 'long-page.txt', mimeType: 'text/plain', buffer: Buffer.from(longPage()) }]);
  const { original, reconstructed } = panes(page);
  await expect(original).toContainText('long-page.txt');
  await expect(reconstructed.getByRole('heading', { name: /300 articles/ })).toBeVisible();
  // Thousands of lines and 300 articles, but only those in view (and a margin) are rendered.
  expect(await original.getByRole('listitem').count()).toBeLessThan(200);
  expect(await reconstructed.getByRole('article').count()).toBeLessThan(30);
  // Scrolled to the end, the last article is there; its paragraph lights up its source lines.
  const last = reconstructed.getByRole('article', { name: 'ARTICLE NUMBER 300 ON THE WORKS' });
  await reconstructed.hover();
  while (!(await last.isVisible())) await page.mouse.wheel(0, 20_000);
  await last.locator('p').last().click();
  await expect(original.locator('li[data-highlighted="true"]').first()).toBeInViewport();
  // And back: a line of the first article, clicked in Original, brings that article into view.
  await original.hover();
  while (!(await original.getByRole('listitem').filter({ hasText: 'ARTICLE NUMBER 1 ON THE WORKS' }).isVisible())) await page.mouse.wheel(0, -20_000);
  await original.getByRole('listitem').filter({ hasText: 'ARTICLE NUMBER 1 ON THE WORKS' }).click();
  await expect(reconstructed.getByRole('article', { name: 'ARTICLE NUMBER 1 ON THE WORKS' }).getByRole('heading')).toBeInViewport();
});

test('a page of over a thousand repairs lists only a window of them, and a repair far down is still chosen by click and by keyboard', async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
  await page.locator('#open-pages-input').setInputFiles([{ name: 'long-page.txt', mimeType: 'text/plain', buffer: Buffer.from(longPage()) }]);
  const { original, reconstructed } = panes(page);
  await expect(reconstructed.getByRole('heading', { name: /300 articles/ })).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Repairs panel' });
  const made = Number((await panel.getByRole('heading').textContent())?.match(/(\d+) made/)?.[1]);
  expect(made).toBeGreaterThan(1000);
  const repairs = panel.getByRole('list', { name: 'Repairs' });
  await expect(repairs.getByRole('listitem').first()).toBeVisible();
  expect(await repairs.getByRole('listitem').count()).toBeLessThan(60);
  const lit = repairs.locator('li[data-highlighted="true"]');

  // Keyboard: End goes to the last repair, Up to the one before; each is lit, focused and in view.
  await repairs.locator('.repair-summary').first().focus();
  await page.keyboard.press('End');
  await expect(lit).toHaveAttribute('data-index', String(made - 1));
  await expect(lit).toBeInViewport();
  await expect(lit.locator('.repair-summary')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(lit).toHaveAttribute('data-index', String(made - 2));
  await expect(lit.locator('.repair-summary')).toBeFocused();
  await expect(original.locator('li[data-highlighted="true"]').first()).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(lit).toHaveAttribute('data-index', '0');
  expect(await repairs.getByRole('listitem').count()).toBeLessThan(60);

  // Click: scrolled by the wheel to the end, the last repair is there to choose, and lights its lines.
  await panel.hover();
  const last = repairs.locator(`li[data-index="${made - 1}"]`);
  while (!(await last.isVisible())) await page.mouse.wheel(0, 20_000);
  await last.locator('.repair-summary').click();
  await expect(last).toHaveAttribute('data-highlighted', 'true');
  await expect(original.locator('li[data-highlighted="true"]').first()).toBeInViewport();
  expect(await repairs.getByRole('listitem').count()).toBeLessThan(60);

  // Rejected there, the page is rebuilt without it and its row, still in view, offers Restore.
  const id = await last.getAttribute('data-repair-id');
  await last.getByRole('button', { name: 'Reject' }).click();
  const rejected = repairs.locator(`li[data-repair-id="${id}"]`);
  await expect(rejected.getByRole('button', { name: 'Restore' })).toBeInViewport();
  await expect(panel.getByRole('heading')).toContainText('1 rejected');
});
