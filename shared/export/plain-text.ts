/**
 * Plain-text export: the page as a reader would retype it.
 *
 * Layout (one convention, kept simple so other tools can split it again):
 * - each article: its heading lines (kicker, headline, subheadline, byline; those present,
 *   one per line), a blank line, then its paragraphs separated by blank lines, then its
 *   jump lines, each as a paragraph of its own;
 * - articles are separated by a blank line, a line `* * *` (the asterism-like section break
 *   of typeset prose and Project Gutenberg texts), and a blank line;
 * - the page's `other` blocks (captions, running heads, …) come last, after one more
 *   `* * *`, each as a paragraph, under no heading;
 * - the file ends with one line feed; line ends are `\n`.
 */
import type { Reconstruction } from '../model/reconstruction';
import { headingLines, keptOther, resolveInclude, type ExportOptions } from './options';

export const ARTICLE_SEPARATOR = '* * *';

/** Renders a reconstruction as plain text (see the file header for the layout). */
export function toPlainText(rec: Reconstruction, options?: ExportOptions): string {
  const include = resolveInclude(options);
  const sections: string[] = [];
  for (const article of rec.articles) {
    const blocks: string[] = [];
    const heading = headingLines(article, include).map((line) => line.text);
    if (heading.length > 0) blocks.push(heading.join('\n'));
    for (const paragraph of article.paragraphs) {
      if (paragraph.text.trim() !== '') blocks.push(paragraph.text);
    }
    if (include.jumps) {
      for (const jump of article.jumps) {
        if (jump.text.trim() !== '') blocks.push(jump.text);
      }
    }
    if (blocks.length > 0) sections.push(blocks.join('\n\n'));
  }
  const other = keptOther(rec.other, include).map((block) => block.text);
  if (other.length > 0) sections.push(other.join('\n\n'));
  return sections.length === 0 ? '' : `${sections.join(`\n\n${ARTICLE_SEPARATOR}\n\n`)}\n`;
}
