/**
 * parse → passes → assemble. Passes run in a fixed, named order; a pass that throws does
 * not take the page down: its failure is recorded, its input kept, the result degraded.
 */
import type { Page } from '../model/page';
import type { PassFailure, Reconstruction } from '../model/reconstruction';
import type { Repair, RepairId } from '../model/repair';
import { createContext, DEFAULT_SETTINGS, type PipelineSettings } from './context';
import type { Draft, Pass } from './draft';
import { assembleArticles } from './assemble';
import { readPageLines } from '../passes/read-page-lines';
import { orderBlocksByLayout } from '../passes/order-blocks-by-layout';
import { recogniseLineForms } from '../passes/recognise-line-forms';
import { followFileRoles } from '../passes/follow-file-roles';
import { findHeadings } from '../passes/find-headings';
import { joinColumnLines } from '../passes/join-column-lines';
import { setAsideCaptions } from '../passes/set-aside-captions';
import { splitInlineJumps } from '../passes/split-inline-jumps';
import { removeWrapSpaces } from '../passes/remove-wrap-spaces';
import { groupArticles } from '../passes/group-articles';
import { moveTrailingHeadlines } from '../passes/trailing-headlines';
import { rejoinFragments } from '../passes/rejoin-fragments';
import { reattachHeadlines } from '../passes/reattach-headlines';

/** The passes in the order they run. */
export const PASSES: readonly Pass[] = [
  readPageLines,
  orderBlocksByLayout,
  recogniseLineForms,
  followFileRoles,
  findHeadings,
  joinColumnLines,
  setAsideCaptions,
  splitInlineJumps,
  removeWrapSpaces,
  groupArticles,
  moveTrailingHeadlines,
  rejoinFragments,
  reattachHeadlines,
];

export interface ReconstructOptions {
  /** Repairs the editor rejected: the passes leave those changes undone. */
  readonly rejected?: ReadonlySet<RepairId>;
  readonly settings?: PipelineSettings;
  /** Replaces the pass list (tests of one pass, or of a failing pass). */
  readonly passes?: readonly Pass[];
}

export function reconstruct(page: Page, options: ReconstructOptions = {}): Reconstruction {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const ctx = createContext(options.rejected ?? new Set(), settings);
  let draft: Draft = { page, units: [], articles: null };
  const repairs: Repair[] = [];
  const failures: PassFailure[] = [];
  for (const pass of options.passes ?? PASSES) {
    if (settings.disabledPasses.includes(pass.name)) continue;
    try {
      const out = pass.run(draft, ctx);
      draft = out.draft;
      repairs.push(...out.repairs);
    } catch (error) {
      failures.push({ pass: pass.name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const { articles, other } = assembleArticles(draft);
  return { pageId: page.id, script: page.script, articles, other, repairs, declined: [...ctx.declined], failures };
}
