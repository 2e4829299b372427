/**
 * Which files in a folder are pages to process: one rule for every command that walks folders
 * (`galley batch`, `galley reconstruct --issue`). A page's name is one the loader opens as a
 * page (`isPageFileName`: text, markdown, ALTO, PAGE XML, hOCR), and it is none of these:
 *
 * - hidden (`.DS_Store`, `.git`, the atomic writer's temp files `.p.cleaned.json.tmp-12-3`);
 * - a Galley project (`p.galley.json`);
 * - Galley's own export: `p.cleaned.txt`, `p.cleaned.alto.xml` (any name holding `.cleaned.`)
 *   or an issue export (`1920-01-08.issue.md`), so rerunning over a folder that holds last
 *   run's outputs does not take them for pages.
 */
import { isPageFileName } from '../contract/app-api';

/** An issue export's name: `NAME.issue.json`, `.issue.txt`, `.issue.md`. */
const ISSUE_EXPORT = /\.issue\.(txt|md|json)$/iu;
const PAGE_EXPORT = /\.cleaned\./iu;

/** Whether a file name found in a folder is a page to process. */
export function isPageToProcess(name: string): boolean {
  if (name.startsWith('.') || name.toLowerCase().endsWith('.galley.json')) return false;
  if (PAGE_EXPORT.test(name) || ISSUE_EXPORT.test(name)) return false;
  return isPageFileName(name);
}
