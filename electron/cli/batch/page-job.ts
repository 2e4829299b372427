/**
 * One page of a batch, as a worker thread does it: read, hash, and (unless the manifest shows
 * this very content already exported) load, reconstruct, export and write the output
 * atomically. The output is what `galley reconstruct --out` writes for the page: the page is
 * known by its file name alone, so the output does not depend on the folder it came from.
 * Nothing here throws for a bad page; every failure comes back as a message for the manifest.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ExportFormat } from '../../../shared/contract/app-api';
import { pageSizeLimit } from '../../../shared/contract/app-api';
import { exportReconstruction } from '../../../shared/export';
import { loadPage } from '../../../shared/load/load-page';
import { sniffFormat } from '../../../shared/load/sniff-format';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { reasonOf } from '../../main/error-reason';
import type { JobOutcome } from './job';
import { isFile, readWholeFile, writeOutputAtomic } from './page-files';

/** A page to do, as the main thread sends it. */
export interface PageJob {
  readonly kind: 'page';
  readonly id: number;
  /** Absolute path of the page. */
  readonly file: string;
  /** Absolute path of its output. */
  readonly output: string;
  readonly format: ExportFormat;
  /** The page's hash in the manifest's latest `ok` line for this output; null: none. */
  readonly doneSha256: string | null;
}

/** Why a file is not read: larger than Galley reads for one page. */
export function tooLargeMessage(name: string, size: number): string {
  return `“${name}” is ${(size / 1048576).toFixed(0)} MB, over the ${pageSizeLimit(name) / 1048576} MB Galley reads for one page.`;
}

/**
 * A METS or DIDL file (or any other XML that is no OCR page) sits beside the pages in most
 * digitised archives: it is noted as not a page, not counted as a failure.
 */
export function isOtherXml(file: string, bytes: Uint8Array): boolean {
  return path.extname(file).toLowerCase() === '.xml' && sniffFormat(bytes).kind === 'other-markup';
}

/** Does one page; never throws. */
export async function runPageJob(job: PageJob): Promise<JobOutcome> {
  const name = path.basename(job.file);
  let bytes: Uint8Array;
  try {
    const read = readWholeFile(job.file, pageSizeLimit(name));
    if ('tooLarge' in read) return { id: job.id, result: 'error', sha256: null, error: tooLargeMessage(name, read.tooLarge) };
    bytes = read.bytes;
  } catch (error) {
    return { id: job.id, result: 'error', sha256: null, error: `could not read “${name}”: ${reasonOf(error)}.` };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (job.doneSha256 === sha256 && isFile(job.output)) return { id: job.id, result: 'skipped', sha256 };
  try {
    const loaded = loadPage(name, bytes);
    if (!loaded.ok) return { id: job.id, result: isOtherXml(name, bytes) ? 'not-a-page' : 'error', sha256, error: loaded.error.message };
    const { content } = exportReconstruction(job.format, reconstruct(loaded.value), loaded.value);
    const saved = await writeOutputAtomic(job.output, content);
    if (!saved.ok) return { id: job.id, result: 'error', sha256, error: saved.error.message };
    return { id: job.id, result: 'ok', sha256, written: true };
  } catch (error) {
    // A bug in the engine, not the page's fault; the rest of the batch goes on.
    return { id: job.id, result: 'error', sha256, error: `Galley failed on “${name}” (a bug; please report it with the page): ${reasonOf(error)}` };
  }
}
