/**
 * What the main thread sends a worker (a page, or with `--issues` an issue folder) and what the
 * worker answers. Plain data: it crosses the thread boundary by structured clone, so a job
 * carries paths, never page text.
 */
import type { PageJob } from './page-job';
import type { IssueJob } from './issue-job';

export type BatchJob = PageJob | IssueJob;

/**
 * What became of a job. `skipped`: unchanged since the manifest's `ok` line, and its output is
 * there. `not-a-page`: an XML file (or a folder of them) that lists pages (METS, DIDL).
 */
export interface JobOutcome {
  readonly id: number;
  readonly result: 'ok' | 'skipped' | 'error' | 'not-a-page';
  readonly sha256: string | null;
  readonly error?: string;
  /** The output was written (also for an issue with a bad page, made from the others). */
  readonly written?: boolean;
  /** An issue's page files. */
  readonly pages?: number;
}
