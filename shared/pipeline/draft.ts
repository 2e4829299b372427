/**
 * The working document the passes hand to each other: the page's text lines grouped into
 * blocks, each block with a role and its paragraphs. `assemble` turns the final draft into
 * the `Reconstruction` that the app shows and the exporters write.
 */
import type { LineId, Page } from '../model/page';
import type { OtherKind } from '../model/reconstruction';
import type { PassContext } from './context';
import type { Repair, RepairId } from '../model/repair';

/** What a block is on the printed page. */
export type BlockRole =
  | 'body'
  | 'headline'
  | 'kicker'
  | 'deck'
  | 'byline'
  | 'jump'
  | 'subheading'
  | OtherKind;

export interface DraftParagraph {
  readonly lineIds: readonly LineId[];
  readonly text: string;
}

export interface DraftBlock {
  /** Stable: `B-` + its first line id. */
  readonly id: string;
  readonly lineIds: readonly LineId[];
  readonly role: BlockRole;
  /** The block's text as paragraphs; a heading block has one. */
  readonly paragraphs: readonly DraftParagraph[];
}

/** An article as the passes build it: the blocks that make it, by role. */
export interface DraftArticle {
  readonly id: string;
  readonly blockIds: readonly string[];
}

export interface Draft {
  readonly page: Page;
  readonly blocks: readonly DraftBlock[];
  /** Null until a pass has grouped the blocks into articles. */
  readonly articles: readonly DraftArticle[] | null;
}

/** Repairs a pass made, with the ids of the ones it built on. */
export interface PassOutput {
  readonly draft: Draft;
  readonly repairs: readonly Repair[];
}

/** A pass: a pure function from a draft to a draft and the repairs it made. */
export interface Pass {
  /** A name an editor understands (`joinColumnLines`). */
  readonly name: string;
  run(draft: Draft, ctx: PassContext): PassOutput;
}

export type { RepairId };
