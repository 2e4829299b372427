// An issue of several pages in the browser, where the load and engine workers run: the pages
// open together, rebuilt and linked off the main thread, and the links work as on one page.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generatedIssue } from '../fixtures/issue/generated-issue.mjs';
import { expectAppReady, openFiles, panes, root } from './helpers';

const LEDGER = ['ledger-page-3.txt', 'ledger-page-1.txt', 'ledger-page-2.txt'].map((name) => path.join(root, 'tests/fixtures/issue', name));

const navigator = (page: Page) => page.getByRole('navigation', { name: 'Pages of the issue' });

test('the pages of an issue open together, in page order, with their jumps linked', async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
  await openFiles(page, LEDGER);
  // The browser build opens with its sample pages: the issue's own come after them, numbered.
  const tabs = navigator(page).getByRole('tab', { name: /ledger-page/u });
  await expect(tabs).toHaveText(['p. 1 ledger-page-1.txt', 'p. 2 ledger-page-2.txt', 'p. 3 ledger-page-3.txt']);

  await navigator(page).getByRole('tab', { name: /ledger-page-1/u }).click();
  const { reconstructed } = panes(page);
  await reconstructed.getByRole('button', { name: 'Continued on page 3 →' }).click();
  await expect(navigator(page).getByRole('tab', { selected: true })).toHaveText(/ledger-page-3/u);
  await reconstructed.getByRole('button', { name: '← Continued from page 1' }).click();
  await expect(navigator(page).getByRole('tab', { selected: true })).toHaveText(/ledger-page-1/u);

  // Rejecting a link unlinks the parts; undo links them again.
  const onward = reconstructed.getByRole('button', { name: /^Continued on page/u });
  await expect(onward).toHaveCount(2);
  await reconstructed.getByRole('button', { name: 'Not its continuation' }).first().click();
  await expect(onward).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(onward).toHaveCount(2);
});

test('forty pages come into the navigator and are linked while the first is read', async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
  const issue = generatedIssue(40);
  await page.locator('#open-pages-input').setInputFiles(issue.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })));
  const { reconstructed } = panes(page);
  await expect(navigator(page).getByRole('tab', { selected: true })).toHaveText(/issue_p001/u);
  await expect(navigator(page).getByRole('tab', { name: /issue_p0/u })).toHaveCount(40);
  // Page 1's two stories jump to pages 2 and 3.
  await expect(reconstructed.getByRole('button', { name: /^Continued on page/u })).toHaveText(['Continued on page 2 →', 'Continued on page 3 →'], { timeout: 15_000 });
  await reconstructed.getByRole('button', { name: 'Continued on page 3 →' }).click();
  await expect(navigator(page).getByRole('tab', { selected: true })).toHaveText(/issue_p003/u);
  await expect(reconstructed.getByRole('button', { name: '← Continued from page 1' })).toBeVisible();
});
