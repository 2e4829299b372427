/**
 * Helpers for the example pairs of the passes (in the spirit of remark-lint's rule tests):
 * a small page goes in, and the test reads what an editor would see: the articles with their
 * heading fields, the other blocks by kind, and each pass's repairs as one line each.
 */
import { expect } from 'vitest';
import { textLines, type Page } from '../../../shared/model/page';
import { placedLineIds, type Reconstruction } from '../../../shared/model/reconstruction';
import type { Repair } from '../../../shared/model/repair';
import type { Pass } from '../../../shared/pipeline/draft';
import { PASSES, reconstruct } from '../../../shared/pipeline/reconstruct';
import { pageOf } from '../page-of';

/** A page from its lines, as a text file holds them (`name` decides markdown: `page.md`). */
export function page(lines: readonly string[], name = 'test.txt'): Page {
  return pageOf(`${lines.join('\n')}\n`, name);
}

/** An article as an editor reads it: only the fields the page filled. */
export interface ArticleView {
  kicker?: string;
  headline?: string;
  subheadline?: string;
  byline?: string;
  paragraphs: string[];
  jumps?: string[];
}

export function articlesOf(result: Reconstruction): ArticleView[] {
  return result.articles.map((a) => {
    const view: ArticleView = { paragraphs: a.paragraphs.map((p) => p.text) };
    if (a.kicker) view.kicker = a.kicker.text;
    if (a.headline) view.headline = a.headline.text;
    if (a.subheadline) view.subheadline = a.subheadline.text;
    if (a.byline) view.byline = a.byline.text;
    if (a.jumps.length) view.jumps = a.jumps.map((j) => j.text);
    // Key order as printed, so a failing diff reads top to bottom.
    return { ...pick(view, ['kicker', 'headline', 'subheadline', 'byline']), paragraphs: view.paragraphs, ...pick(view, ['jumps']) };
  });
}

function pick(view: ArticleView, keys: readonly (keyof ArticleView)[]): Partial<ArticleView> {
  return Object.fromEntries(keys.filter((k) => view[k] !== undefined).map((k) => [k, view[k]]));
}

/** The blocks outside the articles, one line each: `caption: 游客在冰面上…`. */
export function otherOf(result: Reconstruction): string[] {
  return result.other.map((o) => `${o.kind}: ${o.text}`);
}

const flat = (text: string): string => text.replace(/\n/gu, '⏎');

/**
 * One repair as one line: `join-lines 市⏎政府 → 市政府`. A repair that changes a role names
 * the lines it classified (`classify-block 康复之光照童心: body → heading`); one that moves
 * no text (a split between articles) is given by its reason.
 */
export function repairLine(repair: Repair, source: Page): string {
  if (repair.before === '' && repair.after === '') return `${repair.kind} ${repair.reason}`;
  if (repair.kind === 'classify-block') {
    const text = repair.lineIds.map((id) => source.lines.find((l) => l.id === id)?.text ?? id).join('⏎');
    return `${repair.kind} ${text}: ${repair.before} → ${repair.after}`;
  }
  return `${repair.kind} ${flat(repair.before)} → ${flat(repair.after)}`;
}

/** The repairs one pass made, one line each, in the order it made them. */
export function repairsOf(result: Reconstruction, pass: string, source: Page): string[] {
  return result.repairs.filter((r) => r.pass === pass).map((r) => repairLine(r, source));
}

/** The one repair of `pass` whose line reads `line`; fails the test when there is none. */
export function findRepair(result: Reconstruction, pass: string, line: string, source: Page): Repair {
  const found = result.repairs.find((r) => r.pass === pass && repairLine(r, source) === line);
  expect(found, `no repair of ${pass} reads “${line}”`).toBeDefined();
  return found as Repair;
}

/** The pipeline up to and including the named pass. */
export function passesUpTo(name: string): readonly Pass[] {
  const index = PASSES.findIndex((p) => p.name === name);
  if (index < 0) throw new Error(`no pass named ${name}`);
  return PASSES.slice(0, index + 1);
}

/**
 * Rejects one repair and checks what rejecting always means: that repair is declined and
 * gone, so are the repairs that said they built on it, and the passes before its own pass
 * made exactly the repairs they made before. Returns the new result for the example's own
 * checks of what came back.
 */
export function rejecting(source: Page, repair: Repair, before: Reconstruction = reconstruct(source)): Reconstruction {
  const after = reconstruct(source, { rejected: new Set([repair.id]) });
  expect(after.declined.map((r) => r.id)).toEqual([repair.id]);
  expect(after.repairs.map((r) => r.id)).not.toContain(repair.id);
  expect(after.repairs.filter((r) => r.dependsOn?.includes(repair.id)).map((r) => r.id)).toEqual([]);
  const passIndex = PASSES.findIndex((p) => p.name === repair.pass);
  const earlier = new Set(PASSES.slice(0, passIndex).map((p) => p.name));
  const earlierIds = (r: Reconstruction) => r.repairs.filter((x) => earlier.has(x.pass)).map((x) => x.id);
  expect(earlierIds(after)).toEqual(earlierIds(before));
  expect(after.failures).toEqual([]);
  return after;
}

/** Every text line of the page is placed somewhere in the result: nothing is lost. */
export function expectWhole(result: Reconstruction, source: Page): void {
  expect([...new Set(placedLineIds(result))].sort()).toEqual(textLines(source).map((l) => l.id).sort());
}
