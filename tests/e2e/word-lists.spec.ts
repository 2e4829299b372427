// The app decides a French page's line-end hyphens as the CLI does: both wait for the French
// word list before the first rebuild (the renderer shows its loading state until then, and the
// engine worker waits too). Without the list `petit-|fils` and `trente-|cinq` lose their hyphen.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAppReady, fixturesDir, openFiles, readDownload, root } from './helpers';

const FRENCH = path.join(fixturesDir, 'french-hyphens.txt');

test('a French page exports the same text in the app as from the CLI', async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
  // Reported, not asserted: how long the first screen waited for the word list.
  const waited = await page.evaluate(() => performance.getEntriesByName('galley:word-lists')[0]?.duration ?? -1);
  test.info().annotations.push({ type: 'word lists (ms)', description: waited.toFixed(0) });

  await openFiles(page, [FRENCH]);
  const reconstructed = page.getByRole('region', { name: 'Reconstructed' });
  await expect(reconstructed.getByText(/son petit-fils, et tout/u)).toBeVisible();

  await page.getByRole('button', { name: 'Export' }).click();
  const exporting = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Plain text (.txt)' }).click();
  const exported = await readDownload(await exporting);

  const cli = execFileSync(process.execPath, [path.join(root, 'bin/galley.mjs'), 'reconstruct', '--format', 'txt', FRENCH], { encoding: 'utf8' });
  expect(exported.trimEnd()).toBe(cli.trimEnd());
  expect(exported).toContain('trente-cinq francs');
  expect(exported).toContain('meilleures places');
});
