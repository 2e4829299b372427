import { describe, expect, it } from 'vitest';
import type { Page } from '../../../shared/model/page';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { pageOf } from '../page-of';

// Two reports under one headline, the second after a wider space than the page leaves between paragraphs.
const text = [
  'HARBOUR WORKS BEGIN',
  '',
  'The works on the new pier began at dawn',
  'and the first stones were laid by noon.',
  '',
  'The crews will go on through the winter',
  'and the pier will open in the spring.',
  '',
  '',
  '',
  'The council met again in the evening and',
  'it voted the money for the second pier.',
].join('\n');

/** The page as a layout file would give it: lines in blocks, and the blocks in declared reading-order groups. */
function withGroups(page: Page, groups: readonly (readonly number[])[]): Page {
  const blockOf = (number: number) => `r${number}`;
  const lines = page.lines.map((line) => (line.text ? { ...line, block: { id: blockOf(line.number) } } : line));
  return {
    ...page,
    lines,
    layout: { readingOrder: { blockIds: lines.filter((l) => l.block).map((l) => l.block?.id ?? ''), groups: groups.map((numbers) => ({ ordered: true, blockIds: numbers.map(blockOf) })) } },
  };
}

describe('declared reading-order groups', () => {
  const articleCount = (page: Page) => reconstruct(page).articles.length;

  it('splits at the wider space when the file declares nothing', () => {
    expect(articleCount(pageOf(text))).toBe(2);
  });

  it('keeps a group the file declares together: a wider space alone does not split it', () => {
    const page = withGroups(pageOf(text), [[1, 3, 4, 6, 7, 11, 12]]);
    const result = reconstruct(page);
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]?.paragraphs).toHaveLength(3);
  });

  it('still splits where the declared groups part', () => {
    expect(articleCount(withGroups(pageOf(text), [[1, 3, 4, 6, 7], [11, 12]]))).toBe(2);
  });
});
