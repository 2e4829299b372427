/**
 * One entry point for every export format: content plus the file name to suggest in the
 * save dialog (or the browser download).
 */
import type { ExportFormat } from '../contract/app-api';
import type { Page } from '../model/page';
import type { Reconstruction } from '../model/reconstruction';
import { toAlto } from './alto';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import type { ExportOptions } from './options';
import { toPlainText } from './plain-text';

export type { ExportInclude, ExportOptions } from './options';
export { toAlto } from './alto';
export { toJson, toJsonExport, type JsonExport } from './json';
export { toMarkdown } from './markdown';
export { toPlainText } from './plain-text';

export interface ExportedFile {
  readonly content: string;
  readonly suggestedName: string;
}

/**
 * `000_b9d.txt` → `000_b9d.cleaned.txt` (or `.md`, `.json`): the page's own name, so the
 * export sits next to its source and sorts with it, and never overwrites it. Any folder part
 * is dropped; a name that is only an extension becomes `page`.
 */
export function suggestedExportName(pageName: string, format: ExportFormat): string {
  const file = pageName.split(/[\\/]/u).pop() ?? '';
  const base = file.replace(/\.[^.]*$/u, '');
  // `.alto.xml`: archive tools pick ALTO files by `.xml`; `.alto` says which XML it is.
  return `${base === '' ? 'page' : base}.cleaned.${format === 'alto' ? 'alto.xml' : format}`;
}

/**
 * Exports a reconstruction of `page` in `format`. Text and markdown follow `options.include`;
 * JSON always carries everything (it is the complete, scorable record).
 * Throws when `rec` was not made from `page`: that is a bug in the caller, not user input.
 */
export function exportReconstruction(format: ExportFormat, rec: Reconstruction, page: Page, options: ExportOptions = {}): ExportedFile {
  if (rec.pageId !== page.id) {
    throw new Error(`exportReconstruction: reconstruction of page ${rec.pageId} exported with page ${page.id}`);
  }
  const suggestedName = suggestedExportName(page.name, format);
  switch (format) {
    case 'txt':
      return { content: toPlainText(rec, options), suggestedName };
    case 'md':
      return { content: toMarkdown(rec, page, options), suggestedName };
    case 'json':
      return { content: toJson(rec, page), suggestedName };
    case 'alto':
      return { content: toAlto(rec, page), suggestedName };
  }
}
