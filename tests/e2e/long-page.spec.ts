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
