/**
 * A Galley project (`.galley.json`): the source pages as loaded, the engine version and
 * settings they were rebuilt with, and the editor's decisions and edits, so that work can
 * be saved, sent and resumed. Versioned and validated on load: a damaged file or one from
 * a newer Galley gets a clear message, never a half-loaded project.
 */
import type { Edit } from '../edit/edits';
import type { RepairId } from '../model/repair';
import { fail, ok, type Result } from '../model/result';

export const PROJECT_FORMAT = 'galley-project';
export const PROJECT_VERSION = 1;
/** Bumped when the passes change what they make of a page. */
export const ENGINE_VERSION = '0.3';

export interface ProjectPage {
  readonly name: string;
  readonly encoding: string;
  /** The page's text as decoded (line ends kept), so the page rebuilds exactly. */
  readonly text: string;
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
  for (const field of ['rejected', 'accepted'] as const) {
    if (!Array.isArray(p[field]) || !p[field].every((x) => typeof x === 'string')) return `has a bad “${field}” list`;
  }
  if (!Array.isArray(p.edits) || !p.edits.every((e) => e && typeof e === 'object' && EDIT_KINDS.has((e as { kind?: string }).kind ?? ''))) return 'has an edit Galley does not know';
  return null;
}
