/**
 * findHeadings — takes a standalone title line as a heading: short for its column, no
 * sentence and no clause in it, not a dateline, a date or a notice formula, and not
 * continued by the next line. Whether it is a headline, a kicker or a deck is decided
 * later, from the lines around it.
 *
 * On a CJK page, lines no single test takes are taken together as a run of title lines where
 * they stand: after the page's last text, or between finished text and a paragraph's first
 * line (cjk-title-runs.ts); a bullet-led run is one sub-heading.
 *
 * On a layout page a line set apart from the body type (a larger font or line box, or
 * centred in its column) is a heading on that evidence, whatever its case or full stop.
 *
 * Wrong when: a paragraph's last words sit alone on a line with no full stop after a line
 * that ended a sentence, or a one-line paragraph has no punctuation at all (a list entry);
 * both are rare in body text and the repair can be rejected.
 */
import type { LineBlock, Script } from '../model/page';
import type { Repair } from '../model/repair';
import { makeRepair, type PassContext } from '../pipeline/context';
import { lineColumnsOf, type Draft, type DraftUnit, type Pass } from '../pipeline/draft';
import { setApartFromBody } from '../layout/set-apart';
import { isShortLine } from '../text/columns';
import { LEADING_JUMP, hasRunInHead, isAllCaps, isDateLine, isNoticeCloser, isWireCredit, startsWithBulletSymbol, startsWithDateline } from '../text/line-forms';
import { endsSentence, hasClauseMarks, lineWidth } from '../text/script';
import { bulletSubheading, cjkStackLine, wideCjkTitle } from './cjk-title-lines';
import { cjkTitleRuns } from './cjk-title-runs';

const NOTICE_TITLE = /(通告|公告|通知|启事|声明|公示|决定|通报)$/u;

/** A lowercase letter and a line-end hyphen (plain, soft or `¬`): a word broken at the line's end. */
const BROKEN_WORD_END = /\p{Ll}[-\u00AD¬]$/u;


/** Longest heading line, in column units. */
const LONGEST_HEADING: Record<Script, number> = { cjk: 28, latin: 80 };

export const findHeadings: Pass = {
  name: 'findHeadings',
  run(draft, ctx) {
    const script = draft.page.script;
    const columns = lineColumnsOf(draft);
    const columnOf = (unit: DraftUnit) => columns.widthOf.get(unit.lineIds[0] ?? '') ?? 0;
    const repairs: Repair[] = [];
    // Lines the editor kept as body: no later evidence takes them as headings again.
    const keptBody = new Set<string>();
    // In page order, so a line can see that the one above it was taken as a heading.
    const units = [...draft.units];
    const largerHeadlines = countLargerHeadlines(units, draft.geometry, script) >= LARGER_HEADLINES;
    const blocks = new Map(draft.page.lines.map((line) => [line.id, line.block]));
    const overCredits = script === 'latin' ? stacksOverCredits(units, columnOf) : new Set<number>();
    units.forEach((unit, i) => {
      if (unit.role !== 'body') return;
      const apart = setApartFromBody(unit.lineIds[0] ?? '', draft.geometry);
      const above = units[i - 1];
      const set = apart && setApartHeading(unit, above, script) ? apart : null;
      const stacks = above?.role === 'heading' && !opensDeclaredParagraph(unit, above, blocks);
      const why =
        (set ? `${set.reason} and it holds no clause` : headingEvidence(unit, above, units[i + 1], stacks, columnOf(unit), columns.paragraphLines, script)) ??
        (overCredits.has(i) ? 'it stands in the short lines between a finished paragraph and a credit line over its dispatch, whatever the OCR made of its letters' : null);
      if (!why) return;
      // A heading led by a bullet symbol (`◆快递进村…`) heads a section inside an article, and so
      // does a line only centred or only just larger than body type (`La genèse du cabinet.`):
      // headlines are set clearly larger or in capitals.
      // That holds where the page sets its headlines larger; where none is, centred lines are the headlines.
      const sectionTitle = set?.weak === true && largerHeadlines && above?.role !== 'heading' && !(script === 'latin' && isAllCaps(unit.text));
      const role = startsWithBulletSymbol(unit.text) || sectionTitle ? 'subheading' : 'heading';
      const repair = makeRepair({
        pass: 'findHeadings',
        kind: 'classify-block',
        reason: `Took “${unit.text}” as a ${role === 'subheading' ? 'sub-heading inside its article' : 'heading'}: ${why}.`,
        confidence: set ? 0.8 : 0.75,
        lineIds: unit.lineIds,
        before: 'body',
        after: role,
        ...(set ? { evidence: set.evidence } : {}),
      });
      if (!ctx.applies(repair)) {
        keptBody.add(unit.id);
        return;
      }
      repairs.push(repair);
      units[i] = { ...unit, role };
      if (role === 'heading' && above && headlineLineAbove(above, unit, units[i - 2], units[i + 1], script)) {
        const before = makeRepair({
          pass: 'findHeadings',
          kind: 'classify-block',
          reason: `Took “${above.text}” as a heading: it runs on into the headline “${unit.text}” over the credit line, after a finished sentence.`,
          confidence: 0.65,
          lineIds: above.lineIds,
          before: 'body',
          after: 'heading',
        });
        if (!ctx.applies(before)) return;
        repairs.push(before);
        units[i - 1] = { ...above, role: 'heading' };
      }
    });
    if (script === 'latin') takeTitleBylines(units, columnOf, ctx, repairs);
    if (script === 'cjk') takeTitleRuns(units, columnOf, keptBody, ctx, repairs);
    return { draft: { ...draft, units, lineColumns: columns }, repairs };
  },
};

/** Runs of CJK title lines at the page's end or stacked over a paragraph (see cjk-title-runs). */
function takeTitleRuns(units: DraftUnit[], columnOf: (unit: DraftUnit) => number, keptBody: ReadonlySet<string>, ctx: PassContext, repairs: Repair[]): void {
  // From the page's end up, so merging a sub-heading's lines leaves the indexes above valid.
  const runs = cjkTitleRuns(units, columnOf).sort((a, b) => (b.indexes[0] ?? 0) - (a.indexes[0] ?? 0));
  for (const run of runs) {
    if (run.bullet && !run.indexes.some((k) => keptBody.has(units[k]?.id ?? ''))) {
      takeBulletRun(units, run.indexes, ctx, repairs);
      continue;
    }
    for (const k of run.indexes) {
      const unit = units[k] as DraftUnit;
      if (keptBody.has(unit.id)) continue;
      const where = run.where === 'page-end' ? 'after the page’s last finished text, as headlines printed at the page’s end are' : 'between finished text and a paragraph’s first line, as a headline stack is';
      const repair = makeRepair({
        pass: 'findHeadings',
        kind: 'classify-block',
        reason: `Took “${unit.text}” as a heading: it is one of ${run.lines} lines ${where}, none holds a mark of running text, and their widths fill no one column’s measure.`,
        confidence: run.where === 'page-end' ? 0.7 : 0.65,
        lineIds: unit.lineIds,
        before: 'body',
        after: 'heading',
      });
      if (!ctx.applies(repair)) continue;
      repairs.push(repair);
      units[k] = { ...unit, role: 'heading' };
    }
  }
}

/** A bullet-led sub-heading broken over lines: one sub-heading unit, its lines joined. */
function takeBulletRun(units: DraftUnit[], indexes: readonly number[], ctx: PassContext, repairs: Repair[]): void {
  const parts = indexes.map((k) => units[k] as DraftUnit);
  const first = parts[0];
  if (!first) return;
  const text = parts.map((u) => u.text.trim()).join('');
  const repair = makeRepair({
    pass: 'findHeadings',
    kind: 'classify-block',
    reason: `Took “${text}” as one sub-heading inside its article, its lines joined: it opens with a bullet symbol, its ${parts.length} lines hold no mark of running text, and they stand between finished text and a paragraph’s first line.`,
    confidence: 0.7,
    lineIds: parts.flatMap((u) => u.lineIds),
    before: 'body',
    after: 'subheading',
  });
  if (!ctx.applies(repair)) return;
  repairs.push(repair);
  units.splice(indexes[0] ?? 0, parts.length, { ...first, lineIds: parts.flatMap((u) => u.lineIds), text, role: 'subheading' });
}

/** `By` and one title-case word (`By Spinster`, `By Tram`): a name the form of a byline would take needs more. */
const ONE_WORD_BY = /^[Bb]y\s+\p{Lu}\p{Ll}+[.,]?$/u;
/** Heading lines a stack needs above such a line before the line is read as its last. */
const TITLE_STACK_ABOVE = 2;

/**
 * A headline set narrow breaks into short lines, and its last may read `By …` (`£60,000 Estate`
 * / `Left` / `By Spinster`): under two short title lines or more, with the body straight after,
 * `By` and one title-case word ends the headline; a writer's byline names a person (`By JOHN
 * SMITH`, `By J. Smith`). A wire credit (`By Cable.`) stays a credit.
 */
function takeTitleBylines(units: DraftUnit[], columnOf: (unit: DraftUnit) => number, ctx: PassContext, repairs: Repair[]): void {
  units.forEach((unit, i) => {
    if (unit.role !== 'byline' || !ONE_WORD_BY.test(unit.text.trim()) || isWireCredit(unit.text) || units[i + 1]?.role !== 'body') return;
    const stack = units.slice(Math.max(0, i - TITLE_STACK_ABOVE), i);
    if (stack.length < TITLE_STACK_ABOVE || stack.some((u) => u.role !== 'heading') || unit.gapBefore > 0) return;
    const column = columnOf(units[i + 1] as DraftUnit);
    if (![...stack, unit].every((u) => isTitleShort(lineWidth(u.text, 'latin'), column, 'latin'))) return;
    const repair = makeRepair({
      pass: 'findHeadings',
      kind: 'classify-block',
      reason: `Took “${unit.text}” as the last line of the heading above it, not a byline: it ends a stack of short title lines over the text, and names no person.`,
      confidence: 0.6,
      lineIds: unit.lineIds,
      before: 'byline',
      after: 'heading',
    });
    if (!ctx.applies(repair)) return;
    repairs.push(repair);
    units[i] = { ...unit, role: 'heading' };
  });
}

/**
 * `stacks`: the line stands straight under a heading and may go on its stack (a deck, the
 * heading's last words); false where the file opens a paragraph between them.
 */
function headingEvidence(unit: DraftUnit, prev: DraftUnit | undefined, next: DraftUnit | undefined, stacks: boolean, column: number, paragraphLines: boolean, script: Script): string | null {
  const text = unit.text;
  const width = lineWidth(text, script);
  // A notice's title runs long (`…关于收回…国有土地使用权的通告`): its last word says what it is.
  const longest = NOTICE_TITLE.test(text) ? LONGEST_HEADING[script] * 1.6 : LONGEST_HEADING[script];
  if (width > longest || width < 2) return null;
  // Capitals are never running text: a comma or an abbreviation's stop in them (`MR. EMERSON`,
  // `WHERE I LIVED, AND`) does not make a sentence.
  // A title-case line straight under a heading is its deck, commas and all
  // (`Asks Open Covenants, Freedom of the Seas`).
  // A deck with a comma capitalises every word; a sentence's first line under the headline
  // does not (`The Duke of Windsor, formerly Edward`).
  const deckLine = stacks && isTitleCase(text) && !endsSentence(text) && (!hasClauseMarks(text) || mostlyCapitalised(text, 1));
  const capitals = script === 'latin' && (isAllCaps(text) || deckLine);
  // A heading's last words may close with a stop (`…Discours de M. Frédéric` / `Fassy, Jouté.`):
  // a short line that finishes a heading left open, with a gap after it, goes with it.
  if (script === 'latin' && stacks && finishesHeading(unit, prev, next, width, column)) return 'it finishes the heading above it, which stops mid-phrase, and a gap follows';
  if (!capitals && hasClauseMarks(text)) return null;
  // Running text is no title case: most body lines leave here, before the tests below.
  if (script === 'latin' && (!mostlyCapitalised(text) || hasRunInHead(text))) return null;
  if (startsWithDateline(text) || isDateLine(text) || isNoticeCloser(text)) return null;
  // Latin headlines of the period often end with a full stop (`GOOD TEMPLARS.`) or ask a question.
  const opensBlock = !prev || prev.role !== 'body' || unit.gapBefore > 0;
  // A dispatch's headline stands straight over its credit line, full stop and all (`Fire.` over
  // `Telegraphed Exclusively to The Evening Star.`): running text never ends just above a byline.
  const overCredit = script === 'latin' && next?.role === 'byline' && mostlyCapitalised(text);
  // So does a title-case line straight under a heading (`Washington News and Gossip.` under the nameplate).
  const deck = stacks && unit.gapBefore === 0 && isTitleCase(text);
  const latinTitleEnd = script === 'latin' && (overCredit || deck || (/[?!]$/u.test(text) ? mostlyCapitalised(text) : isAllCaps(text) || (opensBlock && isCapitalWord(text))));
  if (endsSentence(text) && !latinTitleEnd) return null;
  // A name in capitals over a one-line paragraph signs a letter off (`VIRGINIA O'HANLON.` over the address).
  if (script === 'latin' && prev?.role === 'body' && next?.role === 'body' && endsSentence(next.text) && !isAllCaps(next.text) && !isCapitalWord(next.text) && endsSentence(text)) return null;
  // A name line followed at once by a date is a notice's signature, not a title.
  if (next && next.gapBefore === 0 && isDateLine(next.text)) return null;
  if (!capitals && next?.role === 'body' && script === 'latin' && /^\p{Ll}/u.test(next.text)) return null;
  // Heading lines stack: under a heading, any line with no sentence in it goes on the stack
  // while the next line is no running text either.
  // A CJK line under a heading may be the paragraph's first line, running on without a mark.
  if (stacks && (script !== 'cjk' || cjkStackLine(unit, next, column))) {
    if (!next || next.role !== 'body' || !isRunningText(next.text)) return 'it stands under a heading and holds no sentence';
    if (script === 'latin') return 'it stands under a heading, capitalised, and holds no sentence';
  }
  const afterSentence = !prev || prev.role !== 'body' || endsSentence(prev.text) || unit.gapBefore > 0 || isDateLine(prev.text);
  // A cut sentence never goes on with a dateline or a byline: when one follows, a new article
  // starts here, whatever the paragraph above left open (it goes on further down the page).
  // Nor does it run on over a printed rule (`LOSS OF THE BARQUE` / `* * *` / `The barque …`):
  // the rule sets the line above it apart as a title.
  const opensArticleBelow = next !== undefined && ((next.role === 'body' && startsWithDateline(next.text)) || next.role === 'byline' || (script === 'latin' && isPrintedRule(next)));
  const bullet = script === 'cjk' && !paragraphLines ? bulletSubheading(unit, next, afterSentence) : null;
  if (bullet) return bullet;
  // CJK headlines span columns: one as wide as its column is told by the lines around it.
  const wideTitle = script === 'cjk' && !paragraphLines && !isTitleShort(width, column, script) ? wideCjkTitle(unit, next, column, afterSentence, next !== undefined && startsParagraph(next, column, script)) : null;
  if (wideTitle) return wideTitle;
  if (!afterSentence && !opensArticleBelow) return null;
  if (paragraphLines) return 'it stands alone and holds no sentence';
  // Set in capitals: a heading whatever its width (body text is never set in capitals).
  // A name in capitals over a one-line paragraph is the signature of a letter, not a title.
  const signsOff = next?.role === 'body' && endsSentence(next.text) && !isAllCaps(next.text) && !isCapitalWord(next.text);
  if (script === 'latin' && !signsOff && (isAllCaps(text) || (opensBlock && isCapitalWord(text)))) return 'it is set in capitals and holds no sentence';
  // A paragraph's first line is indented a couple of characters: a heading is shorter still.
  if (next?.role === 'body' && !isTitleShort(width, column, script)) return null;
  // Body under a heading starts a paragraph (a dateline, an indent); a full line that runs
  // on shows this line is the indented start of a paragraph instead.
  if (next?.role === 'body' && !startsWithDateline(next.text) && !startsParagraph(next, column, script)) return null;
  return `it stands alone, is short of the ${Math.round(column)}-character column and holds no sentence`;
}

/** Most lines a dispatch's headline and deck take over its credit line. */
const LONGEST_CREDIT_STACK = 4;

/**
 * The lines of a dispatch's headline and deck: a credit line (`Telegraphed Exclusively to The
 * Evening Star.`) stands over its dispatch's text, and the short lines straight above it, up
 * to the paragraph before it that finished its sentence, are the headline, however the OCR
 * damaged their case and letters (`The Expedition to Latk for Dr. Liv-` / `iaptMi Delayed`).
 * Printed rules between them (`?? .`) are passed over. The shortest such stack is taken whose
 * top can open a headline: a paragraph may end in a short sentence (`…of the traveler.` /
 * `Dr. Livingston.`) just above the headline, and must not join it.
 */
function stacksOverCredits(units: readonly DraftUnit[], columnOf: (unit: DraftUnit) => number): Set<number> {
  const found = new Set<number>();
  units.forEach((credit, i) => {
    if (credit.role !== 'byline' || units[i + 1]?.role !== 'body') return;
    const lines: number[] = [];
    // The dispatch's text under the credit measures the column: short title lines over it
    // make the column look narrow where they stand.
    const column = Math.max(columnOf(units[i + 1] as DraftUnit), columnOf(credit));
    for (let k = i - 1; k >= 0 && lines.length < LONGEST_CREDIT_STACK; k--) {
      const unit = units[k] as DraftUnit;
      if (unit.role === 'other') continue;
      if (unit.role !== 'body' || startsWithDateline(unit.text) || !isTitleShort(lineWidth(unit.text, 'latin'), Math.max(column, columnOf(unit)), 'latin')) break;
      lines.push(k);
    }
    // The shortest stack whose top can open a headline: not lower case (`iaptMi Delayed` goes on
    // the line above), after a finished sentence, a block's start or a line of no text.
    for (let n = 1; n <= lines.length; n++) {
      const top = units[lines[n - 1] as number] as DraftUnit;
      const above = units[(lines[n - 1] as number) - 1];
      if (/^\p{Ll}/u.test(top.text)) continue;
      if (!above || above.role !== 'body' || endsSentence(above.text) || top.gapBefore > 0) {
        lines.slice(0, n).forEach((k) => found.add(k));
        return;
      }
    }
  });
  return found;
}

function finishesHeading(unit: DraftUnit, prev: DraftUnit | undefined, next: DraftUnit | undefined, width: number, column: number): boolean {
  if (prev?.role !== 'heading' || unit.gapBefore > 0 || (next !== undefined && next.role === 'body' && next.gapBefore === 0)) return false;
  // The heading above stops on a word, not on a mark, and this line is no more than a few words.
  return /\p{L}$/u.test(prev.text.trimEnd()) && isTitleShort(width, column, 'latin') && unit.text.split(/\s+/u).length <= 4 && /^\p{Lu}/u.test(unit.text);
}

/** Block types that say a block is running text, lower-cased: a PAGE region type, an ALTO tag label. */
const PARAGRAPH_TYPES: ReadonlySet<string> = new Set(['paragraph']);

/**
 * The file starts a paragraph block at this line, a block apart from the heading's: its first
 * line is running text, however capitalised (`Die Hohe Staats⸗Re⸗` under `Erzgebirgiſche
 * Eiſenbahn.`, a German notice in the Reichsanzeiger of 1844, where every noun is capitalised).
 */
function opensDeclaredParagraph(unit: DraftUnit, heading: DraftUnit, blocks: ReadonlyMap<string, LineBlock | undefined>): boolean {
  const block = blocks.get(unit.lineIds[0] ?? '');
  if (block?.type === undefined || !PARAGRAPH_TYPES.has(block.type.trim().toLowerCase())) return false;
  return blocks.get(heading.lineIds[heading.lineIds.length - 1] ?? '')?.id !== block.id;
}

/**
 * A dispatch's headline printed on two lines (`Canadians Coming Home from the` / `Papal
 * Service.` over `Telegraphed Exclusively to …`): once the lower line is taken as a headline
 * over its credit, the line above goes with it when it runs straight into it, holds no clause,
 * and stands after a finished sentence (or opens its block).
 */
function headlineLineAbove(above: DraftUnit, heading: DraftUnit, beforeAbove: DraftUnit | undefined, next: DraftUnit | undefined, script: Script): boolean {
  if (script !== 'latin' || next?.role !== 'byline' || above.role !== 'body' || heading.gapBefore > 0) return false;
  const text = above.text;
  if (endsSentence(text) || hasClauseMarks(text) || !/^\p{Lu}/u.test(text) || lineWidth(text, script) > LONGEST_HEADING[script]) return false;
  return above.gapBefore > 0 || !beforeAbove || beforeAbove.role !== 'body' || endsSentence(beforeAbove.text);
}

/**
 * A line set apart from the body type (larger, or centred) is a heading when its text reads
 * as a title: short, no clause, not a dateline or a date, and not the tail of a sentence
 * the line above left open.
 */
/** Headings in larger type a page needs before its centred body-type lines count as section titles. */
const LARGER_HEADLINES = 2;

function countLargerHeadlines(units: readonly DraftUnit[], geometry: Draft['geometry'], script: Script): number {
  if (!geometry) return 0;
  let count = 0;
  units.forEach((unit, i) => {
    const apart = unit.role === 'body' ? setApartFromBody(unit.lineIds[0] ?? '', geometry) : null;
    if (apart && !apart.weak && setApartHeading(unit, units[i - 1], script)) count++;
  });
  return count;
}

function setApartHeading(unit: DraftUnit, prev: DraftUnit | undefined, script: Script): boolean {
  const text = unit.text;
  const width = lineWidth(text, script);
  if (width > LONGEST_HEADING[script] || width < 2 || !/\p{L}/u.test(text)) return false;
  if (hasClauseMarks(text) || startsWithDateline(text) || isDateLine(text) || isNoticeCloser(text)) return false;
  // A word broken at the line's end runs on into the next line: body text, whatever its size.
  if (BROKEN_WORD_END.test(text.trimEnd())) return false;
  const continues = prev?.role === 'body' && prev.gapBefore === 0 && !endsSentence(prev.text) && unit.gapBefore === 0;
  // …nor does the line that finishes such a word (`l'obs-` / `tination des…`).
  const finishesWord = prev?.role === 'body' && BROKEN_WORD_END.test(prev.text.trimEnd()) && /^\p{Ll}/u.test(text);
  return !continues && !finishesWord;
}

function startsParagraph(unit: DraftUnit, column: number, script: Script): boolean {
  if (unit.startsIndented || unit.gapBefore > 0 || LEADING_JUMP.test(unit.text)) return true;
  return lineWidth(unit.text, script) <= column - (script === 'cjk' ? 1.5 : 4) || endsSentence(unit.text);
}

/** A line of no text set aside as `other` (`-.`, `* * *`, `?????`): a printed rule as the OCR read it. */
function isPrintedRule(unit: DraftUnit): boolean {
  return unit.role === 'other' && !/[\p{L}\p{N}]/u.test(unit.text);
}

/** One word in capitals (`FOOTBALL.`): a heading only where a block opens. */
function isCapitalWord(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && !/\s/u.test(text.trim());
}

/** A title-case line: two capitalised words or more, most words capitalised, no word broken at its end. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 2 && mostlyCapitalised(text) && !/\p{Ll}-$/u.test(text);
}

function isRunningText(text: string): boolean {
  return hasClauseMarks(text) || endsSentence(text);
}

function isTitleShort(width: number, column: number, script: Script): boolean {
  return isShortLine(width, column, script) && width <= column - (script === 'cjk' ? 3.5 : 8);
}

/** Headlines capitalise their words (or are set in capitals); running text does not. `share`: of the words of four letters or more. */
function mostlyCapitalised(text: string, share = 0.6): boolean {
  // Every body line of a Latin page is asked: one pass over the characters, no arrays.
  let words = 0;
  let capitalised = 0;
  for (let i = 0; i + 3 < text.length; i++) {
    if (i > 0 && !isSpace(text.charCodeAt(i - 1))) continue;
    if (!isLetter(text, i) || !isLetter(text, i + 1) || !isLetter(text, i + 2) || !isLetter(text, i + 3)) continue;
    words++;
    if (isCapital(text, i)) capitalised++;
  }
  if (words === 0) return /^\p{Lu}/u.test(text);
  return capitalised / words >= share;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || (code > 127 && /\s/u.test(String.fromCharCode(code)));
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && /\p{L}/u.test(text[i] ?? '');
}

function isCapital(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(text[i] ?? ''));
}
