/**
 * Derived data, computed from the store and memoised, never stored: the reconstruction of
 * the active page under the editor's decisions, and the links between lines and pieces.
 */
import type { LineId, Page } from '../../../shared/model/page';
import type { Reconstruction, TextSpan } from '../../../shared/model/reconstruction';
import type { RepairId } from '../../../shared/model/repair';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { isLinkRepairId } from '../../../shared/issue/link-jumps';
import { applyEdits, type EditedPage } from '../../../shared/edit/apply-edits';
import type { Edit } from '../../../shared/edit/edits';
import type { AppState } from './app-store';
import { keepIdentity } from './keep-identity';
import type { Selection } from './ui-slice';

export function selectActivePage(state: AppState): Page | null {
  return state.pages.find((p) => p.id === state.activePageId) ?? null;
}

const NO_REJECTIONS: readonly RepairId[] = [];

export function selectRejected(state: AppState): readonly RepairId[] {
  return (state.activePageId && state.rejected[state.activePageId]) || NO_REJECTIONS;
}

const NO_EDITS: readonly Edit[] = [];

export function selectEdits(state: AppState): readonly Edit[] {
  return (state.activePageId && state.edits[state.activePageId]) || NO_EDITS;
}

interface EngineRun {
  readonly rejected: string;
  readonly disabled: readonly string[];
  readonly thresholds: AppState['thresholds'];
  readonly result: Reconstruction;
}

/**
 * The last few engine runs of each open page, by rejected set: undo and redo of a rejection go
 * back to a set of rejections already rebuilt, and get its result without re-running the
 * engine; every page of an issue keeps its current result. Keyed by the page object, so a
 * closed page's runs go with it.
 */
const ENGINE_RUNS_KEPT = 8;
const engineRuns = new WeakMap<Page, EngineRun[]>();
let edited: { base: Reconstruction; edits: readonly Edit[]; page: EditedPage } | null = null;

/** The cache key of a rejected set: issue link rejections are not the page engine's, so they leave it alone. */
function rejectedKey(rejectedIds: readonly RepairId[]): string {
  return rejectedIds.filter((id) => !isLinkRepairId(id)).sort().join('\n');
}

/** The thresholds before the editor moves any (the store starts with this same object). */
const NO_THRESHOLDS: AppState['thresholds'] = {};

/** `page` as the engine rebuilds it with these rejections, passes off and thresholds; cached by reference. */
export function engineRun(page: Page, rejectedIds: readonly RepairId[], disabled: readonly string[], thresholds: AppState['thresholds'] = NO_THRESHOLDS): Reconstruction {
  const rejected = rejectedKey(rejectedIds);
  const runs = engineRuns.get(page) ?? [];
  const known = runs.find((run) => run.rejected === rejected && run.disabled === disabled && run.thresholds === thresholds);
  if (known) return known.result;
  const result = reconstruct(page, { rejected: new Set(rejectedIds), settings: { disabledPasses: disabled, thresholds } });
  engineRuns.set(page, [{ rejected, disabled, thresholds, result }, ...runs.slice(0, ENGINE_RUNS_KEPT - 1)]);
  return result;
}

/** The active page as the engine rebuilds it with the editor's rejections. */
function engineResult(state: AppState): Reconstruction | null {
  const page = selectActivePage(state);
  return page ? engineRun(page, selectRejected(state), state.disabledPasses, state.thresholds) : null;
}

/** The engine run for these inputs if one is kept (computed here or primed), else null; never runs the engine. */
export function keptEngineRun(page: Page, rejectedIds: readonly RepairId[], disabled: readonly string[], thresholds: AppState['thresholds'] = NO_THRESHOLDS): Reconstruction | null {
  const rejected = rejectedKey(rejectedIds);
  return engineRuns.get(page)?.find((run) => run.rejected === rejected && run.disabled === disabled && run.thresholds === thresholds)?.result ?? null;
}

/** Keeps a result computed elsewhere (the engine worker) as the engine run for these inputs. */
export function primeEngine(page: Page, rejectedIds: readonly RepairId[], disabled: readonly string[], result: Reconstruction, thresholds: AppState['thresholds'] = NO_THRESHOLDS): void {
  const rejected = rejectedKey(rejectedIds);
  const runs = engineRuns.get(page) ?? [];
  // A run already kept stays: the objects shown (and the issue linked from them) keep their identity.
  if (runs.some((run) => run.rejected === rejected && run.disabled === disabled && run.thresholds === thresholds)) return;
  engineRuns.set(page, [{ rejected, disabled, thresholds, result }, ...runs.slice(0, ENGINE_RUNS_KEPT - 1)]);
}

/** The engine's result with the editor's hand edits on top, and the edits that no longer apply. */
export function selectEditedPage(state: AppState): EditedPage | null {
  const base = engineResult(state);
  if (!base) return null;
  const edits = selectEdits(state);
  if (edited && edited.base === base && edited.edits === edits) return edited.page;
  const applied = applyEdits(base, edits);
  // Unchanged articles and repairs keep the objects shown before, so their views skip.
  const page = { ...applied, result: keepIdentity(edited?.page.result ?? null, applied.result) };
  edited = { base, edits, page };
  return page;
}

/** What the Reconstructed pane shows and the exports write. */
export function selectReconstruction(state: AppState): Reconstruction | null {
  return selectEditedPage(state)?.result ?? null;
}

/** A piece of the reconstruction that can be selected: a paragraph, a heading field, a jump or an other block. */
export interface Piece extends TextSpan {
  readonly id: string;
}

export interface Links {
  readonly pieces: ReadonlyMap<string, Piece>;
  readonly pieceOfLine: ReadonlyMap<LineId, string>;
}

const linkCache = new WeakMap<Reconstruction, Links>();

/** Which piece each source line went into, and every piece by id. */
export function linksOf(result: Reconstruction): Links {
  const cached = linkCache.get(result);
  if (cached) return cached;
  const pieces = new Map<string, Piece>();
  const add = (id: string, span: TextSpan | null): void => {
    if (span) pieces.set(id, { id, text: span.text, lineIds: span.lineIds });
  };
  for (const article of result.articles) {
    add(`${article.id}/kicker`, article.kicker);
    add(`${article.id}/headline`, article.headline);
    add(`${article.id}/subheadline`, article.subheadline);
    add(`${article.id}/byline`, article.byline);
    for (const p of article.paragraphs) add(p.id, p);
    article.jumps.forEach((j, i) => add(`${article.id}/jump-${i}`, j));
  }
  for (const block of result.other) add(block.id, block);
  const pieceOfLine = new Map<LineId, string>();
  for (const piece of pieces.values()) for (const id of piece.lineIds) pieceOfLine.set(id, piece.id);
  const links = { pieces, pieceOfLine };
  linkCache.set(result, links);
  return links;
}

/** The lines and the piece highlighted by the current selection. */
export function highlighted(selection: Selection | null, result: Reconstruction | null): { lines: ReadonlySet<LineId>; pieceId: string | null } {
  const none = { lines: new Set<LineId>(), pieceId: null };
  if (!selection || !result) return none;
  const links = linksOf(result);
  if (selection.kind === 'repair') {
    const repair = result.repairs.find((r) => r.id === selection.repairId);
    return { lines: new Set(repair?.lineIds ?? []), pieceId: null };
  }
  const pieceId = selection.kind === 'piece' ? selection.pieceId : (links.pieceOfLine.get(selection.lineId) ?? null);
  const piece = pieceId ? links.pieces.get(pieceId) : undefined;
  if (!piece) return selection.kind === 'line' ? { lines: new Set([selection.lineId]), pieceId: null } : none;
  return { lines: new Set(piece.lineIds), pieceId: piece.id };
}

/** True when the piece id is one of the article's paragraphs, heading fields or jumps. */
export function ownsPiece(article: Reconstruction['articles'][number], pieceId: string): boolean {
  return pieceId.startsWith(`${article.id}/`) || article.paragraphs.some((p) => p.id === pieceId);
}
