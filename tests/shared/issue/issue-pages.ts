/** Loads the issue fixtures (tests/fixtures/issue) the way the app does: load, then reconstruct. */
import { readFileSync } from 'node:fs';
import { loadPage } from '../../../shared/load/load-page';
import type { IssuePageInput } from '../../../shared/issue';
import type { Page } from '../../../shared/model/page';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { pageOf } from '../page-of';

export function fixturePage(name: string): IssuePageInput {
  const loaded = loadPage(name, readFileSync(new URL(`../../fixtures/issue/${name}`, import.meta.url)));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return { page: loaded.value, reconstruction: reconstruct(loaded.value) };
}

/** A page from text written in the test. */
export function textPage(name: string, text: string): IssuePageInput {
  const page: Page = pageOf(text, name);
  return { page, reconstruction: reconstruct(page) };
}

export const CHINESE_ISSUE = ['zh_p001.txt', 'zh_p004.txt'] as const;
export const ENGLISH_ISSUE = ['ledger-page-1.txt', 'ledger-page-2.txt', 'ledger-page-3.txt'] as const;
