/**
 * Turns the final draft into the Reconstruction: articles with their heading fields and
 * paragraphs, and everything else in `other`. Every text line ends up in exactly one place.
 */
import type { Article, OtherBlock, Paragraph, TextSpan } from '../model/reconstruction';
import type { Draft, DraftBlock } from './draft';
import type { Script } from '../model/page';
import { joinText } from '../text/script';

const HEADING_ROLES = { kicker: 'kicker', headline: 'headline', deck: 'subheadline', byline: 'byline' } as const;

export function assembleArticles(draft: Draft): { articles: Article[]; other: OtherBlock[] } {
  const byId = new Map(draft.blocks.map((b) => [b.id, b]));
  const placed = new Set<string>();
  const articles: Article[] = [];
  for (const draftArticle of draft.articles ?? []) {
    const blocks = draftArticle.blockIds.map((id) => byId.get(id)).filter((b): b is DraftBlock => b !== undefined);
    blocks.forEach((b) => placed.add(b.id));
    articles.push(articleOf(draftArticle.id, blocks, draft.page.script));
  }
  const other: OtherBlock[] = [];
  for (const block of draft.blocks) {
    if (placed.has(block.id)) continue;
    if (draft.articles === null && block.role === 'body') {
      articles.push(articleOf(`A-${block.lineIds[0] ?? block.id}`, [block], draft.page.script));
      continue;
    }
    const kind = block.role in HEADING_ROLES || block.role === 'body' || block.role === 'jump' || block.role === 'subheading' ? 'other' : block.role;
    other.push({ id: `O-${block.lineIds[0] ?? block.id}`, kind: kind as OtherBlock['kind'], ...spanOf([block], draft.page.script) });
  }
  other.push(...unplacedLines(draft));
  return { articles, other };
}

/** Lines no block holds (a pass failed before blocks were found): kept, never dropped. */
function unplacedLines(draft: Draft): OtherBlock[] {
  const inBlocks = new Set(draft.blocks.flatMap((b) => b.lineIds));
  return draft.page.lines
    .filter((line) => line.text !== '' && !inBlocks.has(line.id))
    .map((line) => ({ id: `O-${line.id}`, kind: 'other', text: line.text, lineIds: [line.id], note: 'not placed: a reconstruction step failed' }));
}

function articleOf(id: string, blocks: readonly DraftBlock[], script: Script): Article {
  const field = (role: DraftBlock['role']): TextSpan | null => {
    const matching = blocks.filter((b) => b.role === role);
    return matching.length ? spanOf(matching, script) : null;
  };
  const paragraphs: Paragraph[] = blocks
    .filter((b) => b.role === 'body' || b.role === 'subheading')
    .flatMap((b) => b.paragraphs)
    .map((p) => ({ id: `P-${p.lineIds[0] ?? ''}`, text: p.text, lineIds: p.lineIds }));
  return {
    id,
    kicker: field('kicker'),
    headline: field('headline'),
    subheadline: field('deck'),
    byline: field('byline'),
    paragraphs,
    jumps: blocks.filter((b) => b.role === 'jump').map((b) => spanOf([b], script)),
  };
}

/** A heading printed over several lines is joined with one space (GT-SPEC). */
function spanOf(blocks: readonly DraftBlock[], _script: Script): TextSpan {
  const paragraphs = blocks.flatMap((b) => b.paragraphs);
  return {
    text: paragraphs.map((p) => p.text).reduce((acc, t) => joinText(acc, t, 'latin'), ''),
    lineIds: paragraphs.flatMap((p) => p.lineIds),
  };
}
