/** One entry point for the issue exports, like `index.ts` for a page. */
import type { Issue } from '../issue/issue';
import { issueToJson } from './issue-json';
import { issueToMarkdown } from './issue-markdown';
import { issueToPlainText } from './issue-plain-text';
import type { ExportOptions } from './options';

/** The formats an issue exports to (a page also exports ALTO; an issue, being several pages, does not). */
export type IssueExportFormat = 'txt' | 'md' | 'json';

export const ISSUE_EXPORT_FORMATS: readonly IssueExportFormat[] = ['json', 'txt', 'md'];

/** Exports `issue` in `format`; text and markdown follow `options.include`, JSON carries everything. */
export function exportIssue(format: IssueExportFormat, issue: Issue, options: ExportOptions = {}): string {
  switch (format) {
    case 'txt':
      return issueToPlainText(issue, options);
    case 'md':
      return issueToMarkdown(issue, options);
    case 'json':
      return issueToJson(issue);
  }
}

/** `ledger-page-1.txt` … → `ledger.issue.md`: the pages' shared name before their number; `issue.md` when they share none. */
export function suggestedIssueName(pageNames: readonly string[], format: IssueExportFormat): string {
  const bases = pageNames.map((name) => (name.split(/[\\/]/u).pop() ?? '').replace(/\.[^.]*$/u, ''));
  let prefix = bases[0] ?? '';
  for (const base of bases) while (!base.startsWith(prefix)) prefix = prefix.slice(0, -1);
  // Drop the page marker and separators the shared prefix ends with (`ledger-page-`, `zh_p`).
  const stem = prefix.replace(/[-_ .]*(?:p|pg|page|seite|pagina|blz)?[-_ .]*\d*$/iu, '');
  return stem === '' ? `issue.${format}` : `${stem}.issue.${format}`;
}
