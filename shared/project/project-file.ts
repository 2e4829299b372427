/**
 * A Galley project (`.galley.json`): the source pages as loaded, the engine version and
 * settings they were rebuilt with, and the editor's decisions and edits, so that work can
 * be saved, sent and resumed. Versioned and validated on load: a damaged file or one from
 * a newer Galley gets a clear message, never a half-loaded project.
 *
 * Versions: 1 kept every page as its text only, so a layout page (ALTO, PAGE XML, hOCR) came
 * back without boxes, blocks or hyphenation marks. 2 also keeps a layout page whole
 * (`layoutPage`, see stored-page.ts). A version 1 file still opens: its pages rebuild from
 * their text, as they always did.
 */
import type { Edit } from '../edit/edits';
import { parseTextPage } from '../load/text-page';
import type { Page } from '../model/page';
import type { RepairId } from '../model/repair';
import { fail, ok, type Result } from '../model/result';
import { changedEngineSettings, resolveEngineSettings, type EngineSettings } from '../pipeline/engine-settings';
import { storedPageOf, storedPageProblem } from './stored-page';

export const PROJECT_FORMAT = 'galley-project';
export const PROJECT_VERSION = 2;
/** Bumped when the passes change what they make of a page. */
export const ENGINE_VERSION = '0.3';

export interface ProjectPage {
  readonly name: string;
  /**
   * The page's id as loaded (`name#hash`). A text page's id hashes the file's exact text, line
   * ends and final newline included, which `text` does not keep: without the id, a page reopened
   * from the project would not be the page the user opens from disk (a second copy of it, and
   * its decisions on the other). Absent in files saved before it was kept: the id is then
   * derived from `text`, as it always was, so those projects reopen with the ids they had.
   */
  readonly id?: string;
  readonly encoding: string;
  /** The page's lines as decoded, each ended by `\n` (a version 2 file before the ids were kept: joined by `\n`), so the page rebuilds exactly. */
  readonly text: string;
  /** Version 2, layout pages only: the page as loaded, so it comes back with its boxes, blocks and marks. */
  readonly layoutPage?: Page;
  /**
   * Where the page was opened from: its absolute path in Electron, its file name in a browser
   * (which never sees paths). A reopened project looks for the page image beside it, as the
   * first open did. Absent in files saved before it was kept and for pages that came from no
   * file (the samples): those reopen without their image, as they always did.
   */
  readonly source?: string;
  readonly rejected: readonly RepairId[];
  readonly accepted: readonly RepairId[];
  readonly edits: readonly Edit[];
}

/** How the engine was set when the project was saved: the passes switched off and the thresholds moved from their defaults. */
export interface ProjectSettings {
  readonly disabledPasses: readonly string[];
  readonly thresholds: Partial<EngineSettings>;
}

export interface Project {
  readonly format: typeof PROJECT_FORMAT;
  readonly version: number;
  readonly engine: string;
  /** Absent in files saved before settings were kept: the defaults. */
  readonly settings?: ProjectSettings;
  readonly savedAt: string;
  readonly activePage: string | null;
  readonly pages: readonly ProjectPage[];
}

export function isProjectName(name: string): boolean {
  return /\.galley\.json$/iu.test(name);
}

export function serializeProject(project: Omit<Project, 'format' | 'version' | 'engine'>): string {
  const full: Project = { format: PROJECT_FORMAT, version: PROJECT_VERSION, engine: ENGINE_VERSION, ...project };
  return `${JSON.stringify(full, null, 1)}\n`;
}

const EDIT_KINDS = new Set(['edit-text', 'split-paragraph', 'merge-paragraphs', 'move-paragraph', 'set-field', 'detach-field', 'mark-other', 'create-article', 'merge-articles', 'delete-article']);

/** Reads and checks a project file; every problem is a message that names the file. */
export function parseProject(name: string, text: string): Result<Project> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('malformed', `“${name}” is damaged: it is not valid JSON. Open an earlier copy, or the pages themselves.`);
  }
  const o = data as Partial<Project> | null;
  if (!o || typeof o !== 'object' || o.format !== PROJECT_FORMAT) return fail('malformed', `“${name}” is not a Galley project.`);
  if (typeof o.version !== 'number') return fail('malformed', `“${name}” is damaged: it has no version.`);
  if (o.version > PROJECT_VERSION) return fail('malformed', `“${name}” was saved by a newer Galley (project version ${o.version}; this one reads up to ${PROJECT_VERSION}). Update Galley to open it.`);
  if (!Array.isArray(o.pages)) return fail('malformed', `“${name}” is damaged: it lists no pages.`);
  for (const [i, page] of o.pages.entries()) {
    const problem = checkPage(page);
    if (problem) return fail('malformed', `“${name}” is damaged: page ${i + 1} ${problem}.`);
  }
  return ok({
    format: PROJECT_FORMAT,
    version: o.version,
    engine: typeof o.engine === 'string' ? o.engine : 'unknown',
    savedAt: typeof o.savedAt === 'string' ? o.savedAt : '',
    activePage: typeof o.activePage === 'string' ? o.activePage : null,
    settings: settingsOf(o.settings),
    pages: o.pages,
  });
}

/** The settings a file holds, checked: unknown passes and thresholds are dropped, values brought into range. */
function settingsOf(value: unknown): ProjectSettings {
  const o = value && typeof value === 'object' ? (value as Partial<Record<keyof ProjectSettings, unknown>>) : {};
  const disabledPasses = Array.isArray(o.disabledPasses) ? o.disabledPasses.filter((x): x is string => typeof x === 'string') : [];
  const given = o.thresholds && typeof o.thresholds === 'object' ? (o.thresholds as Record<string, unknown>) : {};
  const all = resolveEngineSettings(given);
  // Keep only what the file set (and in range), so a later change of a default still applies.
  const thresholds = changedEngineSettings(Object.fromEntries(Object.entries(all).filter(([k]) => k in given)));
  return { disabledPasses, thresholds };
}

function checkPage(page: unknown): string | null {
  const p = page as Partial<ProjectPage> | null;
  if (!p || typeof p !== 'object') return 'is not an object';
  if (typeof p.name !== 'string' || !p.name) return 'has no name';
  if (p.id !== undefined && (typeof p.id !== 'string' || !p.id.startsWith(`${p.name}#`))) return 'has an id that is not its own';
  if (typeof p.text !== 'string') return 'has no text';
  if (typeof p.encoding !== 'string') return 'has no encoding';
  if (p.source !== undefined && (typeof p.source !== 'string' || p.source === '')) return 'has a bad source path';
  if (p.layoutPage !== undefined) {
    const problem = storedPageProblem(p.layoutPage);
    if (problem !== null) return problem;
  }
  for (const field of ['rejected', 'accepted'] as const) {
    if (!Array.isArray(p[field]) || !p[field].every((x) => typeof x === 'string')) return `has a bad “${field}” list`;
  }
  if (!Array.isArray(p.edits) || !p.edits.every((e) => e && typeof e === 'object' && EDIT_KINDS.has((e as { kind?: string }).kind ?? ''))) return 'has an edit Galley does not know';
  return null;
}

/** What a project keeps of a loaded page besides the editor's work: its text, a layout page whole, and where it came from. */
export function storedPage(page: Page, source?: string): Pick<ProjectPage, 'name' | 'id' | 'encoding' | 'text' | 'layoutPage' | 'source'> {
  const layoutPage = storedPageOf(page);
  return {
    name: page.name,
    encoding: page.encoding,
    id: page.id,
    // Each line ended, so that blank lines at the end of the page come back too.
    text: page.lines.map((line) => `${line.raw}\n`).join(''),
    ...(layoutPage === undefined ? {} : { layoutPage }),
    ...(source ? { source } : {}),
  };
}

/** The absolute paths a project's pages came from (read by main, which looks for page images only beside them). */
export function projectSources(text: string): string[] {
  try {
    const data = JSON.parse(text) as Partial<Project> | null;
    if (!data || data.format !== PROJECT_FORMAT || !Array.isArray(data.pages)) return [];
    return data.pages.flatMap((p: Partial<ProjectPage> | null) => (p && typeof p.source === 'string' && p.source !== '' ? [p.source] : []));
  } catch {
    return [];
  }
}

/** The page a project page stands for: a layout page as it was stored, a text page (or any page of a version 1 file) rebuilt from its text. */
export function restorePage(page: ProjectPage): Page {
  if (page.layoutPage !== undefined) return page.layoutPage;
  const parsed = parseTextPage(page.name, page.text, page.encoding);
  return page.id === undefined ? parsed : { ...parsed, id: page.id };
}
