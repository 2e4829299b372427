// A long status note in the toolbar (here: where a project with a long name was saved) is cut
// short with an ellipsis, its whole text in its tooltip, and covers none of the controls: the
// page arrows, the tabs and the language stay where they can be clicked, at 1000 and 1400 px.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { expectAppReady, root } from './helpers';

const LONG = 'the-evening-gazette-and-commercial-advertiser-of-the-city-1870-03-15-morning-edition';
// A project of two pages under a long name: saved again, the note names it in full.
const project = {
  name: `${LONG}.galley.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({
    format: 'galley-project',
    version: 2,
    engine: '0.3',
    savedAt: '',
    activePage: 'ledger-page-1.txt',
    pages: ['ledger-page-1.txt', 'ledger-page-2.txt'].map((name) => ({ name, encoding: 'utf-8', text: readFileSync(path.join(root, 'tests/fixtures/issue', name), 'utf8'), rejected: [], accepted: [], edits: [] })),
  })),
};

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not shown');
  return box;
}

async function saveWithLongName(page: Page): Promise<Locator> {
  await page.goto('/');
  await expectAppReady(page);
  await page.locator('#open-pages-input').setInputFiles(project);
  await expect(page.getByRole('tab', { selected: true })).toHaveText(/ledger-page-1/u);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await download;
  const status = page.getByRole('status').filter({ hasText: 'Saved the project to' });
  await expect(status).toBeVisible();
  return status;
}

for (const width of [1000, 1200, 1400]) {
  test(`a long status note is cut short and covers no control at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    const status = await saveWithLongName(page);
    await page.locator('header.toolbar').screenshot({ path: test.info().outputPath(`toolbar-${width}.png`) });

    const text = (await status.textContent()) ?? '';
    expect(text).toBe(`Saved the project to ${LONG}.galley.json`);
    // The whole note in its tooltip, and cut on screen.
    await expect(status).toHaveAttribute('title', text);
    // One line, cut with an ellipsis where it does not fit (at 1200 px the second row has room for all of it).
    const shown = await status.evaluate((el) => ({ cut: el.scrollWidth > el.clientWidth, overflow: getComputedStyle(el).textOverflow, wrap: getComputedStyle(el).whiteSpace }));
    expect(shown).toMatchObject({ overflow: 'ellipsis', wrap: 'nowrap' });
    if (width !== 1200) expect(shown.cut).toBe(true);

    const navigator = page.getByRole('navigation', { name: 'Pages of the issue' });
    const controls = [
      navigator.getByRole('button', { name: '← Previous page' }),
      navigator.getByRole('button', { name: 'Next page →' }),
      navigator.getByRole('tab', { selected: true }),
      page.getByRole('combobox', { name: 'Language' }),
      page.getByRole('toolbar', { name: 'Commands' }),
    ];
    const note = await boxOf(status);
    for (const control of controls) {
      const box = await boxOf(control);
      expect(overlaps(note, box), `the note covers ${control.toString()}`).toBe(false);
      expect(box.x + box.width, `${control.toString()} runs off the window`).toBeLessThanOrEqual(width);
    }
    // The arrows answer clicks (nothing lies over them).
    await navigator.getByRole('button', { name: 'Next page →' }).click({ trial: true, timeout: 2000 });
  });
}
