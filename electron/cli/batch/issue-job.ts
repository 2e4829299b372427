/**
 * One issue of `galley batch --issues`, as a worker thread does it: read every page file of the
 * folder, hash them together, and (unless the manifest shows these very pages already done)
 * reconstruct each page, link the jumps across pages and write the issue export atomically:
 * what `galley reconstruct --issue FOLDER --out DIR` writes for the folder.
 *
 * A page that cannot be read or decoded is left out and the issue is made from the others, as
 * `reconstruct --issue` does; the issue is then an `error` (listing the pages), so the run exits
 * 1 and a rerun tries it again. A METS or DIDL file beside the pages is not a page, and no error.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pageSizeLimit } from '../../../shared/contract/app-api';
import { exportIssue, type IssueExportFormat } from '../../../shared/export/issue-export';
import { buildIssue, type IssuePageInput } from '../../../shared/issue';
import { loadPage } from '../../../shared/load/load-page';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { reasonOf } from '../../main/error-reason';
import type { JobOutcome } from './job';
import { isFile, readWholeFile, writeOutputAtomic } from './page-files';
import { isOtherXml, tooLargeMessage } from './page-job';

/** An issue to do, as the main thread sends it. */
export interface IssueJob {
  readonly kind: 'issue';
  readonly id: number;
  /** Its page files, absolute, in name order. */
  readonly files: readonly string[];
  /** Absolute path of the issue export. */
  readonly output: string;
  readonly format: IssueExportFormat;
  /** The issue's hash in the manifest's latest `ok` line for this output; null: none. */
  readonly doneSha256: string | null;
}

type ReadPage = { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly error: string };

function readPage(file: string): ReadPage {
  const name = path.basename(file);
  try {
    const read = readWholeFile(file, pageSizeLimit(name));
    return 'tooLarge' in read ? { name, error: tooLargeMessage(name, read.tooLarge) } : { name, bytes: read.bytes };
  } catch (error) {
    return { name, error: `could not read “${name}”: ${reasonOf(error)}.` };
  }
}

/** One hash over the pages' names and contents: a page renamed, added, removed or changed changes it. */
function issueHash(pages: readonly ReadPage[]): string {
  const hash = createHash('sha256');
  for (const page of pages) {
    const content = 'bytes' in page ? createHash('sha256').update(page.bytes).digest('hex') : 'unreadable';
    hash.update(`${page.name}\u0000${content}\n`);
  }
  return hash.digest('hex');
}

/** The page as the issue needs it, or why it cannot be one. */
function issuePage(name: string, bytes: Uint8Array): IssuePageInput | { readonly error: string; readonly notAPage: boolean } {
  const loaded = loadPage(name, bytes);
  if (!loaded.ok) return { error: loaded.error.message, notAPage: isOtherXml(name, bytes) };
  // As `reconstruct --issue`: the loader keeps the page number the markup carries, and the issue orders by it.
  return { page: loaded.value, reconstruction: reconstruct(loaded.value) };
}

/** Does one issue; never throws. */
export async function runIssueJob(job: IssueJob): Promise<JobOutcome> {
  const read = job.files.map(readPage);
  const sha256 = issueHash(read);
  const pages = job.files.length;
  if (job.doneSha256 === sha256 && isFile(job.output)) return { id: job.id, result: 'skipped', sha256, pages };
  try {
    const inputs: IssuePageInput[] = [];
    const errors: string[] = [];
    for (const page of read) {
      if ('error' in page) {
        errors.push(page.error);
        continue;
      }
      const made = issuePage(page.name, page.bytes);
      if (!('error' in made)) inputs.push(made);
      else if (!made.notAPage) errors.push(made.error);
    }
    if (inputs.length === 0) {
      if (errors.length === 0) return { id: job.id, result: 'not-a-page', sha256, pages, error: 'the folder holds no OCR page, only files that list pages (METS, DIDL).' };
      return { id: job.id, result: 'error', sha256, pages, error: `no page of the issue could be read: ${errors.join(' ')}` };
    }
    const saved = await writeOutputAtomic(job.output, exportIssue(job.format, buildIssue(inputs)));
    if (!saved.ok) return { id: job.id, result: 'error', sha256, pages, error: saved.error.message };
    if (errors.length > 0) {
      const made = `${inputs.length} of ${inputs.length + errors.length} pages`;
      return { id: job.id, result: 'error', sha256, pages, written: true, error: `the issue was written from ${made}; left out: ${errors.join(' ')}` };
    }
    return { id: job.id, result: 'ok', sha256, pages, written: true };
  } catch (error) {
    // A bug in the engine, not the pages' fault; the rest of the batch goes on.
    return { id: job.id, result: 'error', sha256, pages, error: `Galley failed on this issue (a bug; please report it with its pages): ${reasonOf(error)}` };
  }
}
