/**
 * The work of `galley reconstruct --issue`: the files given (a folder stands for the page files
 * in it) are read as the pages of one issue, each reconstructed on its own, their jumps linked
 * across pages, and one issue export printed (or written into the output folder).
 *
 * A page that cannot be read or decoded gets one line on stderr and is left out; the issue is
 * still made from the others, and the command ends with exit code 1.
 */
import path from 'node:path';
import { exportIssue, suggestedIssueName, type IssueExportFormat } from '../../shared/export/issue-export';
import { buildIssue, type IssuePageInput } from '../../shared/issue';
import { loadPage } from '../../shared/load/load-page';
import { isPageToProcess } from '../../shared/load/page-file-names';
import { pageSizeLimit } from '../../shared/contract/app-api';
import { reconstruct } from '../../shared/pipeline/reconstruct';
import { reasonOf } from '../main/error-reason';
import type { ReconstructIo } from './reconstruct-pages';

/** What the issue command needs beyond `reconstruct`'s: listing a folder. */
export interface IssueIo extends ReconstructIo {
  readonly readdir: (dir: string) => Promise<string[]>;
}

export interface IssueRequest {
  readonly inputs: readonly string[];
  readonly format: IssueExportFormat;
  readonly out?: string | undefined;
}

/** The page files of the inputs: files as given, folders as the page files directly inside them. */
async function pageFiles(inputs: readonly string[], io: IssueIo): Promise<{ files: string[]; folders: string[]; failed: boolean }> {
  const files: string[] = [];
  const folders: string[] = [];
  let failed = false;
  for (const input of inputs) {
    try {
      if (!(await io.stat(input)).isDirectory()) {
        files.push(input);
        continue;
      }
      folders.push(input);
      const names = (await io.readdir(input)).filter(isPageToProcess);
      if (names.length === 0) io.warn(`“${input}” holds no page files (.txt, .md, ALTO, PAGE XML or hOCR).`);
      files.push(...names.sort().map((name) => path.join(input, name)));
    } catch (error) {
      io.warn(`could not read “${input}”: ${reasonOf(error)}.`);
      failed = true;
    }
  }
  return { files, folders, failed };
}

async function loadIssuePage(file: string, io: IssueIo): Promise<IssuePageInput | null> {
  let bytes: Uint8Array;
  try {
    const info = await io.stat(file);
    if (info.size > pageSizeLimit(file)) {
      io.warn(`“${file}” is ${(info.size / 1048576).toFixed(0)} MB, larger than Galley opens as one page (${pageSizeLimit(file) / 1048576} MB).`);
      return null;
    }
    bytes = await io.readFile(file);
  } catch (error) {
    io.warn(`could not read “${file}”: ${reasonOf(error)}.`);
    return null;
  }
  const name = path.basename(file);
  const loaded = loadPage(name, bytes);
  if (!loaded.ok) {
    io.warn(file === name ? loaded.error.message : `${file}: ${loaded.error.message}`);
    return null;
  }
  // The loader keeps the page number the markup carries (`page.pageNumber`); the issue orders by it.
  const page = loaded.value;
  return { page, reconstruction: reconstruct(page) };
}

/** Exit codes: 0 every page went into the issue, 1 some page (or the output) failed. */
export async function reconstructIssue(request: IssueRequest, io: IssueIo): Promise<0 | 1> {
  const { files, folders, failed: listFailed } = await pageFiles(request.inputs, io);
  let failed = listFailed;
  const pages: IssuePageInput[] = [];
  for (const file of files) {
    const page = await loadIssuePage(file, io);
    if (page === null) failed = true;
    else pages.push(page);
  }
  if (pages.length === 0) {
    io.warn('no page could be read, so there is no issue to reconstruct.');
    return 1;
  }
  const issue = buildIssue(pages);
  const content = exportIssue(request.format, issue);
  if (request.out === undefined) {
    io.stdout.write(content);
    return failed ? 1 : 0;
  }
  try {
    await io.mkdir(request.out);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') {
      io.warn(`could not create the output folder “${request.out}”: ${reasonOf(error)}.`);
      return 1;
    }
  }
  // One folder given: the issue is named after it (`1918-01-08/` → `1918-01-08.issue.md`).
  const [folder] = folders;
  const name = request.inputs.length === 1 && folder !== undefined ? `${path.basename(path.resolve(folder))}.issue.${request.format}` : suggestedIssueName(issue.pages.map((p) => p.page.name), request.format);
  const target = path.join(request.out, name);
  const saved = await io.writeFileAtomic(target, content);
  if (!saved.ok) {
    io.warn(saved.error.message);
    return 1;
  }
  return failed ? 1 : 0;
}
