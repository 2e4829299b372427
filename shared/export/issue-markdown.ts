/**
 * Markdown export of an issue: the layout of `markdown.ts`, with an article that jumps pages
 * printed once. Each continuation starts with an HTML comment `<!-- page 4 -->` (invisible
 * when rendered) so a reader of the source sees where the page turned. Each page's `other`
 * blocks come last, under `## Other, page N`.
 */
import type { Issue } from '../issue/issue';
import { layOutArticle } from './issue-layout';
import { escapeInline, escapeText, KIND_LABELS } from './markdown';
import { keptOther, resolveInclude, type ExportOptions } from './options';


// A `--` inside an HTML comment ends it early in some readers.
const commentSafe = (text: string): string => text.replace(/--/gu, '- -');
const oneLine = (text: string): string => escapeText(text).replace(/\n/gu, ' ');

/** Renders an issue as markdown. */
export function issueToMarkdown(issue: Issue, options?: ExportOptions): string {
  const include = resolveInclude(options);
  const names = issue.pages.map((p) => commentSafe(p.page.name)).join(', ');
  const blocks: string[] = [`<!-- Reconstructed by Galley from an issue of ${issue.pages.length} pages: ${names} -->`];
  let articles = 0;
  for (const article of issue.articles) {
    const laid = layOutArticle(article, include);
    const own: string[] = [];
    let hasHeadline = false;
    const heading = (field: string, text: string): string => {
      if (field === 'headline') return `# ${oneLine(text)}`;
      return field === 'subheadline' ? `**${oneLine(text)}**` : `*${oneLine(text)}*`;
    };
    for (const line of laid.headings) {
      if (line.field === 'headline') hasHeadline = true;
      own.push(heading(line.field, line.text));
    }
    for (const [index, part] of laid.parts.entries()) {
      if (index > 0) own.push(`<!-- page ${part.pageNumber} -->`);
      // A continuation's new heading lines are set as emphasis, not `#`: they do not start an article.
      for (const line of part.headings) own.push(line.field === 'subheadline' || line.field === 'headline' ? `**${oneLine(line.text)}**` : `*${oneLine(line.text)}*`);
      for (const jump of part.jumpsIn) own.push(`*${oneLine(jump)}*`);
      for (const paragraph of part.paragraphs) {
        const text = escapeText(paragraph);
        if (text !== '') own.push(text);
      }
      for (const jump of part.jumpsOut) own.push(`*${oneLine(jump)}*`);
    }
    if (own.every((block) => block.startsWith('<!--'))) continue;
    if (articles > 0 && !hasHeadline) blocks.push('---');
    blocks.push(...own);
    articles++;
  }
  for (const page of issue.pages) {
    const other = keptOther(page.reconstruction.other, include);
    if (other.length === 0) continue;
    const items = other.map((block) => {
      const label = KIND_LABELS[block.kind];
      const note = block.note !== undefined && block.note.trim() !== '' ? ` (${escapeInline(block.note.trim())})` : '';
      const head = note === '' ? `**${label}:**` : `**${label}**${note}:`;
      return `- ${head} ${escapeInline(block.text.trim()).replace(/\r\n|\r|\n/gu, ' ')}`;
    });
    blocks.push(`## Other, page ${page.number}`, items.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
