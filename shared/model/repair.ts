/**
 * A repair is one change the engine made to the page, recorded as data (like a vfile
 * message) so that an editor can see why it was made and reject it.
 */
import type { Box, LineId } from './page';

/** Derived from the pass and the source lines it touched, never random (`join-lines:L12`). */
export type RepairId = string;

export type RepairKind =
  | 'join-lines'
  | 'paragraph-break'
  | 'dehyphenate'
  | 'keep-hyphen'
  | 'split-jump'
  | 'remove-wrap-space'
  | 'classify-block'
  | 'split-articles'
  | 'attach-headline'
  | 'split-headline'
  | 'rejoin-fragment'
  | 'reorder-fragment'
  /** Layout pages without a declared reading order: blocks read column by column from their boxes. */
  | 'reorder-blocks'
  | 'drop-markup'
  /** Issue level: an article's jump out joined to its continuation on another page. */
  | 'link-jump';

export interface Repair {
  readonly id: RepairId;
  /** Name of the pass that made it (`joinColumnLines`). */
  readonly pass: string;
  readonly kind: RepairKind;
  /** Written for an editor: what was done and on what evidence. */
  readonly reason: string;
  /** 0–1: how sure the rule was. Below 0.6 an editor should look first. */
  readonly confidence: number;
  /** The source lines the repair used, in page order. */
  readonly lineIds: readonly LineId[];
  readonly boxes?: readonly Box[];
  /** The text as it was before the repair and after it. */
  readonly before: string;
  readonly after: string;
  /** Repairs this one builds on: rejecting one of them removes or changes this one. */
  readonly dependsOn?: readonly RepairId[];
  /** The figures the rule looked at (`columnWidth: 14`, `occurrences: 3`). */
  readonly evidence?: Readonly<Record<string, string | number | boolean>>;
}

/** Confidence below which a repair is shown as one to check first. */
export const LOW_CONFIDENCE = 0.6;
