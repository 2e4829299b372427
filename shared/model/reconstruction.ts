/**
 * The reconstructed page: articles and everything else, every piece linked to the source
 * lines it came from, and the list of repairs that produced it. Plain readonly data, so it
 * crosses IPC and worker boundaries as is.
 */
import type { LineId, Script } from './page';
import type { Repair } from './repair';

/** Text taken from the page with the source lines it came from. */
export interface TextSpan {
  readonly text: string;
  readonly lineIds: readonly LineId[];
}

export interface Paragraph extends TextSpan {
  /** Stable: derived from its first source line (`P-L12`). */
  readonly id: string;
}

export interface Article {
  /** Stable: derived from its first body line (`A-L7`). */
  readonly id: string;
  readonly kicker: TextSpan | null;
  readonly headline: TextSpan | null;
  readonly subheadline: TextSpan | null;
  readonly byline: TextSpan | null;
  readonly paragraphs: readonly Paragraph[];
  readonly jumps: readonly TextSpan[];
}

/** Kinds of text that belong to the page, not to an article (GT-SPEC `other`). */
export type OtherKind = 'caption' | 'page-header' | 'section-label' | 'banner' | 'other';

export interface OtherBlock extends TextSpan {
  readonly id: string;
  readonly kind: OtherKind;
  readonly note?: string;
}

/** A pass that failed: its input was kept and the result is marked degraded. */
export interface PassFailure {
  readonly pass: string;
  readonly message: string;
}

export interface Reconstruction {
  readonly pageId: string;
  readonly script: Script;
  readonly articles: readonly Article[];
  readonly other: readonly OtherBlock[];
  /** Every change made to the page, in pipeline order. */
  readonly repairs: readonly Repair[];
  /** Repairs the editor rejected, as the passes would have made them. */
  readonly declined: readonly Repair[];
  /** Passes that threw; empty when the result is complete. */
  readonly failures: readonly PassFailure[];
}

/** The heading fields of an article, in printed order. */
export const HEADING_FIELDS = ['kicker', 'headline', 'subheadline', 'byline'] as const;
export type HeadingField = (typeof HEADING_FIELDS)[number];

/** Every line id the result places somewhere, in the order they are placed. */
export function placedLineIds(result: Reconstruction): LineId[] {
  const ids: LineId[] = [];
  for (const article of result.articles) {
    for (const field of HEADING_FIELDS) ids.push(...(article[field]?.lineIds ?? []));
    for (const paragraph of article.paragraphs) ids.push(...paragraph.lineIds);
    for (const jump of article.jumps) ids.push(...jump.lineIds);
  }
  for (const block of result.other) ids.push(...block.lineIds);
  return ids;
}
