import { expect, test } from '@playwright/test';
import { EN_SAMPLE, expectAppReady, panes, readDownload } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
  await page.getByRole('tab', { name: EN_SAMPLE }).click();
});

test('edits a paragraph in place; Escape keeps the text; undo and redo step through it', async ({ page }) => {
  const { reconstructed } = panes(page);
  const paragraph = reconstructed.locator('article p').first();
  const before = (await paragraph.textContent()) ?? '';
  await paragraph.dblclick();
  await page.keyboard.press('End');
  await page.keyboard.type(' (edited)');
  await page.keyboard.press('Escape');
  await expect(reconstructed.locator('article p').first()).toHaveText(`${before} (edited)`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(reconstructed.locator('article p').first()).toHaveText(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(reconstructed.locator('article p').first()).toHaveText(`${before} (edited)`);
});

test('splits a paragraph at the cursor and merges it back from the keyboard', async ({ page }) => {
  const { reconstructed } = panes(page);
  const article = reconstructed.getByRole('article').first();
  const count = await article.locator('p').count();
  const paragraph = article.locator('p').first();
  const text = (await paragraph.textContent()) ?? '';
  await paragraph.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Home');
  // Put the caret after the first sentence's first word.
  const firstWord = text.split(' ')[0] ?? '';
  for (let i = 0; i < firstWord.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+Enter');
  await expect(article.locator('p')).toHaveCount(count + 1);
  await expect(article.locator('p').first()).toHaveText(firstWord);
  await article.locator('p').first().focus();
  await page.keyboard.press('Control+j');
  await expect(article.locator('p')).toHaveCount(count);
  await expect(article.locator('p').first()).toHaveText(text);
});

test('moves a paragraph down in its article and to the next article with keys', async ({ page }) => {
  const { reconstructed } = panes(page);
  const first = reconstructed.getByRole('article').first();
  const second = reconstructed.getByRole('article').nth(1);
  const a = (await first.locator('p').nth(0).textContent()) ?? '';
  const b = (await first.locator('p').nth(1).textContent()) ?? '';
  await first.locator('p').nth(0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(first.locator('p').nth(0)).toHaveText(b);
  await expect(first.locator('p').nth(1)).toHaveText(a);
  const secondCount = await second.locator('p').count();
  await first.locator('p').nth(1).focus();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(second.locator('p')).toHaveCount(secondCount + 1);
  await expect(second.locator('p').first()).toHaveText(a);
});

test('makes a paragraph the headline, sets one aside as a caption, merges articles; each undoable', async ({ page }) => {
  const { reconstructed } = panes(page);
  const actions = page.getByRole('toolbar', { name: 'Selected text' });
  const second = reconstructed.getByRole('article').nth(1);
  const secondName = (await second.getByRole('heading').first().textContent()) ?? '';
  const lead = (await second.locator('p').first().textContent()) ?? '';

  await second.locator('p').first().click();
  await actions.getByRole('button', { name: 'Headline' }).click();
  await expect(reconstructed.getByRole('article', { name: lead })).toBeVisible();
  // The old headline is not lost: it went back into the body.
  await expect(reconstructed.getByRole('article', { name: lead }).locator('p').first()).toHaveText(secondName);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(reconstructed.getByRole('article', { name: secondName })).toBeVisible();

  await second.locator('p').first().click();
  await actions.getByRole('button', { name: 'Caption' }).click();
  await expect(reconstructed.getByRole('region', { name: 'Not in an article' })).toContainText(lead);
  await page.getByRole('button', { name: 'Undo' }).click();

  const articles = await reconstructed.getByRole('article').count();
  await second.locator('p').first().click();
  await actions.getByRole('button', { name: 'Merge article into the one above' }).click();
  await expect(reconstructed.getByRole('article')).toHaveCount(articles - 1);
});

test('exports without the parts the editor leaves out', async ({ page }) => {
  const headline = (await panes(page).reconstructed.getByRole('article').first().getByRole('heading').first().textContent()) ?? '';
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Headlines, kickers and decks').uncheck();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Plain text (.txt)' }).click();
  const text = await readDownload(await downloading);
  expect(text).not.toContain(headline);
  expect(text.length).toBeGreaterThan(1000);
});

test('drags a paragraph by its handle to another place; undo puts it back', async ({ page }) => {
  const { reconstructed } = panes(page);
  const article = reconstructed.getByRole('article').first();
  const paragraphs = article.locator('p');
  const moving = (await paragraphs.nth(0).textContent()) ?? '';
  const second = (await paragraphs.nth(1).textContent()) ?? '';
  await paragraphs.nth(0).hover();
  const handle = article.locator('.paragraph-row').first().getByRole('button', { name: 'Drag to move this paragraph (or Alt+arrows)' });
  const from = await handle.boundingBox();
  const to = await paragraphs.nth(2).boundingBox();
  if (!from || !to) throw new Error('nothing to drag');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 3, { steps: 20 });
  await page.mouse.up();
  // Dropped on the third paragraph: it now stands just before it, after the old second.
  await expect(paragraphs.nth(0)).toHaveText(second);
  await expect(paragraphs.nth(1)).toHaveText(moving);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(paragraphs.nth(0)).toHaveText(moving);
});
