/**
 * joinColumnLines — joins the printed lines of body text into paragraphs. A narrow column
 * breaks every sentence over several lines; the paragraph ends only where the evidence
 * says so: the line ends a sentence and is short of its column, or the next line is
 * indented, opens with a dateline, or the markup marked a break. On a page that already
 * gives one paragraph per line, a line that stops mid-sentence was cut by a column or a
 * jump and goes on in the next.
 *
 * On a layout page the line boxes decide "short" and "indented" (see shared/layout/line-ends).
 *
 * Wrong when: a paragraph's last line happens to fill the column and the next paragraph is
 * not indented (the two run together), or a list entry stops without punctuation.
 */
import type { Page, Script, SourceLine } from '../model/page';
import type { Repair } from '../model/repair';
import { makeRepair, type PassContext } from '../pipeline/context';
import { lineColumnsOf, type DraftUnit, type Pass } from '../pipeline/draft';
import { lineEndEvidence, shortGapFor, type LineEndEvidence } from '../layout/line-ends';
import { declaredJoins, isDeclaredJoin, type DeclaredJoin } from '../layout/declared-joins';
import { isParagraphLines, isShortLine, type LineColumns } from '../text/columns';
import { hasRunInHead, isDateLine, isEllipsisLine, isNoticeCloser, isPlaceAndDay, opensWithRunInHead, startsWithDateline } from '../text/line-forms';
import { endsSentence, joinText, lineWidth } from '../text/script';
import { buildLexicon, joinHyphenated, type PageLexicon } from '../text/line-end-hyphen';
import { joinMarkedHyphen } from '../text/marked-hyphen';
import { isDamagedLine, opensWithDebrisAndHead, opensWithSmallCapitals } from '../text/damaged-print';
import { cjkShortLineEnds } from './cjk-paragraph-end';
import { TEXT_MARK } from './cjk-title-lines';
import { BREAK_WEIGHT, printedWidth, printsQueryForMarks, weighParagraphEnd } from './paragraph-end-evidence';

/** Characters of the paragraph so far that the hyphen decision sees. */
const HYPHEN_CONTEXT = 300;

/** A line this much wider than a column is in another column. */
const WIDER_MEASURE = 1.4;

// decide's patterns, made once: literals in its body were built again on every line pair.
const LINE_END_HYPHEN = /[-\u00AD¬]$/u;
const LETTER_QUERY_END = /\p{L}\?$/u;
const CLAUSE_MARK = /[，,；;。]/u;
const COLON_END = /[:：]$/u;
const OPENS_SPACE = /^\s/u;
const OPENS_CAPITAL = /^["'‘“(]?\p{Lu}/u;
const CLAUSE_END = /[:;,—]$/u;
const WHITE_SPACE = /\s/u;

interface Decision {
  readonly join: boolean;
  readonly reason: string;
  /** Below 0.9 the break is worth an editor's look, and is recorded as a repair. */
  readonly confidence: number;
  /** The break only waits for rejoinFragments to find where the text goes on. */
  readonly deferred?: boolean;
  /** What the line boxes measured, when the decision used them. */
  readonly evidence?: Readonly<Record<string, number>>;
}

export const joinColumnLines: Pass = {
  name: 'joinColumnLines',
  run(draft, ctx) {
    const page = draft.page;
    const lines = new Map(page.lines.map((l) => [l.id, l]));
    const fileJoins = declaredJoins(page);
    // The widths measured before the headings were found serve; whether the page gives one
    // paragraph per line is asked again of the body lines left (headings would lower the median).
    const measured = lineColumnsOf(draft);
    const columns = { ...measured, paragraphLines: isParagraphLines(draft.units.filter((u) => u.role === 'body').map((u) => u.text), page.script) };
    // A unit is one line here: its column is its line's.
    const columnOf = (unit: DraftUnit) => columns.widthOf.get(unit.lineIds[unit.lineIds.length - 1] ?? '') ?? 0;
    const repairs: Repair[] = [];
    const units: DraftUnit[] = [];
    // The page's own vocabulary decides hyphens best: built once per page, Latin only.
    const lexicon = page.script === 'latin' ? buildLexicon(page.lines.map((l) => l.text)) : undefined;
    let group: DraftUnit[] = [];
    const shortShare = ctx.thresholds.shortLineShare;
    const shortGap = shortGapFor(shortShare);
    // Where the OCR prints `?` for marks it could not read, a line's final `?` may be a dash.
    const queryForMarks = page.script === 'latin' && printsQueryForMarks(page.lines.map((l) => l.text));
    const flush = (): void => {
      if (group.length) units.push(...joinGroup(group, page, lines, lexicon, fileJoins, ctx, repairs));
      group = [];
    };
    draft.units.forEach((original, i) => {
      let unit = original;
      if (unit.role !== 'body') {
        flush();
        units.push(unit);
        return;
      }
      const prev = draft.units[i - 1];
      if (group.length && prev) {
        const boxes = lineEndEvidence(prev.lineIds[prev.lineIds.length - 1] ?? '', unit.lineIds[0] ?? '', draft.geometry, shortGap);
        // The file says the paragraph runs on into the next region: no evidence of the text outweighs that.
        const declared = isDeclaredJoin(fileJoins, prev.lineIds[prev.lineIds.length - 1], unit.lineIds[0]);
        const decision = declared ? ({ join: true, reason: 'the file joins the regions', confidence: 1 } as const) : decide(prev, unit, lines, columnOf(prev), columnOf(unit), columns, page.script, boxes, shortShare, queryForMarks, group.length === 1);
        if (!decision.join) {
          const repair = decision.confidence < 0.9 ? breakRepair(prev, unit, decision, lines) : null;
          if (!repair || ctx.applies(repair)) {
            if (repair) repairs.push(repair);
            flush();
            // Evidence on the page, not a line cut short: later passes must not undo the break.
            if (!decision.deferred) unit = { ...unit, opensParagraph: true };
          }
        }
      }
      group.push(unit);
    });
    flush();
    return { draft: { ...draft, units }, repairs };
  },
};

function decide(a: DraftUnit, b: DraftUnit, lines: ReadonlyMap<string, SourceLine>, column: number, nextColumn: number, columns: LineColumns, script: Script, boxes: LineEndEvidence | null, shortShare: number, queryForMarks: boolean, firstOfParagraph = false): Decision {
  const lineA = lines.get(a.lineIds[a.lineIds.length - 1] ?? '');
  const lineB = lines.get(b.lineIds[0] ?? '');
  if (lineA?.markup?.hardBreak || lineB?.markup?.listItem) return { join: false, reason: 'the markup marks a break', confidence: 1 };
  if (startsWithDateline(b.text)) return { join: false, reason: 'the next line opens with a dateline', confidence: 0.95 };
  // `…持续演绎` / `……`: the ellipsis ends the open sentence, wrapped alone onto the next line.
  if (script === 'cjk' && isEllipsisLine(b.text) && !endsSentence(a.text)) return { join: true, reason: 'the next line is the ellipsis that ends this sentence', confidence: 0.9 };
  if (isDateLine(a.text) || isDateLine(b.text) || isNoticeCloser(a.text) || isNoticeCloser(b.text)) return { join: false, reason: 'a date or a notice formula stands alone', confidence: 0.95 };
  if (script === 'latin' && (isPlaceAndDay(a.text) || isPlaceAndDay(b.text))) return { join: false, reason: 'a place and day line stands over its report', confidence: 0.9 };
  const endA = a.text.trimEnd();
  const hyphenEnd = LINE_END_HYPHEN.test(endA);
  if (script === 'latin' && !hyphenEnd && opensWithRunInHead(b.text)) return { join: false, reason: 'the next line opens with a run-in head', confidence: 0.7 };
  // `…so far as` / `)*>FSible-` / `'fin cai>rr?mr Bisine**?It is expected`: the OCR made the
  // full stop a hyphen; a word broken there goes on in a letter, not in debris before a head.
  // Unless the file itself marks the hyphen as a word's break (ALTO HypPart1): its word wins.
  if (script === 'latin' && hyphenEnd && lineA?.hyphenation?.kind !== 'HypPart1' && opensWithDebrisAndHead(b.text)) return { join: false, reason: 'the next line opens with a run-in head after debris, so the line-end hyphen breaks no word', confidence: 0.6 };
  // `Hon?` / `Kong to-day`: on a page that prints `?` for unread marks, a word's final `?` is no
  // sure stop; the weighed evidence below decides.
  // Nor is the last `?` of a line damaged past reading (`by Hon. n?l???t?`).
  const sentenceEnd = endsSentence(a.text) && !((queryForMarks || (script === 'latin' && isDamagedLine(a.text))) && LETTER_QUERY_END.test(endA));
  if (columns.paragraphLines) {
    if (sentenceEnd) return { join: false, reason: 'the line ends a sentence', confidence: 1 };
    // A short line with no clause in it is an entry of its own (an address, a signature).
    if (!CLAUSE_MARK.test(a.text)) return { join: false, reason: 'the line is an entry of its own', confidence: 0.9 };
    if (COLON_END.test(a.text)) return { join: false, reason: 'the line introduces what follows', confidence: 0.9 };
    // A line cut mid-sentence goes on somewhere: often in the next line, but the page may
    // print other articles in between. rejoinFragments decides, once articles are known.
    return { join: false, reason: 'the line stops mid-sentence; its continuation is found later', confidence: 1, deferred: true };
  }
  // A line set to a much wider or narrower measure is in another column (a caption across two).
  const wa = lineWidth(a.text, script);
  const wb = lineWidth(b.text, script);
  if (wb > column * WIDER_MEASURE || (endsSentence(a.text) && wa > nextColumn * WIDER_MEASURE)) return { join: false, reason: 'the next line is set to another measure', confidence: 0.85 };
  // The boxes, where the file has them, measure the column better than a character count.
  // A Latin line damaged past reading (`ltv Hon. K. C. n?l???t?` over `zona to Congress.`) is no
  // measure of where it stopped, unless it ends a sentence.
  const unmeasured = !boxes && script === 'latin' && !sentenceEnd && isDamagedLine(a.text);
  const short = boxes ? boxes.short : isShortLine(wa, column, script, shortShare) && !unmeasured;
  const indented = boxes?.nextIndented === true || (lineB !== undefined && lineA !== undefined && OPENS_SPACE.test(lineB.raw) && !OPENS_SPACE.test(lineA.raw));
  const evidence = boxes ? { evidence: boxes.evidence } : {};
  // Without boxes, a Latin line that stops while the next line's first word would have fit
  // in its measure was ended by the writer, not the column (OCR often loses the full stop).
  const stoppedEarly = !boxes && script === 'latin' && OPENS_CAPITAL.test(b.text) && nextWordWouldFit(a.text, b.text, column);
  if (!sentenceEnd) {
    if (!boxes && script === 'latin') {
      const weighed = weighParagraphEnd({ line: endA, next: b.text.trimStart(), column, nextIndented: indented, queryForMarks, runInHead: hasRunInHead(a.text) });
      if (weighed.weight >= BREAK_WEIGHT) return { join: false, reason: `the line ends no sentence, but ${weighed.clues.join(', ')}`, confidence: 0.6 };
    }
    // A CJK column is justified: every line but a paragraph's last fills it, so a short line
    // ends its paragraph with or without a mark (`迎泽大街路南（金阳南路）` in a notice's list).
    const cjkEnd = script === 'cjk' && (short || indented || b.startsIndented === true) ? cjkShortLineEnds({ line: a.text, next: b.text, column, firstOfParagraph, nextIndented: indented || b.startsIndented === true, short }) : null;
    if (cjkEnd) return { join: false, reason: cjkEnd, confidence: 0.8, ...evidence };
    if (short && b.gapBefore > 0) return { join: false, reason: 'the line is short and a gap follows', confidence: 0.7, ...evidence };
    // An indented line after a gap opens a paragraph even where no full stop ends the last
    // (`…the friends of The Sun:` / `  Dear Editor: …`).
    if (indented && b.gapBefore > 0) return { join: false, reason: 'a gap follows and the next line is indented', confidence: 0.8, ...evidence };
    // A line that ends on a colon or a comma before an indented line (`…the following passages:`,
    // `Yours, very sincerely,`) closes its paragraph: the indent opens the next.
    if (indented && CLAUSE_END.test(a.text)) return { join: false, reason: 'the next line is indented after a colon or comma', confidence: 0.75, ...evidence };
    return { join: true, reason: 'the line stops mid-sentence', confidence: 0.9 };
  }
  if (short) return { join: false, reason: 'it ends a sentence and is short of the column', confidence: 0.95, ...evidence };
  if (stoppedEarly) return { join: false, reason: 'it ends a sentence and the next line’s first word would have fit after it', confidence: 0.8 };
  if (indented) return { join: false, reason: 'it ends a sentence and the next line is indented', confidence: 0.85, ...evidence };
  if (script === 'cjk' && startsIndented(b, lines, column)) return { join: false, reason: 'it ends a sentence and the next line starts two characters in', confidence: 0.75 };
  if (b.gapBefore > 0) return { join: false, reason: 'it ends a sentence and a gap follows', confidence: 0.8 };
  // A justified CJK column leaves only a paragraph's last line short, and that line ends on a
  // mark: a short line of no punctuation after a finished sentence is an entry of its own
  // (`…提前储水。` / `市供水公司`: a notice's signature).
  if (script === 'cjk' && isShortLine(wb, column, script, shortShare) && !TEXT_MARK.test(b.text) && !endsSentence(b.text)) return { join: false, reason: 'it ends a sentence and the next line is a short line of no punctuation, an entry of its own (a signature, a name)', confidence: 0.75 };
  // Items of a news column open with a run-in head in small capitals whose dash the OCR lost
  // (`…in open session.` / `No*iwati<tx The President`).
  if (script === 'latin' && opensWithSmallCapitals(b.text)) return { join: false, reason: 'it ends a sentence and the next line opens with a run-in head in small capitals', confidence: 0.7 };
  return { join: true, reason: 'the sentence ends at a full line', confidence: 0.7, ...evidence };
}

/** Characters of slack a line's measure is given: OCR widths in characters are rough. */
const FIT_SLACK = 4;

/**
 * Whether the first word of `next` would have fit after `line` within the column's measure.
 * Capitals count wider: a line of names or small capitals fills the column with fewer
 * characters. A line holding a run-in head (`THE TREATY.—The Senate`) is not read: its head
 * is set in capitals the OCR may have read as anything.
 */
function nextWordWouldFit(line: string, next: string, column: number): boolean {
  if (column <= 0 || LINE_END_HYPHEN.test(line.trimEnd()) || hasRunInHead(line)) return false;
  const word = next.trimStart().split(WHITE_SPACE, 1)[0] ?? '';
  return word !== '' && printedWidth(line) + 1 + printedWidth(word) + FIT_SLACK <= column;
}

/** CJK paragraphs start two characters in: the first line is about two characters short. */
function startsIndented(b: DraftUnit, lines: ReadonlyMap<string, SourceLine>, column: number): boolean {
  const line = lines.get(b.lineIds[0] ?? '');
  if (!line) return false;
  const missing = column - lineWidth(line.text, 'cjk');
  return missing >= 1.5 && missing <= 3 && !endsSentence(line.text);
}

function breakRepair(a: DraftUnit, b: DraftUnit, decision: Decision, lines: ReadonlyMap<string, SourceLine>): Repair {
  const number = lines.get(a.lineIds[a.lineIds.length - 1] ?? '')?.number ?? 0;
  return makeRepair({
    pass: 'joinColumnLines',
    kind: 'paragraph-break',
    reason: `Ended the paragraph after line ${number}: ${decision.reason}.`,
    confidence: decision.confidence,
    lineIds: [...a.lineIds.slice(-1), ...b.lineIds.slice(0, 1)],
    before: `${a.text}\n${b.text}`,
    after: `${a.text}\n\n${b.text}`,
    ...(decision.evidence ? { evidence: decision.evidence } : {}),
  });
}

/** Joins one paragraph's lines, unless the editor rejected the join. */
function joinGroup(group: DraftUnit[], page: Page, sourceLines: ReadonlyMap<string, SourceLine>, lexicon: PageLexicon | undefined, fileJoins: ReadonlyMap<string, DeclaredJoin>, ctx: PassContext, repairs: Repair[]): DraftUnit[] {
  const first = group[0];
  if (!first || group.length === 1) return group;
  // Loops where flatMap was: this runs for every paragraph (flatMap was 1% of a page's CPU).
  const lineIds: string[] = [];
  for (const u of group) lineIds.push(...u.lineIds);
  const script = page.script;
  const made: Repair[] = [];
  // The paragraph so far is finished pieces plus a tail of at least HYPHEN_CONTEXT characters
  // (or all of it): a join reads and rewrites only the tail. Slicing the whole growing string
  // at every join flattened it each time (quadratic on long paragraphs).
  const pieces: string[] = [];
  let tail = first.text;
  for (let i = 1; i < group.length; i++) {
    const unit = group[i] as DraftUnit;
    const ids = [...(group[i - 1] as DraftUnit).lineIds.slice(-1), unit.lineIds[0] ?? ''];
    if (tail.length < HYPHEN_CONTEXT && pieces.length > 0) tail = pieces.splice(0).join('') + tail;
    // Only the end of the paragraph so far matters to a line-end hyphen; passing the whole
    // paragraph would make every join cost its length (quadratic on long paragraphs).
    const cut = Math.max(0, tail.length - HYPHEN_CONTEXT);
    const context = tail.slice(cut);
    // The file's own markup (ALTO SUBS_CONTENT) decides first; then the page's evidence.
    const marked = joinMarkedHyphen(context, unit.text, sourceLines.get(ids[0] ?? ''), ids, sourceLines.get(unit.lineIds[0] ?? ''));
    const hyphen = marked ?? (script === 'latin' ? joinHyphenated(context, unit.text, ids, lexicon) : null);
    if (hyphen) {
      const applied = ctx.applies(hyphen.repair);
      if (applied) made.push(hyphen.repair);
      tail = tail.slice(0, cut) + (applied ? hyphen.text : hyphen.alternative);
    } else {
      tail = joinText(tail, unit.text, script);
    }
    if (tail.length > 4 * HYPHEN_CONTEXT) {
      pieces.push(tail.slice(0, tail.length - HYPHEN_CONTEXT));
      tail = tail.slice(tail.length - HYPHEN_CONTEXT);
    }
  }
  const text = pieces.join('') + tail;
  const declared: DeclaredJoin[] = [];
  for (let i = 1; i < group.length; i++) {
    const found = isDeclaredJoin(fileJoins, group[i - 1]?.lineIds[(group[i - 1]?.lineIds.length ?? 0) - 1], group[i]?.lineIds[0]);
    if (found) declared.push(found);
  }
  const regions = declared.map((j) => `${j.from} → ${j.to}`).join(', ');
  const join = makeRepair({
    pass: 'joinColumnLines',
    kind: 'join-lines',
    reason:
      `Joined ${group.length} lines into one paragraph: ${script === 'cjk' ? 'nothing inserted at the breaks (CJK)' : 'one space at each break'}` +
      (regions ? `; the file marks the paragraph as running on across regions (${regions}).` : '.'),
    confidence: declared.length ? 0.95 : 0.9,
    lineIds,
    before: group.map((u) => u.text).join('\n'),
    after: text,
    evidence: { lines: group.length, ...(regions ? { fileJoins: regions } : {}) },
  });
  if (!ctx.applies(join)) return group;
  repairs.push(join);
  for (const r of made) repairs.push({ ...r, dependsOn: [join.id] });
  return [{ ...first, lineIds, text }];
}
