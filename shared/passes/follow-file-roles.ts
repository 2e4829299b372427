/**
 * followFileRoles — where a layout file says what a block is, takes its word for it: a PAGE
 * region `type="caption"` (an ALTO `Caption` tag, an hOCR `ocr_caption` line) leaves the
 * article body as a caption; `header`, `footer` and `page-number` regions are page furniture;
 * a `heading` region is a heading, whose exact role (headline, kicker, deck) the later passes
 * decide. Each is one repair the editor can reject, as sure as its source is: PAGE and ALTO
 * types are mostly set or checked by people (ground truth, archive production), hOCR line
 * classes are Tesseract's guess from a line's shape, and its `ocr_header` is often a body line.
 *
 * Where the text says otherwise, the text wins, and a repair says so: a "caption" or a "header"
 * of many lines holding several sentences is running text; a "heading" whose last word is
 * broken and finished on the body line after it (or whose first word finishes the body line
 * before it) is part of that paragraph. Rejecting that repair follows the file after all.
 *
 * Wrong when: the file's types are wrong in the ordinary way (a Transkribus model that tags
 * every short line a heading); each repair can be rejected, and hOCR ones are flagged low.
 */
import type { LineBlock, Script, SourceFormat, SourceLine } from '../model/page';
import type { Repair } from '../model/repair';
import { makeRepair, type PassContext } from '../pipeline/context';
import type { DraftUnit, Pass } from '../pipeline/draft';
import { endsSentence, hasClauseMarks, joinText } from '../text/script';

/** The roles a file's block type can give: a heading still to be placed, a caption, page furniture. */
type DeclaredRole = 'heading' | 'caption' | 'page-header';

/**
 * Block types, lower-cased with `_` and spaces as `-`: PAGE region types, the labels ALTO tags
 * and ComposedBlocks carry (Galley's own ALTO export among them), hOCR's line classes as the loader names them.
 */
const DECLARED_ROLES: ReadonlyMap<string, DeclaredRole> = new Map([
  ['heading', 'heading'],
  ['headline', 'heading'],
  ['title', 'heading'],
  ['kicker', 'heading'],
  ['subheadline', 'heading'],
  ['deck', 'heading'],
  ['caption', 'caption'],
  ['header', 'page-header'],
  ['footer', 'page-header'],
  ['page-number', 'page-header'],
  ['pagenumber', 'page-header'],
  ['page-header', 'page-header'],
  ['running-title', 'page-header'],
  ['catch-word', 'page-header'],
  ['signature-mark', 'page-header'],
]);

/** How far the file's types are trusted, as the confidence of following them. */
const TRUST: Readonly<Record<SourceFormat, number>> = { 'page-xml': 0.9, alto: 0.85, hocr: 0.55, text: 0, markdown: 0 };

/** Lines from which a block declared a caption or furniture (a heading: fewer) may be running text instead. */
const RUNNING_TEXT_LINES: Readonly<Record<DeclaredRole, number>> = { heading: 5, caption: 10, 'page-header': 10 };
/** Sentences such a block must hold as well: a masthead's subscription box runs long but is one list. */
const RUNNING_TEXT_SENTENCES = 3;

const ROLE_NAMES: Readonly<Record<DeclaredRole, string>> = { heading: 'a heading', caption: 'a caption', 'page-header': 'page furniture' };

/** A lowercase letter and a line-end hyphen (plain, soft, `¬`, `⸗`): a word broken at the line's end. */
const BROKEN_WORD_END = /\p{Ll}[-\u00AD¬⸗]$/u;

export const followFileRoles: Pass = {
  name: 'followFileRoles',
  run(draft, ctx) {
    const trust = TRUST[draft.page.format];
    if (trust === 0) return { draft, repairs: [] };
    const lines = new Map(draft.page.lines.map((line) => [line.id, line]));
    const blockOf = (unit: DraftUnit): LineBlock | undefined => lines.get(unit.lineIds[0] ?? '')?.block;
    const blockTexts = textsByBlock(draft.page.lines);
    const repairs: Repair[] = [];
    const replaced = new Map<string, DraftUnit | null>();
    for (const run of declaredRuns(draft.units, blockOf)) {
      const role = decide(run, draft.units, draft.page.format, trust, blockTexts.get(blockKey(run.block)) ?? [], ctx, repairs);
      if (!role) continue;
      // A heading's lines stay apart: the later passes read a stack of them as kicker, headline and deck.
      const whole = role === 'heading' ? null : mergedUnit(run.units, role, draft.page.script);
      for (const unit of run.units) replaced.set(unit.id, whole ? (unit === run.units[0] ? whole : null) : { ...unit, role });
    }
    const units = draft.units.flatMap((u) => {
      const next = replaced.get(u.id);
      return next === undefined ? [u] : next === null ? [] : [next];
    });
    return { draft: { ...draft, units }, repairs };
  },
};

/** Body units of one block that its file gives a role, in page order. */
interface DeclaredRun {
  readonly block: LineBlock;
  readonly declared: string;
  readonly role: DeclaredRole;
  readonly units: readonly DraftUnit[];
  /** Index in the draft of the run's first and last unit. */
  readonly first: number;
  readonly last: number;
}

/**
 * A caption or a piece of furniture is one block on the page: its lines as one unit. A line-end
 * hyphen stays as printed (`Nord-` + `Amerika`: the join is no place to decide it); a soft
 * hyphen or a `¬` only ever marks the break, and goes.
 */
function mergedUnit(units: readonly DraftUnit[], role: DeclaredRole, script: Script): DraftUnit | null {
  const [first, ...rest] = units;
  if (!first) return null;
  let text = first.text;
  for (const unit of rest) {
    if (/[\u00AD¬]$/u.test(text)) text = text.slice(0, -1) + unit.text;
    else if (/\p{L}[-⸗]$/u.test(text)) text += unit.text;
    else text = joinText(text, unit.text, script);
  }
  return { ...first, role, text, lineIds: units.flatMap((u) => u.lineIds) };
}

/** Consecutive body units whose lines share a block and a declared type that gives a role. */
function declaredRuns(units: readonly DraftUnit[], blockOf: (unit: DraftUnit) => LineBlock | undefined): DeclaredRun[] {
  const runs: DeclaredRun[] = [];
  let current: { block: LineBlock; declared: string; role: DeclaredRole; units: DraftUnit[]; first: number; last: number } | null = null;
  units.forEach((unit, i) => {
    const block = blockOf(unit);
    const role = unit.role === 'body' ? roleOf(block?.type) : null;
    if (!block || !role || block.type === undefined) {
      current = null;
      return;
    }
    if (current?.block.id === block.id && current.declared === block.type && current.last === i - 1) {
      current.units.push(unit);
      current.last = i;
      return;
    }
    current = { block, declared: block.type, role, units: [unit], first: i, last: i };
    runs.push(current);
  });
  return runs;
}

/** The text lines of each typed block (hOCR types are per line: the key holds the type too). */
function textsByBlock(lines: readonly SourceLine[]): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  for (const line of lines) {
    if (line.text === '' || line.block?.type === undefined) continue;
    const key = blockKey(line.block);
    const list = texts.get(key);
    if (list) list.push(line.text);
    else texts.set(key, [line.text]);
  }
  return texts;
}

function blockKey(block: LineBlock): string {
  return `${block.id}\u0000${block.type ?? ''}`;
}

function roleOf(type: string | undefined): DeclaredRole | null {
  if (type === undefined) return null;
  return DECLARED_ROLES.get(type.trim().toLowerCase().replace(/[\s_]+/gu, '-')) ?? null;
}

/** The role the run takes, after recording the repair that says why; null when the text keeps it in the body. */
function decide(
  run: DeclaredRun,
  units: readonly DraftUnit[],
  format: SourceFormat,
  trust: number,
  blockTexts: readonly string[],
  ctx: PassContext,
  repairs: Repair[],
): DeclaredRole | null {
  const lineIds = run.units.flatMap((u) => u.lineIds);
  const where = `${placeName(format)} ${run.block.id} as ${ROLE_NAMES[run.role]} (${typeName(format, run.declared)})`;
  const evidence = { declaredType: run.declared, block: run.block.id, lines: lineIds.length };
  const against = textAgainst(run, units, format, blockTexts);
  const follow = makeRepair({
    pass: 'followFileRoles',
    kind: 'classify-block',
    reason: `The file marks ${where}: took ${lineIds.length === 1 ? 'its line' : `its ${lineIds.length} lines`} as ${ROLE_NAMES[run.role]}.`,
    confidence: against ? Math.min(trust, 0.5) : trust,
    lineIds,
    before: 'body',
    after: run.role,
    evidence,
  });
  if (against) {
    // The text outweighs the file; rejecting this repair follows the file after all.
    const keep = makeRepair({
      pass: 'followFileRoles',
      kind: 'classify-block',
      reason: `The file marks ${where}, but ${against}: kept it in the body.`,
      confidence: trust >= 0.8 ? 0.6 : 0.75,
      lineIds,
      before: run.role,
      after: 'body',
      detail: 'kept',
      evidence,
    });
    if (ctx.applies(keep)) {
      repairs.push(keep);
      return null;
    }
  }
  if (!ctx.applies(follow)) return null;
  repairs.push(follow);
  return run.role;
}

function placeName(format: SourceFormat): string {
  if (format === 'page-xml') return 'region';
  if (format === 'alto') return 'block';
  return 'a line of';
}

/** The type as the file wrote it: the loader names hOCR's `ocr_header` lines `heading`. */
function typeName(format: SourceFormat, declared: string): string {
  if (format === 'hocr') return `class ${declared === 'caption' ? 'ocr_caption' : 'ocr_header'}`;
  return `type “${declared}”`;
}

/** Why the text says the run is not what the file says, or null when it agrees. */
function textAgainst(run: DeclaredRun, units: readonly DraftUnit[], format: SourceFormat, blockLines: readonly string[]): string | null {
  const sentences = blockLines.reduce((n, text) => n + sentenceEnds(text), 0);
  if (blockLines.length >= RUNNING_TEXT_LINES[run.role] && sentences >= RUNNING_TEXT_SENTENCES) {
    return `its ${blockLines.length} lines hold ${sentences} sentences of running text`;
  }
  if (run.role === 'page-header') return null;
  const firstText = run.units[0]?.text ?? '';
  const lastText = run.units[run.units.length - 1]?.text ?? '';
  const before = units[run.first - 1];
  const after = units[run.last + 1];
  if (after?.role === 'body' && BROKEN_WORD_END.test(lastText) && /^\p{Ll}/u.test(after.text)) return `its last word breaks off and runs on into “${after.text}”`;
  if (before?.role === 'body' && BROKEN_WORD_END.test(before.text) && /^\p{Ll}/u.test(firstText)) return `it finishes the word broken off at the end of “${before.text}”`;
  // Tesseract classes a line by its shape alone: a long line that reads as a sentence is body text.
  if (format === 'hocr' && run.role === 'heading' && run.units.some((u) => hasClauseMarks(u.text) && endsSentence(u.text) && u.text.length > 40)) {
    return 'it reads as a sentence of running text';
  }
  return null;
}

/** Sentence ends in a line: a stop, `!` or `?` before a capital or at the line's end. */
function sentenceEnds(text: string): number {
  return (text.match(/[.!?。！？]["'”’»)]*(?=\s+\p{Lu}|$)/gu) ?? []).length;
}
