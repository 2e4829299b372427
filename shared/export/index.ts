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
import { toPageXml } from './page-xml';
import { toPlainText } from './plain-text';

export type { ExportInclude, ExportOptions } from './options';
export { toAlto } from './alto';
export { toJson, toJsonExport, type JsonExport } from './json';
export { toMarkdown } from './markdown';
export { toPageXml, type PageXmlOptions } from './page-xml';
export { toPlainText } from './plain-text';

/**
 * The `created` a caller that gives none gets: shared code has no clock, and the CLI and
 * `galley batch` must write the same bytes for the same page on every run and in every shard
 * (a resumed or re-sharded batch is compared, and archived, by content). The model keeps no
 * date from the source file, and a file's mtime is not the same on two machines, so a fixed
 * instant is the only date every run agrees on. The app gives the moment of the export.
 */
export const UNDATED_EXPORT = '1970-01-01T00:00:00Z';

export interface ExportReconstructionOptions extends ExportOptions {
  /** When the export was made (ISO 8601, UTC), for formats that record it (PAGE XML); default `UNDATED_EXPORT`. */
  readonly created?: string;
}

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
  // `.alto.xml`, `.page.xml`: archive tools pick these files by `.xml`; the part before says which XML it is.
  const extension = format === 'alto' || format === 'page' ? `${format}.xml` : format;
  return `${base === '' ? 'page' : base}.cleaned.${extension}`;
}

/**
 * Exports a reconstruction of `page` in `format`. Text and markdown follow `options.include`;
 * JSON, ALTO and PAGE XML always carry everything (JSON is the complete, scorable record).
 * Throws when `rec` was not made from `page`: that is a bug in the caller, not user input.
 */
export function exportReconstruction(format: ExportFormat, rec: Reconstruction, page: Page, options: ExportReconstructionOptions = {}): ExportedFile {
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
    case 'page':
      return { content: toPageXml(rec, page, { created: options.created ?? UNDATED_EXPORT }), suggestedName };
  }
}
