import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextPage } from '../../shared/load/text-page';
import { reconstruct } from '../../shared/pipeline/reconstruct';
import { INCLUDE_ALL } from '../../shared/export/options';
import { toPlainText } from '../../shared/export';
import { articleFiles } from '../../renderer/src/export/article-files';

const text = readFileSync(path.join(import.meta.dirname, '../fixtures/e2e/session-page.txt'), 'utf8');
const page = parseTextPage('session-page.txt', text, 'utf-8');
const result = reconstruct(page, { rejected: new Set(), settings: { disabledPasses: [] } });

describe('articleFiles', () => {
  it('names one file per article after its headline, numbered in page order, then the blocks set aside', () => {
    const { folderName, files } = articleFiles(result, page, INCLUDE_ALL);
    expect(folderName).toBe('session-page.articles');
    expect(files.map((f) => f.name)).toEqual(['01-new-br1dge-opens-at-dawn.txt', '02-storm-closes-the-ferry.txt', '03-other.txt']);
  });

  it('holds together exactly the text of the one-file export', () => {
    const { files } = articleFiles(result, page, INCLUDE_ALL);
    expect(files.map((f) => f.content.trimEnd()).join('\n\n* * *\n\n') + '\n').toBe(toPlainText(result));
  });

  it('leaves out the blocks file when the editor leaves those blocks out', () => {
    const { files } = articleFiles(result, page, { ...INCLUDE_ALL, other: false, captions: false });
    expect(files.map((f) => f.name)).not.toContain('03-other.txt');
  });
});
