/**
 * groupArticles — splits the page into articles and gives heading lines their roles.
 * A stack of heading lines followed by body text opens an article: its last line (or the
 * one the markup ranks highest) is the headline, a two-part line or lead-in just above it
 * the kicker, a dash-led line below it the deck, anything higher a section label over
 * several articles. A dateline (`本报讯`, `WASHINGTON, Jan. 3 —`) or body text after a
 * closing byline also opens an article. A heading stack with no body after it is an
 * orphaned headline, left for `reattachHeadlines`.
 *
 * Wrong when: an article runs on after its byline, or a headline sits between two parts
 * of the same article; the repairs name each decision.
 */
import type { Page } from '../model/page';
import type { Repair } from '../model/repair';
import { makeRepair, type PassContext } from '../pipeline/context';
import type { DraftArticle, DraftUnit, Pass, UnitRole } from '../pipeline/draft';
import { coupletParts, isColumnLabel, isDateLine, isJumpFrom, isNoticeCloser, isWireCredit, startsWithDateline } from '../text/line-forms';
import { endsSentence } from '../text/script';

interface OpenArticle {
  id: string;
  unitIds: string[];
  hasBody: boolean;
  closed: boolean;
  /** What closed it: a byline, or a notice's signature and date. */
  closedBy?: 'byline' | 'notice';
}

export const groupArticles: Pass = {
  name: 'groupArticles',
  run(draft, ctx) {
    const repairs: Repair[] = [];
    const roles = assignHeadingRoles(draft.units, draft.page, ctx, repairs);
    const units = draft.units.map((u) => (roles.has(u.id) ? { ...u, role: roles.get(u.id) as UnitRole } : u));
    const articles: OpenArticle[] = [];
    let open = null as OpenArticle | null;
    // The space the page most often leaves before a block: more than that separates articles.
    const paragraphGap = mostCommonGap(units);
    // The file's reading order groups blocks (often one group per article): a wider gap inside
    // one group is not enough to split it.
    const groupOf = declaredGroups(draft.page);
    const sameGroup = (a: DraftUnit | undefined, b: DraftUnit): boolean => {
      const ga = a && groupOf.get(a.lineIds[0] ?? '');
      return ga !== undefined && ga === groupOf.get(b.lineIds[0] ?? '');
    };
    const start = (unit: DraftUnit): OpenArticle => {
      open = { id: `A-${unit.lineIds[0] ?? unit.id}`, unitIds: [], hasBody: false, closed: false };
      articles.push(open);
      return open;
    };
    for (let i = 0; i < units.length; i++) {
      const unit = units[i] as DraftUnit;
      const current = open as OpenArticle | null;
      switch (unit.role) {
        case 'kicker':
        case 'headline':
        case 'deck': {
          const opensStack = i === 0 || !['kicker', 'headline', 'deck'].includes(units[i - 1]?.role ?? '');
          const target = opensStack || !current ? start(unit) : current;
          target.unitIds.push(unit.id);
          break;
        }
        case 'body':
        case 'subheading': {
          if (current?.closed && isLoneCaption(unit, units[i + 1])) {
            const repair = makeRepair({
              pass: 'groupArticles',
              kind: 'classify-block',
              reason: `Set “${unit.text}” aside as a photo caption: one short sentence standing alone between a finished article and the next heading.`,
              confidence: 0.55,
              lineIds: unit.lineIds,
              before: 'body',
              after: 'caption',
            });
            if (ctx.applies(repair)) {
              repairs.push(repair);
              units[i] = { ...unit, role: 'caption' };
              break;
            }
          }
          const prevUnit = units[i - 1];
          const why = !current
            ? null
            : current.closed
              ? current.closedBy === 'notice'
                ? 'the notice before it ended with its signature and date'
                : 'the article before it ended with its byline'
              : current.hasBody && unit.role === 'body' && startsWithDateline(unit.text)
                ? 'it opens with a dateline'
                : current.hasBody && unit.role === 'body' && unit.gapBefore > paragraphGap && prevUnit?.role === 'body' && endsSentence(prevUnit.text) && !sameGroup(prevUnit, unit)
                  ? 'the page leaves more space before it than between paragraphs'
                  : null;
          const repair = why ? splitRepair(unit, why) : null;
          const split = repair !== null && ctx.applies(repair);
          if (split) repairs.push(repair);
          const target = !current || split ? start(unit) : current;
          target.unitIds.push(unit.id);
          target.hasBody = true;
          if (draft.page.script === 'cjk' && closesNotice(units, i)) {
            target.closed = true;
            target.closedBy = 'notice';
          }
          break;
        }
        case 'jump':
          // `(上接第1版)` opens the article it brings in, unless a heading has just opened it.
          if (isJumpFrom(unit.text) && (!current || current.closed || current.hasBody)) {
            start(unit).unitIds.push(unit.id);
            break;
          }
          if (current) current.unitIds.push(unit.id);
          break;
        case 'byline':
          if (current) {
            current.unitIds.push(unit.id);
            // A wire credit between dispatches (`(PAR FIL SPÉCIAL)` over each) continues the article.
            if (unit.role === 'byline' && current.hasBody && !isWireCredit(unit.text)) current.closed = true;
          }
          break;
        default:
          break;
      }
    }
    const found: DraftArticle[] = articles.map(({ id, unitIds }) => ({ id, unitIds }));
    return { draft: { ...draft, units, articles: found }, repairs };
  },
};

/**
 * Latin heads stack from the top: the first deck (lines up to one that ends with a full
 * stop, a question or an exclamation) is the headline, the decks under it the sub-headline.
 */
function latinStackRoles(stack: readonly DraftUnit[]): Map<string, UnitRole> {
  const roles = new Map<string, UnitRole>();
  let role: UnitRole = 'headline';
  stack.forEach((unit, k) => {
    // A deck ends at a full stop, or where the type changes (capitals, then lower case).
    const next = stack[k + 1];
    if (k > 0 && role === 'headline' && next === undefined && inCapitals(stack[k - 1]?.text ?? '') !== inCapitals(unit.text)) role = 'deck';
    roles.set(unit.id, role);
    if (/[.?!]["'”’]?$/u.test(unit.text) || (next && inCapitals(unit.text) !== inCapitals(next.text))) role = 'deck';
  });
  return roles;
}

/** The declared reading-order group of each line, by the group's place in the file; empty when the file declares no groups. */
function declaredGroups(page: Page): ReadonlyMap<string, number> {
  const groups = page.layout?.readingOrder?.groups ?? [];
  if (groups.length === 0) return new Map();
  const groupOfBlock = new Map<string, number>();
  groups.forEach((group, k) => {
    for (const id of group.blockIds) if (!groupOfBlock.has(id)) groupOfBlock.set(id, k);
  });
  const out = new Map<string, number>();
  for (const line of page.lines) {
    const k = line.block ? groupOfBlock.get(line.block.id) : undefined;
    if (k !== undefined) out.set(line.id, k);
  }
  return out;
}

/**
 * A notice signs off with its issuer and the date (`太原市信访局` / `2023年2月10日`, or
 * `特此公告` before them): the date ends it, unless a note of its own follows (`注:总面积…`).
 */
function closesNotice(units: readonly DraftUnit[], i: number): boolean {
  const unit = units[i];
  if (!unit) return false;
  // A note under the date leaves the notice open: what follows it may be a caption beside the
  // notice (dev 001), which must not open an untitled article of its own.
  const next = units[i + 1];
  return signsOff(units, i) && !(next && /^(注|附|附件|备注)\s*[:：]/u.test(next.text));
}

/** The unit is a date under a signature or a `特此…` formula. */
function signsOff(units: readonly DraftUnit[], i: number): boolean {
  const unit = units[i];
  const before = units[i - 1];
  if (!unit || !before || before.role !== 'body' || !isDateLine(unit.text)) return false;
  const signature = before.text.length <= 24 && !/[，。；：！？,.;:!?]/u.test(before.text);
  return signature || isNoticeCloser(before.text);
}

function mostCommonGap(units: readonly DraftUnit[]): number {
  const counts = new Map<number, number>();
  for (const u of units) if (u.gapBefore > 0) counts.set(u.gapBefore, (counts.get(u.gapBefore) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [gap, count] of counts) if (count > bestCount || (count === bestCount && gap < best)) [best, bestCount] = [gap, count];
  // With only one kind of gap on the page, it is the paragraph gap: nothing wider splits.
  return counts.size <= 1 ? Number.POSITIVE_INFINITY : best;
}

/** Set in capitals, one word or more (`SUMPTIVES.` goes on `HOSIE FOR THE CON-`). */
function inCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** Longest lone sentence taken as a caption, in characters. */
const LONE_CAPTION = 24;

function isLoneCaption(unit: DraftUnit, next: DraftUnit | undefined): boolean {
  return unit.role === 'body' && unit.lineIds.length === 1 && unit.text.length <= LONE_CAPTION && endsSentence(unit.text) && !startsWithDateline(unit.text) && next !== undefined && next.role !== 'body';
}

function splitRepair(unit: DraftUnit, why: string): Repair {
  return makeRepair({
    pass: 'groupArticles',
    kind: 'split-articles',
    reason: `Started a new article at “${unit.text.slice(0, 20)}…”: ${why}.`,
    confidence: 0.8,
    lineIds: unit.lineIds,
    before: '',
    after: '',
  });
}

/**
 * Roles of the heading lines that stand over body text. Stacks with no body after them
 * stay `heading` (orphans).
 */
function assignHeadingRoles(units: readonly DraftUnit[], page: Page, ctx: PassContext, repairs: Repair[]): Map<string, UnitRole> {
  const roles = new Map<string, UnitRole>();
  for (let i = 0; i < units.length; ) {
    if (units[i]?.role !== 'heading') {
      i++;
      continue;
    }
    let end = i;
    while (units[end + 1]?.role === 'heading') end++;
    let after = end + 1;
    // A printed rule under a headline (`-.`, `* * *`, `___`, as OCR reads rules) parts it from
    // its body on paper only: the headline still opens the article below.
    while (units[after]?.role === 'byline' || units[after]?.role === 'jump' || isPrintedRule(units[after])) after++;
    const live = units[after]?.role === 'body' || units[after]?.role === 'subheading';
    const stack = units.slice(i, end + 1);
    if (live && isDispatchLine(stack, units[i - 1])) {
      const unit = stack[0] as DraftUnit;
      const repair = makeRepair({
        pass: 'groupArticles',
        kind: 'classify-block',
        reason: `Kept “${unit.text}” inside the article as a sub-heading: a line wholly in brackets between paragraphs marks a dispatch or a source within the article, not a new headline.`,
        confidence: 0.7,
        lineIds: unit.lineIds,
        before: 'heading',
        after: 'subheading',
        // Its own id: rejecting it must leave the headline roles below free to apply.
        detail: 'dispatch',
      });
      if (ctx.applies(repair)) {
        repairs.push(repair);
        roles.set(unit.id, 'subheading');
        i = end + 1;
        continue;
      }
    }
    if (live) {
      for (const [id, role] of stackRoles(stack, page)) {
        const unit = stack.find((u) => u.id === id) as DraftUnit;
        const repair = makeRepair({
          pass: 'groupArticles',
          kind: 'classify-block',
          reason: `Took “${unit.text}” as the ${role === 'deck' ? 'deck' : role === 'section-label' ? 'section label' : role} of the article below it.`,
          confidence: role === 'headline' ? 0.85 : 0.65,
          lineIds: unit.lineIds,
          before: 'heading',
          after: role,
        });
        if (!ctx.applies(repair)) continue;
        repairs.push(repair);
        roles.set(id, role);
      }
    }
    i = end + 1;
  }
  return roles;
}

/** One heading line wholly in brackets (`(PAR FIL SPÉCIAL)`, `(From our correspondent)`) straight after running text. */
function isDispatchLine(stack: readonly DraftUnit[], before: DraftUnit | undefined): boolean {
  const text = stack[0]?.text ?? '';
  return stack.length === 1 && before?.role === 'body' && /^[(（][^()（）]+[)）]$/u.test(text);
}

/** The roles of a stack of heading lines over one article: headline, kicker, deck, section labels above. */
export function stackRoles(stack: readonly DraftUnit[], page: Page): Map<string, UnitRole> {
  const roles = new Map<string, UnitRole>();
  const level = (u: DraftUnit) => page.lines.find((l) => l.id === u.lineIds[0])?.markup?.headingLevel ?? 99;
  const ranked = stack.map(level);
  const best = Math.min(...ranked);
  if (best === 99 && page.script === 'latin') return latinStackRoles(stack);
  // The markup's highest-ranked line is the headline; without markup, the lowest line that
  // does not open with a dash (a dash-led line under the headline is its deck).
  let head = stack.length - 1;
  while (head > 0 && /^[—–-]/u.test((stack[head] as DraftUnit).text)) head--;
  if (best < 99) head = ranked.indexOf(best);
  // Lines after the headline that open with a dash are the deck; others continue it.
  for (let k = head + 1; k < stack.length; k++) {
    const unit = stack[k] as DraftUnit;
    roles.set(unit.id, /^[—–-]/u.test(unit.text) ? 'deck' : 'headline');
  }
  roles.set((stack[head] as DraftUnit).id, 'headline');
  // A headline printed on two lines: two short parallel lines with no space inside.
  let top = head;
  const headUnit = stack[head] as DraftUnit;
  const above = stack[head - 1];
  if (above && !coupletParts(above.text) && !coupletParts(headUnit.text) && !/\s/u.test(above.text) && Math.abs(above.text.length - headUnit.text.length) <= 1 && page.script === 'cjk') {
    roles.set(above.id, 'headline');
    top = head - 1;
  }
  // A column's name alone over an article (`并州论坛`) labels the column: a kicker, no headline.
  if (top === 0 && stack.length === 1 && isColumnLabel(headUnit.text)) roles.set(headUnit.id, 'kicker');
  const kicker = stack[top - 1];
  if (kicker) roles.set(kicker.id, coupletParts(kicker.text) || /[—–-]{1,2}$/u.test(kicker.text) ? 'kicker' : 'section-label');
  for (let k = 0; k < top - 1; k++) roles.set((stack[k] as DraftUnit).id, 'section-label');
  return roles;
}

/** A line of no text set aside as `other`: a printed rule or ornament as the OCR read it (`-.`, `* * *`, `???`). */
function isPrintedRule(unit: DraftUnit | undefined): boolean {
  return unit?.role === 'other' && !/[\p{L}\p{N}]/u.test(unit.text);
}
