// One editor's full session on a short page, driven as a user drives it (roles, names, keys):
// review and reject a repair, fix a headline, split and merge, move a paragraph to the other
// article, undo and redo several steps, save, reload, open the project again, export, and
// compare the export with a text written by hand (tests/fixtures/e2e/session-page.expected.txt).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectAppReady, fixturesDir, openFiles, panes, readDownload } from './helpers';

const PAGE = 'session-page.txt';

/** The article headed `name`, and its body paragraphs. */
function article(page: Page, name: string | RegExp): { article: Locator; paragraphs: Locator } {
  const found = panes(page).reconstructed.getByRole('article', { name });
  return { article: found, paragraphs: found.locator('p') };
}

test('an editor reviews, fixes, saves, reopens and exports a page', async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
  await openFiles(page, [path.join(fixturesDir, PAGE)]);
  await expect(page.getByRole('tab', { name: PAGE })).toHaveAttribute('aria-selected', 'true');
  const { reconstructed } = panes(page);
  const bridge = article(page, /OPENS AT DAWN/);
  const storm = article(page, 'STORM CLOSES THE FERRY');

  // Review: the engine made `sea-` + `wall` one word; the paper spells it with a hyphen.
  const repairs = page.getByRole('list', { name: 'Repairs' });
  const seawall = repairs.getByRole('listitem').filter({ hasText: '“sea-” + “wall”' });
  await seawall.getByRole('button').first().click();
  await page.getByRole('button', { name: 'Show diff' }).click();
  await expect(page.getByRole('region', { name: 'Diff' })).toContainText('seawall');
  await seawall.getByRole('button', { name: 'Reject' }).click();
  await expect(seawall.getByRole('button', { name: 'Restore' })).toBeVisible();
  await expect(bridge.paragraphs.first()).toContainText('on the sea-wall and');

  // Fix the headline's OCR slip, in place: double-click, retype, Escape keeps the text.
  const headline = reconstructed.getByRole('heading', { name: 'NEW BR1DGE OPENS AT DAWN' });
  await headline.dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('NEW BRIDGE OPENS AT DAWN');
  await page.keyboard.press('Escape');
  await expect(reconstructed.getByRole('heading', { name: 'NEW BRIDGE OPENS AT DAWN' })).toBeVisible();

  // Split the run-together paragraph after its first sentence (Enter edits, Ctrl+Enter splits).
  const firstSentence = 'The mayor thanked the masons and the ferrymen.';
  await bridge.paragraphs.filter({ hasText: firstSentence }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < firstSentence.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+Enter');
  await expect(bridge.paragraphs.nth(1)).toHaveText(firstSentence);
  await expect(bridge.paragraphs.nth(2)).toHaveText('A band played on the quay until noon.');

  // Merge the paragraph the page cut in two (Ctrl+J joins it with the next).
  await storm.paragraphs.first().focus();
  await page.keyboard.press('Control+j');
  await expect(storm.paragraphs).toHaveCount(2);
  await expect(storm.paragraphs.first()).toHaveText('High winds kept the ferry in its berth for a second day and the harbour master warned small boats to stay in port.');

  // The ferry paragraph belongs to the storm story: to the next article, then to its end.
  const ferry = 'The ferry will sail again when the wind drops, the harbour master said.';
  await bridge.paragraphs.filter({ hasText: ferry }).focus();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(storm.paragraphs.first()).toHaveText(ferry);
  await storm.paragraphs.first().focus();
  await page.keyboard.press('Alt+ArrowDown');
  await storm.paragraphs.nth(1).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(storm.paragraphs).toHaveText([/^High winds/, /^Fishermen/, ferry]);
  await expect(bridge.paragraphs).toHaveCount(3);

  // Undo five steps (three moves, the merge, the split): the headline fix stays.
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  for (let i = 0; i < 5; i++) await undo.click();
  await expect(bridge.paragraphs).toHaveText([/^The new bridge/, 'The mayor thanked the masons and the ferrymen. A band played on the quay until noon.', ferry]);
  await expect(storm.paragraphs).toHaveCount(3);
  await expect(reconstructed.getByRole('heading', { name: 'NEW BRIDGE OPENS AT DAWN' })).toBeVisible();
  // …and redo them, from the keyboard this time.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+Shift+Z');
  await expect(storm.paragraphs).toHaveText([/^High winds/, /^Fishermen/, ferry]);
  await expect(bridge.paragraphs).toHaveText([/^The new bridge/, firstSentence, 'A band played on the quay until noon.']);
  await expect(redo).toBeDisabled();

  // Save the project, reload the app (nothing left unsaved), open the project again.
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  const project = path.join(tmpdir(), `galley-session-${Date.now()}.galley.json`);
  writeFileSync(project, await readDownload(await saving));
  await page.reload();
  await expectAppReady(page);
  await expect(page.getByRole('region', { name: 'Unsaved work' })).toHaveCount(0);
  await openFiles(page, [project]);
  await expect(page.getByRole('tab', { name: PAGE })).toHaveAttribute('aria-selected', 'true');
  await expect(storm.paragraphs).toHaveText([/^High winds/, /^Fishermen/, ferry]);
  await expect(repairs.getByRole('listitem').filter({ hasText: '“sea-” + “wall”' }).getByRole('button', { name: 'Restore' })).toBeVisible();

  // Export the page as plain text and compare with the text written by hand.
  await page.getByRole('button', { name: 'Export' }).click();
  const exporting = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Plain text (.txt)' }).click();
  const exported = await readDownload(await exporting);
  const expected = readFileSync(path.join(fixturesDir, 'session-page.expected.txt'), 'utf8');
  expect(exported).toBe(expected);

  // One file per article: the same text, cut at the article breaks, in a .zip in the browser.
  await page.getByRole('button', { name: 'Export' }).click();
  const zipping = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Plain text, one file per article' }).click();
  const zip = await zipping;
  expect(zip.suggestedFilename()).toBe('session-page.articles.zip');
  const files = unzipSync(readFileSync(await zip.path()));
  expect(Object.keys(files)).toEqual(['session-page.articles/01-new-bridge-opens-at-dawn.txt', 'session-page.articles/02-storm-closes-the-ferry.txt', 'session-page.articles/03-other.txt']);
  const parts = expected.trimEnd().split('\n\n* * *\n\n').map((part) => `${part}\n`);
  expect(Object.values(files).map((bytes) => strFromU8(bytes))).toEqual(parts);
});
