import { expect, test } from '@playwright/test';
import { expectAppReady, panes } from './helpers';

/** A long page as an editor meets it: 300 short articles, about 6,000 printed lines. */
function longPage(): string {
  const words = 'the harbour works began yesterday when first stone was lowered into place by mayor crowd watched from pier band played council met evening to discuss new school railway station market bridge river'.split(' ');
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: string[] = [];
  for (let a = 1; a <= 300; a++) {
    out.push(`ARTICLE NUMBER ${a} ON THE WORKS`, '');
    for (let p = 0; p < 3; p++) {
      const sentence = `${Array.from({ length: 30 }, () => words[Math.floor(next() * words.length)]).join(' ')}.`;
      const lines: string[] = [];
      let line = '';
      for (const w of sentence.split(' ')) {
        if (line.length + w.length + 1 > 32) {
          lines.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      lines.push(line);
      lines[0] = `  ${lines[0]}`;
      out.push(...lines);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

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
