/**
 * Plain-text export of an issue: the page layout of `plain-text.ts`, with an article that
 * jumps pages printed once, its parts one after the other (see `issue-layout.ts`).
 * Articles come in the order of their first part; each page's `other` blocks follow all
 * articles, page by page, after one more `* * *`.
 */
import type { Issue } from '../issue/issue';
import { layOutArticle } from './issue-layout';
import { keptOther, resolveInclude, type ExportOptions } from './options';
import { ARTICLE_SEPARATOR } from './plain-text';

/** Renders an issue as plain text. */
export function issueToPlainText(issue: Issue, options?: ExportOptions): string {
  const include = resolveInclude(options);
  const sections: string[] = [];
  for (const article of issue.articles) {
    const laid = layOutArticle(article, include);
    const blocks: string[] = [];
    if (laid.headings.length > 0) blocks.push(laid.headings.map((h) => h.text).join('\n'));
    for (const part of laid.parts) {
      if (part.headings.length > 0) blocks.push(part.headings.map((h) => h.text).join('\n'));
      blocks.push(...part.jumpsIn, ...part.paragraphs, ...part.jumpsOut);
    }
    if (blocks.length > 0) sections.push(blocks.join('\n\n'));
  }
  const other = issue.pages.flatMap((page) => keptOther(page.reconstruction.other, include).map((block) => block.text));
  if (other.length > 0) sections.push(other.join('\n\n'));
  return sections.length === 0 ? '' : `${sections.join(`\n\n${ARTICLE_SEPARATOR}\n\n`)}\n`;
}
