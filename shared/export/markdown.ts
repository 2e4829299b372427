/**
 * Markdown export.
 *
 * Layout:
 * - a first line `<!-- … -->` naming the source page (invisible when rendered);
 * - each article: the kicker as an italic line, the headline as `# `, the subheadline (deck)
 *   as a bold line, the byline in italics, each a block of its own; then the paragraphs, then
 *   the jump lines in italics;
 * - an article that does not start with a `# ` headline (none printed, or headlines left out)
 *   is set off from the one before by a `---` rule, so articles never run together;
 * - the page's `other` blocks under `## Other`, one list item each: `- **Caption:** text`
 *   (`- **Other** (note): text` when the block has a note).
 *
 * Page text is escaped so it renders as printed: a paragraph that starts with `#`, `>`,
 * `- `, `+ ` or `1. ` would otherwise become a heading, quote or list, and `*`, `_`, `` ` ``,
 * `[`, `]`, `\` and tag-like `<` inside a line would become emphasis, code, links or HTML.
 */
import type { Page } from '../model/page';
import type { OtherKind, Reconstruction } from '../model/reconstruction';
import { headingLines, keptOther, resolveInclude, type ExportOptions } from './options';

/** How markdown names what is set aside from the articles (the issue export uses the same words). */
export const KIND_LABELS: Readonly<Record<OtherKind, string>> = {
  caption: 'Caption',
  'page-header': 'Page header',
  'section-label': 'Section label',
  banner: 'Banner',
  other: 'Other',
};

/** Escapes characters that would start inline markup anywhere in a line. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]]/gu, '\\$&')
    .replace(/<(?=[A-Za-z/!?])/gu, '\\<')
    .replace(/&(?=#?\w+;)/gu, '\\&');
}

/**
 * Escapes one line of page text so it renders as a paragraph line, whatever it starts
 * with. White space around it is dropped: leading spaces would make a code block and two
 * trailing spaces a hard break, and neither is printed text.
 */
export function escapeLine(text: string): string {
  const line = escapeInline(text.trim());
  return line
    .replace(/^([#>=])/u, '\\$1')
    .replace(/^([-+])(?=\s|$|--)/u, '\\$1')
    .replace(/^(~{3,})/u, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
}

/** Escapes text that may span lines (it should not, but a stray newline must not open markup). */
export function escapeText(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map(escapeLine)
    .filter((line) => line !== '')
    .join('\n');
}

/** Renders a reconstruction of `page` as markdown (see the file header for the layout). */
export function toMarkdown(rec: Reconstruction, page: Page, options?: ExportOptions): string {
  const include = resolveInclude(options);
  const blocks: string[] = [`<!-- Reconstructed by Galley from ${page.name.replace(/--/gu, '- -')} -->`];
  let articles = 0;
  for (const article of rec.articles) {
    const own: string[] = [];
    let hasHeadline = false;
    for (const line of headingLines(article, include)) {
      // Heading fields are one line each: a stray newline would end the emphasis or heading.
      const text = escapeText(line.text).replace(/\n/gu, ' ');
      if (line.field === 'headline') {
        hasHeadline = true;
        own.push(`# ${text}`);
      } else if (line.field === 'subheadline') own.push(`**${text}**`);
      else own.push(`*${text}*`);
    }
    for (const paragraph of article.paragraphs) {
      const text = escapeText(paragraph.text);
      if (text !== '') own.push(text);
    }
    if (include.jumps) {
      for (const jump of article.jumps) {
        const text = escapeText(jump.text).replace(/\n/gu, ' ');
        if (text !== '') own.push(`*${text}*`);
      }
    }
    if (own.length === 0) continue;
    if (articles > 0 && !hasHeadline) blocks.push('---');
    blocks.push(...own);
    articles++;
  }
  const other = keptOther(rec.other, include);
  if (other.length > 0) {
    const items = other.map((block) => {
      const label = KIND_LABELS[block.kind];
      const note = block.note !== undefined && block.note.trim() !== '' ? ` (${escapeInline(block.note.trim())})` : '';
      const head = note === '' ? `**${label}:**` : `**${label}**${note}:`;
      return `- ${head} ${escapeInline(block.text.trim()).replace(/\r\n|\r|\n/gu, ' ')}`;
    });
    blocks.push('## Other', items.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
