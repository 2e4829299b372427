/**
 * groupArticles — a first article split: a short block that does not end a sentence is
 * taken as a headline, and each headline opens an article that runs until the next one.
 *
 * Wrong when: headlines are printed after their article or away from it, or a short body
 * line stands alone. The reconstruction engine replaces this with evidence from content.
 */
import type { Repair } from '../model/repair';
import { makeRepair } from '../pipeline/context';
import type { DraftArticle, DraftBlock, Pass } from '../pipeline/draft';
import { displayWidth, endsSentence } from '../text/script';

/** A heading is at most this share of the page's usual body line width. */
const HEADLINE_MAX_WIDTH = 0.9;

export const groupArticles: Pass = {
  name: 'groupArticles',
  run(draft, ctx) {
    const repairs: Repair[] = [];
    const bodyWidth = usualBodyWidth(draft.blocks);
    const blocks = draft.blocks.map((block): DraftBlock => {
      if (!looksLikeHeadline(block, bodyWidth)) return block;
      const repair = makeRepair({
        pass: 'groupArticles',
        kind: 'classify-block',
        reason: 'Took this line as a headline: it stands alone, is shorter than the body lines and ends no sentence.',
        confidence: 0.7,
        lineIds: block.lineIds,
        before: 'body',
        after: 'headline',
      });
      if (!ctx.applies(repair)) return block;
      repairs.push(repair);
      return { ...block, role: 'headline' };
    });

    const articles: DraftArticle[] = [];
    let open: { id: string; blockIds: string[] } | null = null;
    for (const block of blocks) {
      if (block.role === 'headline' || !open) {
        open = { id: `A-${block.lineIds[0] ?? block.id}`, blockIds: [] };
        articles.push(open);
      }
      open.blockIds.push(block.id);
    }
    return { draft: { ...draft, blocks, articles }, repairs };
  },
};

function looksLikeHeadline(block: DraftBlock, bodyWidth: number): boolean {
  const [only, ...rest] = block.paragraphs;
  if (!only || rest.length > 0 || only.lineIds.length > 2) return false;
  if (endsSentence(only.text)) return false;
  return displayWidth(only.text) <= bodyWidth * HEADLINE_MAX_WIDTH || bodyWidth === 0;
}

function usualBodyWidth(blocks: readonly DraftBlock[]): number {
  const widths = blocks.flatMap((b) => b.paragraphs.map((p) => displayWidth(p.text) / Math.max(1, p.lineIds.length)));
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)] ?? 0;
}
