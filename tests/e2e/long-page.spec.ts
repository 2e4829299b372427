import { expect, test } from '@playwright/test';
import { expectAppReady, panes } from './helpers';
import { longPage } from '../fixtures/long-page.mjs';

test('a page of 300 articles opens, keeps only the lines in view in the DOM, and still links both ways', async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
  await page.locator('#open-pages-input').setInputFiles([{ name: 'long-page.txt', mimeType: 'text/plain', buffer: Buffer.from(longPage()) }]);
  const { original, reconstructed } = panes(page);
  await expect(original).toContainText('long-page.txt');
  await expect(reconstructed.getByRole('article')).toHaveCount(300);
  // Thousands of lines, but only those in view (and a margin) are rendered.
  expect(await original.getByRole('listitem').count()).toBeLessThan(200);
  // A paragraph near the end still lights up its source lines, scrolled into view.
  const last = reconstructed.getByRole('article', { name: 'ARTICLE NUMBER 300 ON THE WORKS' });
  await last.locator('p').last().click();
  await expect(original.locator('li[data-highlighted="true"]').first()).toBeInViewport();
});
