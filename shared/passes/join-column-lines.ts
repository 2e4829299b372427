/**
 * joinColumnLines — joins the printed lines of a block into paragraphs. A narrow column
 * breaks every sentence over several lines; the paragraph ends only where the evidence
 * says so: the line ends a sentence and is short of the column's usual width, or the next
 * line is indented, or the markup marked a break.
 *
 * Wrong when: a paragraph's last line happens to fill the column (the break is then found
 * only by the next line's indent), or a column holds lines of different widths.
 */
import type { Page, Script, SourceLine } from '../model/page';
import type { Repair } from '../model/repair';
import { makeRepair, type PassContext } from '../pipeline/context';
import type { DraftBlock, DraftParagraph, Pass } from '../pipeline/draft';
import { displayWidth, endsSentence, joinText } from '../text/script';
import { joinHyphenated } from '../text/line-end-hyphen';

/** A line this much narrower than the column is a short (paragraph-final) line. */
const SHORT_LINE_RATIO = 0.8;

export const joinColumnLines: Pass = {
  name: 'joinColumnLines',
  run(draft, ctx) {
    const byId = new Map(draft.page.lines.map((l) => [l.id, l]));
    const repairs: Repair[] = [];
    const blocks = draft.blocks.map((block) => {
      const lines = block.lineIds.map((id) => byId.get(id)).filter((l): l is SourceLine => l !== undefined);
      return joinBlock(block, lines, draft.page, ctx, repairs);
    });
    return { draft: { ...draft, blocks }, repairs };
  },
};

function joinBlock(block: DraftBlock, lines: SourceLine[], page: Page, ctx: PassContext, repairs: Repair[]): DraftBlock {
  if (lines.length < 2) return block;
  const width = columnWidth(lines);
  const groups: SourceLine[][] = [];
  let current: SourceLine[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    current.push(line);
    if (!next) return;
    const why = paragraphEnds(line, next, width);
    if (!why) return;
    const breakRepair = why.inferred
      ? makeRepair({
          pass: 'joinColumnLines',
          kind: 'paragraph-break',
          reason: `Ended the paragraph after line ${line.number}: ${why.reason}.`,
          confidence: why.confidence,
          lineIds: [line.id, next.id],
          before: `${line.text}\n${next.text}`,
          after: `${line.text}\n\n${next.text}`,
          evidence: { columnWidth: width, lineWidth: displayWidth(line.text) },
        })
      : null;
    if (breakRepair && !ctx.applies(breakRepair)) return;
    if (breakRepair) repairs.push(breakRepair);
    groups.push(current);
    current = [];
  });
  if (current.length) groups.push(current);

  const paragraphs: DraftParagraph[] = [];
  for (const group of groups) paragraphs.push(...joinGroup(group, page.script, width, ctx, repairs));
  return { ...block, paragraphs };
}

/** Joins one paragraph's lines, unless the editor rejected the join. */
function joinGroup(group: SourceLine[], script: Script, width: number, ctx: PassContext, repairs: Repair[]): DraftParagraph[] {
  if (group.length === 1) return group.map((l) => ({ lineIds: [l.id], text: l.text }));
  const lineIds = group.map((l) => l.id);
  const join = makeRepair({
    pass: 'joinColumnLines',
    kind: 'join-lines',
    reason: `Joined ${group.length} lines broken by the column (about ${width} columns wide) into one paragraph${script === 'cjk' ? ', nothing inserted (CJK)' : ', one space at each break'}.`,
    confidence: 0.9,
    lineIds,
    before: group.map((l) => l.text).join('\n'),
    after: '',
    evidence: { columnWidth: width, lines: group.length },
  });
  const lines = group.map((l) => ({ lineIds: [l.id], text: l.text }));
  if (!ctx.applies({ ...join, after: lines.map((l) => l.text).reduce((a, t) => joinText(a, t, script), '') })) return lines;

  let text = group[0]?.text ?? '';
  for (let i = 1; i < group.length; i++) {
    const prev = group[i - 1] as SourceLine;
    const line = group[i] as SourceLine;
    const hyphen = script === 'latin' ? joinHyphenated(text, line.text, [prev.id, line.id]) : null;
    if (hyphen && ctx.applies({ ...hyphen.repair, dependsOn: [join.id] })) {
      repairs.push({ ...hyphen.repair, dependsOn: [join.id] });
      text = hyphen.text;
    } else {
      text = joinText(text, line.text, script);
    }
  }
  repairs.push({ ...join, after: text });
  return [{ lineIds, text }];
}

interface BreakEvidence {
  readonly reason: string;
  readonly confidence: number;
  /** False when the markup itself marked the break: that is no repair. */
  readonly inferred: boolean;
}

function paragraphEnds(line: SourceLine, next: SourceLine, width: number): BreakEvidence | null {
  if (line.markup?.hardBreak || next.markup?.listItem) return { reason: 'the markup marks a break', confidence: 1, inferred: false };
  const sentenceEnd = endsSentence(line.text);
  const indented = /^\s/u.test(next.raw) && !/^\s/u.test(line.raw);
  const short = displayWidth(line.text) < width * SHORT_LINE_RATIO;
  if (sentenceEnd && short) return { reason: 'it ends a sentence and is short of the column width', confidence: 0.9, inferred: true };
  if (sentenceEnd && indented) return { reason: 'it ends a sentence and the next line is indented', confidence: 0.85, inferred: true };
  return null;
}

/** The block's usual line width: the upper quartile, so short final lines don't pull it down. */
function columnWidth(lines: readonly SourceLine[]): number {
  const widths = lines.map((l) => displayWidth(l.text)).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)] ?? 0;
}
