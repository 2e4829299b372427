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
import { storedPageOf, storedPageProblem } from './stored-page';

export const PROJECT_FORMAT = 'galley-project';
export const PROJECT_VERSION = 2;
/** Bumped when the passes change what they make of a page. */
export const ENGINE_VERSION = '0.3';

export interface ProjectPage {
  readonly name: string;
  readonly encoding: string;
  /** The page's text as decoded (line ends kept), so the page rebuilds exactly. */
  readonly text: string;
  /** Version 2, layout pages only: the page as loaded, so it comes back with its boxes, blocks and marks. */
  readonly layoutPage?: Page;
  readonly rejected: readonly RepairId[];
  readonly accepted: readonly RepairId[];
  readonly edits: readonly Edit[];
}

export interface Project {
  readonly format: typeof PROJECT_FORMAT;
  readonly version: number;
  readonly engine: string;
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
    pages: o.pages,
  });
}

function checkPage(page: unknown): string | null {
  const p = page as Partial<ProjectPage> | null;
  if (!p || typeof p !== 'object') return 'is not an object';
  if (typeof p.name !== 'string' || !p.name) return 'has no name';
  if (typeof p.text !== 'string') return 'has no text';
  if (typeof p.encoding !== 'string') return 'has no encoding';
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

/** What a project keeps of a loaded page besides the editor's work: its text, and a layout page whole. */
export function storedPage(page: Page): Pick<ProjectPage, 'name' | 'encoding' | 'text' | 'layoutPage'> {
  const layoutPage = storedPageOf(page);
  return {
    name: page.name,
    encoding: page.encoding,
    text: page.lines.map((line) => line.raw).join('\n'),
    ...(layoutPage === undefined ? {} : { layoutPage }),
  };
}

/** The page a project page stands for: a layout page as it was stored, a text page (or any page of a version 1 file) rebuilt from its text. */
export function restorePage(page: ProjectPage): Page {
  return page.layoutPage ?? parseTextPage(page.name, page.text, page.encoding);
}
