/**
 * recogniseLineForms — gives a line its role when its own text shows it: a byline
 * (`(袁剑锋、杨润德)`, `By JOHN SMITH`), a jump line (`(下转第4版)`, `Continued on Page 4`),
 * a photo caption with its credit (`… 摄`), page furniture (`编辑/某某`, the page's date).
 * A caption credit printed on its own line takes the caption line above it along. A line
 * of no text is set aside as a rule, unless it is a CJK ellipsis finishing the open sentence
 * above it.
 *
 * Wrong when: body text happens to have the form (a paragraph that is only a bracketed
 * name list); such lines are short and rare, and the repair can be rejected.
 */
import type { Script } from '../model/page';
import type { Repair } from '../model/repair';
import { makeRepair, type PassContext } from '../pipeline/context';
import type { DraftUnit, Pass, UnitRole } from '../pipeline/draft';
import { endsSentence, hasClauseMarks } from '../text/script';
import { isBylineLine, isDateLine, isEllipsisLine, isJumpLine, isMasthead, isPageFurniture, isPhotoCredit } from '../text/line-forms';
import { trigramDice, trigrams } from '../text/similarity-trigrams';
import { COPY_LIKENESS, creditLikeness, endsLikeFormula } from './credit-likeness';

const REASONS: Partial<Record<UnitRole, string>> = {
  byline: 'it has the form of a credit line (names in brackets, “记者 …”, “By …”)',
  jump: 'it is a jump line that sends the reader to or from another page',
  caption: 'it ends with a photographer’s credit',
  'page-header': 'it has the form of page furniture (the page’s date, an editor’s credit, a page number)',
  other: 'it holds no letter and at most one figure (a printed rule, an ornament or a speck read by the OCR)',
};

export const recogniseLineForms: Pass = {
  name: 'recogniseLineForms',
  run(draft, ctx) {
    const repairs: Repair[] = [];
    // A figure alone is read here only on a page of text alone: a file with regions and boxes
    // says what its figures are (followFileRoles reads those).
    const plainText = !draft.geometry && draft.page.lines.every((l) => l.block?.type === undefined);
    const units = draft.units.map((unit, i): DraftUnit => {
      if (unit.role !== 'body') return unit;
      const figure = plainText && /^\p{N}{1,4}$/u.test(unit.text.trim());
      // A figure alone at the page's top or foot is its page number; one digit between
      // paragraphs is a rule or a speck the OCR read as a digit (`0`).
      const pageNumber = figure && (i === 0 || i === draft.units.length - 1);
      const speck = figure && unit.text.trim().length === 1;
      // The paper's name, or a date alone, near the top of the page is page furniture.
      const furniture = pageNumber || (i < 3 && (isMasthead(unit.text) || isDateLine(unit.text)));
      const role = furniture ? 'page-header' : speck ? 'other' : formOf(unit.text);
      if (!role || (role === 'other' && endsOpenSentence(unit, draft.units[i - 1], draft.page.script))) return unit;
      const repair = makeRepair({
        pass: 'recogniseLineForms',
        kind: 'classify-block',
        reason: `Took “${unit.text}” as ${label(role)}: ${REASONS[role] ?? ''}.`,
        confidence: role === 'caption' ? 0.8 : 0.9,
        lineIds: unit.lineIds,
        before: 'body',
        after: role,
      });
      if (!ctx.applies(repair)) return unit;
      repairs.push(repair);
      return { ...unit, role };
    });
    return { draft: { ...draft, units: takeCaptionLinesAbove(takeRepeatedCredits(units, ctx, repairs), ctx, repairs) }, repairs };
  },
};

/**
 * `正在这片土地上持续演绎` / `……`: an ellipsis under a line that stopped mid-sentence is that
 * sentence's end, wrapped onto a line of its own, not a printed rule.
 */
function endsOpenSentence(unit: DraftUnit, above: DraftUnit | undefined, script: Script): boolean {
  return script === 'cjk' && isEllipsisLine(unit.text) && above?.role === 'body' && !endsSentence(above.text);
}

function formOf(text: string): UnitRole | null {
  // No letter and no figure: a printed rule or ornament the OCR read as marks (`?`, `* * *`, `?? .`).
  if (!/[\p{L}\p{N}]/u.test(text)) return 'other';
  if (isJumpLine(text)) return 'jump';
  if (isPageFurniture(text)) return 'page-header';
  // A photographer's credit (`本报记者 李明 摄`) before a byline: it names a reporter too.
  if (text.length <= 120 && isPhotoCredit(text)) return 'caption';
  if (isBylineLine(text)) return 'byline';
  return null;
}

/** How alike (trigram Dice) a line must read to a credit line of the page to be its OCR-damaged copy. */
const SAME_CREDIT = 0.4;
/** Credit lines are short; a longer line is running text, whatever it shares. */
const LONGEST_CREDIT = 60;

/**
 * A wire credit is printed under every dispatch (`Telegraphed Exclusively to The Evening
 * Star.`), and OCR damages some copies past the byline's pattern (`Telejrapked Mmclutively to
 * Tke Evening Star.`). Where the page repeats a credit line (two bylines read alike), a short
 * body line that reads like it, letter by letter and about as long, is another copy of it.
 * A page with no repeated credit costs nothing here.
 */
function takeRepeatedCredits(units: DraftUnit[], ctx: PassContext, repairs: Repair[]): DraftUnit[] {
  const bylines = units
    .filter((u) => u.role === 'byline' && u.text.length <= LONGEST_CREDIT && !/\p{Script=Han}/u.test(u.text))
    .map((u) => ({ text: u.text, grams: trigrams(u.text) }));
  const formulas = bylines.filter((b, i) => bylines.some((o, j) => j !== i && trigramDice(b.grams, o.grams) >= SAME_CREDIT));
  if (formulas.length === 0) return units;
  const shortest = Math.min(...formulas.map((f) => f.text.length)) * 0.7;
  const longest = Math.max(...formulas.map((f) => f.text.length)) * 1.33;
  return units.map((unit) => {
    const text = unit.text;
    if (unit.role !== 'body' || text.length < shortest || text.length > Math.min(longest, LONGEST_CREDIT) || endsInBrokenWord(text)) return unit;
    const grams = trigrams(text);
    const copy = formulas.find((f) => text.length >= f.text.length * 0.75 && text.length <= f.text.length * 1.33 && trigramDice(grams, f.grams) >= SAME_CREDIT)?.text;
    // Damaged past its letter triples, a copy keeps the formula's shape: its words' lengths,
    // most letters in place, the same ending. A word lost whole (`I Exclusively u …`) shortens it.
    const sized = formulas.filter((f) => text.length >= f.text.length * 0.7 && text.length <= f.text.length * 1.33);
    const shaped = copy === undefined ? sized.find((f) => endsLikeFormula(text, f.text) && creditLikeness(text, f.text) >= COPY_LIKENESS)?.text : undefined;
    const formula = copy ?? shaped;
    if (formula === undefined) return unit;
    const repair = makeRepair({
      pass: 'recogniseLineForms',
      kind: 'classify-block',
      reason: copy
        ? `Took “${text}” as a byline: it reads like the page’s repeated credit line “${copy}”, damaged by the OCR.`
        : `Took “${text}” as a byline: it has the shape of the page’s repeated credit line “${formula}” (as many words, as long, the same ending), damaged by the OCR.`,
      confidence: copy ? 0.7 : 0.6,
      lineIds: unit.lineIds,
      before: 'body',
      after: 'byline',
    });
    if (!ctx.applies(repair)) return unit;
    repairs.push(repair);
    return { ...unit, role: 'byline' };
  });
}

function endsInBrokenWord(text: string): boolean {
  return /\p{L}-$/u.test(text.trimEnd());
}

function label(role: UnitRole): string {
  return role === 'page-header' ? 'page furniture' : role === 'jump' ? 'a jump line' : role === 'other' ? 'no text' : `a ${role}`;
}

/**
 * A caption's first line printed above the line with its credit (`张秀丽 郭建都 摄影` under
 * `山西焦煤…全体干部职工`; `The President reading his address … in` over `joint session.
 * (Photo by …)`) belongs to the caption: it stands at the start of a block, runs straight
 * into the credit line (no gap), and ends no sentence of its own.
 */
function takeCaptionLinesAbove(units: DraftUnit[], ctx: PassContext, repairs: Repair[]): DraftUnit[] {
  return units.map((unit, i) => {
    const next = units[i + 1];
    const before = units[i - 1];
    if (unit.role !== 'body' || next?.role !== 'caption' || next.gapBefore > 0 || endsSentence(unit.text)) return unit;
    const opensBlock = !before || before.role !== 'body' || unit.gapBefore > 0 || endsSentence(before.text);
    const creditOnly = next.text.split(/\s+/u).length >= 2 && next.text.length <= 20;
    if (!opensBlock || (creditOnly ? hasClauseMarks(unit.text) : !/[\s,，]/u.test(unit.text))) return unit;
    const repair = makeRepair({
      pass: 'recogniseLineForms',
      kind: 'classify-block',
      reason: `Took “${unit.text}” into the caption below it: it opens a block and runs into the credit line.`,
      confidence: 0.7,
      lineIds: unit.lineIds,
      before: 'body',
      after: 'caption',
    });
    if (!ctx.applies(repair)) return unit;
    repairs.push(repair);
    return { ...unit, role: 'caption' };
  });
}
