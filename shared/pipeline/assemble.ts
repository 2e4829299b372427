/**
 * Turns the final draft into the Reconstruction: articles with their heading fields and
 * paragraphs, and everything else in `other`. Every text line ends up in a place; a line
 * that a repair split (a merged headline, an inline jump) ends up in each of its parts.
 */
import type { Article, OtherBlock, OtherKind, Paragraph, TextSpan } from '../model/reconstruction';
import type { Draft, DraftUnit, UnitRole } from './draft';

const OTHER_KINDS: readonly UnitRole[] = ['caption', 'page-header', 'section-label', 'banner', 'other'];

export function assembleArticles(draft: Draft): { articles: Article[]; other: OtherBlock[] } {
  const byId = new Map(draft.units.map((u) => [u.id, u]));
  const placed = new Set<string>();
  const articles: Article[] = [];
  for (const draftArticle of draft.articles ?? []) {
    const units = draftArticle.unitIds.map((id) => byId.get(id)).filter((u): u is DraftUnit => u !== undefined);
    units.forEach((u) => placed.add(u.id));
    articles.push(articleOf(draftArticle.id, units));
  }
  if (draft.articles === null) {
    // No pass grouped the page: its body text is one untitled article, so nothing is lost.
    const body = draft.units.filter((u) => u.role === 'body' || u.role === 'subheading');
    if (body.length) {
      body.forEach((u) => placed.add(u.id));
      articles.push(articleOf(`A-${body[0]?.lineIds[0] ?? 'page'}`, body));
    }
  }
  const other: OtherBlock[] = [];
  draft.units.forEach((unit, i) => {
    if (placed.has(unit.id)) return;
    other.push({ id: `O-${unit.id.slice(2)}`, kind: otherKind(unit, draft.units[i - 1], draft.units[i + 1]), text: unit.text, lineIds: unit.lineIds, ...noteOf(unit) });
  });
  other.push(...unplacedLines(draft));
  return { articles, other };
}

function otherKind(unit: DraftUnit, prev: DraftUnit | undefined, next: DraftUnit | undefined): OtherKind {
  if (OTHER_KINDS.includes(unit.role)) return unit.role as OtherKind;
  // A title over photos: a heading line with captions beside it and no article of its own.
  if (unit.role === 'heading' && (prev?.role === 'caption' || next?.role === 'caption')) return 'caption';
  return 'other';
}

function noteOf(unit: DraftUnit): { note?: string } {
  if (unit.role === 'heading') return { note: 'a heading that matched no article' };
  if (unit.role === 'byline' || unit.role === 'jump') return { note: `a ${unit.role} outside any article` };
  return {};
}

/** Lines no unit holds (a pass failed before units were made): kept, never dropped. */
function unplacedLines(draft: Draft): OtherBlock[] {
  // Loops, not flatMap: every page runs this, and flatMap cost 1% of a page's CPU.
  const inUnits = new Set<string>();
  for (const u of draft.units) for (const id of u.lineIds) inUnits.add(id);
  return draft.page.lines
    .filter((line) => line.text !== '' && !inUnits.has(line.id))
    .map((line) => ({ id: `O-${line.id}`, kind: 'other', text: line.text, lineIds: [line.id], note: 'not placed: a reconstruction step failed' }));
}

function articleOf(id: string, units: readonly DraftUnit[]): Article {
  const field = (role: UnitRole): TextSpan | null => {
    const matching = units.filter((u) => u.role === role);
    if (!matching.length) return null;
    // A heading printed over several lines is joined with one space (GT-SPEC); a word
    // hyphenated at the end of a heading line (`THE CON-` / `SUMPTIVES.`) is re-joined.
    const text = matching.map((u) => u.text).reduce((acc, t) => (acc === '' ? t : /\p{L}-$/u.test(acc) && /^\p{L}/u.test(t) ? acc.slice(0, -1) + t : `${acc} ${t}`), '');
    return { text, lineIds: matching.flatMap((u) => u.lineIds) };
  };
  const paragraphs: Paragraph[] = units
    .filter((u) => u.role === 'body' || u.role === 'subheading')
    .map((u) => ({ id: `P-${u.id.slice(2)}`, text: u.text, lineIds: u.lineIds }));
  return {
    id,
    kicker: field('kicker'),
    headline: field('headline'),
    subheadline: field('deck'),
    byline: field('byline'),
    paragraphs,
    jumps: units.filter((u) => u.role === 'jump').map((u) => ({ text: u.text, lineIds: u.lineIds })),
  };
}
