import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { expect, test } from '@playwright/test';
import { expectAppReady, openFiles, readDownload, root } from './helpers';

const PAGE = path.join(root, 'tests/fixtures/alto/chronam-evening-star-0772-excerpt.xml');
const IMAGE = path.join(root, 'tests/fixtures/image/chronam-evening-star-0772-excerpt.png');

test('a project reopened in the browser says quietly that its page image was not found, and pairs it when opened', async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
  await openFiles(page, [PAGE, IMAGE]);
  const imageView = page.getByRole('button', { name: 'Image', exact: true });
  await expect(imageView).toHaveAttribute('aria-disabled', 'false');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save' }).click();
  const file = path.join(tmpdir(), `galley-e2e-image-${Date.now()}.galley.json`);
  const project = await readDownload(await downloading);
  writeFileSync(file, project);
  const saved = (JSON.parse(project) as { pages: { name: string; source?: string }[] }).pages.find((p) => p.name === path.basename(PAGE));
  expect(saved?.source).toBe(path.basename(PAGE));

  await page.reload();
  await expectAppReady(page);
  await openFiles(page, [file]);
  // A browser never sees paths: it cannot look beside the page, and says so without an error.
  await expect(page.getByText('Page image not found beside chronam-evening-star-0772-excerpt.xml (moved?).')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(imageView).toHaveAttribute('aria-disabled', 'true');
  if (process.env.GALLEY_SCREENSHOT) await page.screenshot({ path: process.env.GALLEY_SCREENSHOT });

  await openFiles(page, [IMAGE]);
  await expect(imageView).toHaveAttribute('aria-disabled', 'false');
});
