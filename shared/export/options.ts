/**
 * What an editor may leave out of a text or markdown export. JSON always carries everything:
 * it is the complete record, scored against ground truth and re-read by tools.
 */
import type { Article, OtherBlock } from '../model/reconstruction';

export interface ExportInclude {
  /** Kicker, headline and subheadline of each article. */
  readonly headlines: boolean;
  readonly bylines: boolean;
  /** `other` blocks of kind `caption`. */
  readonly captions: boolean;
  /** Jump lines (`(continued on page 4)`, `(下转第4版)`). */
  readonly jumps: boolean;
  /** `other` blocks of every kind but `caption`: page headers, section labels, banners, … */
  readonly other: boolean;
}

export interface ExportOptions {
  readonly include?: Partial<ExportInclude>;
}

export const INCLUDE_ALL: ExportInclude = { headlines: true, bylines: true, captions: true, jumps: true, other: true };

export function resolveInclude(options: ExportOptions | undefined): ExportInclude {
  return { ...INCLUDE_ALL, ...options?.include };
}

/** The heading lines of an article that the options keep, in printed order. */
export function headingLines(article: Article, include: ExportInclude): { field: 'kicker' | 'headline' | 'subheadline' | 'byline'; text: string }[] {
  const lines: { field: 'kicker' | 'headline' | 'subheadline' | 'byline'; text: string }[] = [];
  for (const field of ['kicker', 'headline', 'subheadline', 'byline'] as const) {
    const span = article[field];
    if (span === null || span.text.trim() === '') continue;
    if (field === 'byline' ? !include.bylines : !include.headlines) continue;
    lines.push({ field, text: span.text });
  }
  return lines;
}

/** The `other` blocks the options keep, in page order. */
export function keptOther(blocks: readonly OtherBlock[], include: ExportInclude): OtherBlock[] {
  return blocks.filter((block) => (block.kind === 'caption' ? include.captions : include.other) && block.text.trim() !== '');
}
