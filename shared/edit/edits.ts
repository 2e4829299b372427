/**
 * An editor's hand edits, recorded as data and applied on top of the engine's result
 * (after the repairs), so that rejecting an unrelated repair re-runs the engine and the
 * edits still apply. Each edit names what it changes by stable ids (paragraph ids come from
 * their first source line); an edit whose target is gone is skipped and reported.
 */
import type { OtherKind } from '../model/reconstruction';

/** Where a piece of text sits in an article. */
export type ArticleField = 'kicker' | 'headline' | 'subheadline' | 'byline';

export type Edit =
  /** Replaces the text of a paragraph, a heading field (`A-L3/headline`) or an other block. */
  | { readonly kind: 'edit-text'; readonly target: string; readonly text: string }
  /** Splits a paragraph at a character offset into two paragraphs. */
  | { readonly kind: 'split-paragraph'; readonly paragraph: string; readonly at: number }
  /** Joins a paragraph with the one after it in the same article. */
  | { readonly kind: 'merge-paragraphs'; readonly paragraph: string }
  /** Moves a paragraph to another article (or within its own), before the paragraph at `index`. */
  | { readonly kind: 'move-paragraph'; readonly paragraph: string; readonly article: string; readonly index: number }
  /** Makes a paragraph a heading field of its article (or of another article). */
  | { readonly kind: 'set-field'; readonly paragraph: string; readonly article: string; readonly field: ArticleField }
  /** Turns a heading field back into the article's first paragraph. */
  | { readonly kind: 'detach-field'; readonly article: string; readonly field: ArticleField }
  /** Sets a paragraph aside as a caption, page furniture or other text. */
  | { readonly kind: 'mark-other'; readonly paragraph: string; readonly as: OtherKind }
  /** Makes a new article of the given paragraphs, placed after the article of the first. */
  | { readonly kind: 'create-article'; readonly paragraphs: readonly string[] }
  /** Appends the second article's paragraphs (and any heading fields it has and the first lacks) to the first. */
  | { readonly kind: 'merge-articles'; readonly into: string; readonly from: string }
  /** Removes an article that has no text left. */
  | { readonly kind: 'delete-article'; readonly article: string };

export type EditKind = Edit['kind'];

/** What the editor sees about an edit that no longer applies. */
export interface SkippedEdit {
  readonly edit: Edit;
  readonly why: string;
}
