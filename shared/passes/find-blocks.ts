/**
 * findBlocks — groups the page's text lines into blocks, the units a layout tool separates
 * with blank lines.
 *
 * Wrong when: the tool writes a blank line after every printed line (some OCR exports do).
 * Then a single blank line says nothing and only a run of two or more separates blocks;
 * that is decided per page from how many lines are followed by a blank one.
 */
import type { SourceLine } from '../model/page';
import type { DraftBlock, Pass } from '../pipeline/draft';

/** Share of text lines followed by a blank line above which the page is "double spaced". */
const DOUBLE_SPACED_SHARE = 0.6;

export const findBlocks: Pass = {
  name: 'findBlocks',
  run(draft) {
    const lines = draft.page.lines;
    const gap = blockGap(lines);
    const blocks: DraftBlock[] = [];
    let current: SourceLine[] = [];
    let blanks = 0;
    const flush = (): void => {
      if (current.length === 0) return;
      blocks.push(blockOf(current));
      current = [];
    };
    for (const line of lines) {
      if (line.text === '') {
        blanks++;
        continue;
      }
      // A markdown heading always stands alone: the tool marked it as a unit of its own.
      const heading = line.markup?.headingLevel !== undefined;
      if (blanks >= gap || heading || current.some((l) => l.markup?.headingLevel !== undefined)) flush();
      blanks = 0;
      current.push(line);
    }
    flush();
    return { draft: { ...draft, blocks }, repairs: [] };
  },
};

/** How many blank lines in a row separate two blocks on this page. */
function blockGap(lines: readonly SourceLine[]): number {
  let text = 0;
  let followedByBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.text === '') continue;
    text++;
    if (lines[i + 1]?.text === '' && lines[i + 2]?.text !== '') followedByBlank++;
  }
  return text > 4 && followedByBlank / text > DOUBLE_SPACED_SHARE ? 2 : 1;
}

function blockOf(lines: readonly SourceLine[]): DraftBlock {
  const first = lines[0];
  if (!first) throw new Error('blockOf: a block needs at least one line');
  return {
    id: `B-${first.id}`,
    lineIds: lines.map((l) => l.id),
    role: 'body',
    paragraphs: lines.map((l) => ({ lineIds: [l.id], text: l.text })),
  };
}
