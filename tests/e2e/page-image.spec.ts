import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { openFiles, panes, root } from './helpers';

const altoDir = path.join(root, 'tests/fixtures/alto');
const imageDir = path.join(root, 'tests/fixtures/image');
const STAR = 'chronam-evening-star-0772-excerpt';
const LUX = 'bnl-luxzeit-1858-12-07_01-00001-excerpt';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(panes(page).original).toBeVisible();
});

/** The canvas has pixels once decoding finished: its size is the image's (or its shrunk size). */
async function decodedSize(page: Page) {
  const { original } = panes(page);
  await expect(original.locator('.page-image canvas')).toBeAttached();
  await expect(original.getByRole('status').filter({ hasText: 'Decoding the image' })).toHaveCount(0);
  await expect(original.locator('.page-image-status.error')).toHaveCount(0);
  const canvas = original.locator('.page-image canvas');
  return canvas.evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
}

test('an ALTO page opened with its PNG shows the line boxes on the image; a click selects the line', async ({ page }) => {
  await openFiles(page, [path.join(altoDir, `${STAR}.xml`), path.join(imageDir, `${STAR}.png`)]);
  const { original, reconstructed } = panes(page);
  await expect(original.getByRole('button', { name: 'Image' })).toHaveAttribute('aria-disabled', 'false');
  await original.getByRole('button', { name: 'Image' }).click();
  expect(await decodedSize(page)).toEqual({ width: 223, height: 302 });
  const boxes = original.getByRole('list', { name: 'Line boxes' }).getByRole('listitem');
  expect(await boxes.count()).toBeGreaterThan(40);
  // The boxes lie over the image as laid out on screen, not somewhere else in the pane.
  const figure = await original.locator('.page-image').boundingBox();
  const first = await boxes.first().boundingBox();
  expect(figure && first && first.x >= figure.x && first.y >= figure.y && first.x + first.width <= figure.x + figure.width).toBe(true);

  const box = boxes.filter({ has: page.locator('title', { hasText: 'Washington' }) }).first();
  const lineId = await box.getAttribute('data-line-id');
  await box.click();
  await expect(box).toHaveAttribute('data-highlighted', 'true');
  await expect(box).toHaveClass(/selected/);
  // The Reconstructed pane follows, as when the line is clicked in the text.
  await expect(reconstructed.locator('[data-highlighted="true"]').first()).toBeVisible();
  await page.screenshot({ path: path.join(root, 'test-results/page-image-png.png') });
  await original.getByRole('button', { name: 'Text' }).click();
  await expect(original.locator(`li[data-line-id="${lineId}"]`)).toHaveAttribute('data-highlighted', 'true');
});

test('a TIFF page image is decoded off the main thread and shown under its boxes', async ({ page }) => {
  await openFiles(page, [path.join(altoDir, `${LUX}.xml`), path.join(imageDir, `${LUX}.tif`)]);
  const { original, reconstructed } = panes(page);
  // The files are read asynchronously: wait for the page before using the key.
  await expect(original.getByRole('button', { name: 'Image' })).toHaveAttribute('aria-disabled', 'false');
  await page.keyboard.press('Alt+i');
  expect(await decodedSize(page)).toEqual({ width: 173, height: 270 });
  // The middle of the decoded image where the first line is drawn is ink, not paper.
  const ink = await original.locator('.page-image canvas').evaluate((c: HTMLCanvasElement) => {
    const rect = c.parentElement?.querySelector('rect');
    const x = Number(rect?.getAttribute('x')) + Number(rect?.getAttribute('width')) / 2;
    const y = Number(rect?.getAttribute('y')) + Number(rect?.getAttribute('height')) / 2;
    return c.getContext('2d')?.getImageData(Math.floor(x), Math.floor(y), 1, 1).data[0];
  });
  expect(ink).toBeLessThan(128);
  // Select a paragraph in Reconstructed: its lines are outlined on the image.
  const paragraph = reconstructed.locator('article p').first();
  await paragraph.click();
  await expect(original.locator('rect[data-highlighted="true"]').first()).toBeVisible();
  await page.keyboard.press('Escape');
  const figure = original.getByRole('group', { name: /Page image/ });
  await figure.focus();
  await page.keyboard.press('+');
  await expect(original.getByRole('button', { name: 'Fit the pane width (0)' })).toHaveText('125%');
  await page.screenshot({ path: path.join(root, 'test-results/page-image-tiff.png') });
});

test('Ctrl+wheel zooms about the cursor: the line box under it stays under it', async ({ page }) => {
  await openFiles(page, [path.join(altoDir, `${STAR}.xml`), path.join(imageDir, `${STAR}.png`)]);
  const { original } = panes(page);
  await expect(original.getByRole('button', { name: 'Image' })).toHaveAttribute('aria-disabled', 'false');
  await original.getByRole('button', { name: 'Image' }).click();
  await decodedSize(page);
  // A box a fifth of the way down: a zoom about the top left would move it away, and the pane
  // has room to scroll it back (a point near the bottom of an image shorter than the pane has not).
  const boxes = original.getByRole('list', { name: 'Line boxes' }).getByRole('listitem');
  const target = boxes.nth(Math.floor((await boxes.count()) * 0.2));
  const box = await target.boundingBox();
  if (!box) throw new Error('the line box is not laid out');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const lineAt = () => page.evaluate(([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.closest('[data-line-id]')?.getAttribute('data-line-id') ?? null, [x, y]);
  const before = await lineAt();
  expect(before).not.toBeNull();
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect(original.getByRole('button', { name: 'Fit the pane width (0)' })).toHaveText('195%');
  expect(await lineAt()).toBe(before);
});

test('an image opened alone is refused with a message; a text page cannot show an image', async ({ page }) => {
  await openFiles(page, [path.join(imageDir, `${LUX}.tif`)]);
  await expect(page.getByRole('alert').filter({ hasText: 'is a page image, not a page' })).toBeVisible();
  const image = panes(page).original.getByRole('button', { name: 'Image' });
  await expect(image).toHaveAttribute('aria-disabled', 'true');
  await expect(image).toHaveAttribute('title', /no line positions/);
});

test('an ALTO page and its TIFF dropped together open as one page with its image', async ({ page }) => {
  const files = [
    { name: `${LUX}.xml`, type: 'application/xml', base64: readFileSync(path.join(altoDir, `${LUX}.xml`)).toString('base64') },
    { name: `${LUX}.tif`, type: 'image/tiff', base64: readFileSync(path.join(imageDir, `${LUX}.tif`)).toString('base64') },
  ];
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return dt;
  }, files);
  await page.locator('.app').dispatchEvent('drop', { dataTransfer });
  const { original } = panes(page);
  await expect(original).toContainText(`${LUX}.xml`);
  await expect(original.getByRole('button', { name: 'Image' })).toHaveAttribute('aria-disabled', 'false');
  await original.getByRole('button', { name: 'Image' }).click();
  expect(await decodedSize(page)).toEqual({ width: 173, height: 270 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});
