/**
 * Paragraphs an ALTO file declares: a `StructureTag TYPE="paragraph"` named in the TAGREFS of
 * each block of one paragraph (Galley's own export writes them). ALTO has no paragraph element,
 * and a TextBlock is not always one: a paragraph printed over two columns is two blocks, and
 * two paragraphs may follow each other with no full stop between them (`ADMINISTRATION : De 10
 * h. du matin à 6 h. du soir,` over `25, RUE D'ARGENTEUIL`), where the text alone would run them
 * together. So the file's word is kept as the engine reads it elsewhere:
 * - two blocks of one paragraph, one after the other, are a declared join (`layout.joins`,
 *   as a PAGE `Relation type="join"`);
 * - the last line of a paragraph's last block ends it (`markup.hardBreak`, as a markdown hard
 *   break: a break the markup makes).
 *
 * Wrong when: a person edited the file and moved lines between blocks without retagging
 * them; the joins and breaks then follow the stale tags.
 */
import type { BlockJoin, Page, SourceLine } from '../model/page';

/** `page` with the paragraphs `paragraphOf` (block id → paragraph tag) declares made into joins and breaks. */
export function withDeclaredParagraphs(page: Page, paragraphOf: ReadonlyMap<string, string>): Page {
  if (paragraphOf.size === 0) return page;
  // Each block's last text line, and the blocks of each paragraph, in reading order.
  const lastLine = new Map<string, string>();
  const blocksOf = new Map<string, string[]>();
  for (const line of page.lines) {
    const block = line.block?.id;
    const paragraph = block === undefined ? undefined : paragraphOf.get(block);
    if (block === undefined || paragraph === undefined || line.text.trim() === '') continue;
    lastLine.set(block, line.id);
    const blocks = blocksOf.get(paragraph) ?? [];
    if (blocks[blocks.length - 1] !== block) blocks.push(block);
    blocksOf.set(paragraph, blocks);
  }
  const joins: BlockJoin[] = [];
  const ends = new Set<string>();
  for (const blocks of blocksOf.values()) {
    blocks.slice(1).forEach((to, i) => joins.push({ from: blocks[i] ?? to, to }));
    const end = lastLine.get(blocks[blocks.length - 1] ?? '');
    if (end !== undefined) ends.add(end);
  }
  const lines = page.lines.map((line): SourceLine => (ends.has(line.id) ? { ...line, markup: { ...line.markup, hardBreak: true } } : line));
  const declared = [...(page.layout?.joins ?? []), ...joins];
  return { ...page, lines, layout: { ...page.layout, ...(declared.length === 0 ? {} : { joins: declared }) } };
}
