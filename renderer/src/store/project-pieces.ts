/**
 * The project as autosave writes it, built from pieces. Serialising a 100 MB ALTO page's
 * stored form (11,000 lines with their boxes, 3 MB of JSON) took 90 ms of the main thread at
 * every autosave tick; a page never changes once open (only decisions and edits do), so its
 * JSON is made once, a few hundred lines at a time, and stored under a key of its own; a save
 * after a decision writes only the index (`projectIndex`). `projectOfIndex` puts the pieces
 * together again: the same project `projectOf` writes (compact, not indented: localStorage is small).
 */
import { ENGINE_VERSION, PROJECT_FORMAT, PROJECT_VERSION, storedPage, type Project } from '../../../shared/project/project-file';
import type { Page } from '../../../shared/model/page';
import type { AppState } from './app-store';

/** What a project holds, as the store has it: the same objects mean the same project. */
export type ProjectInputs = Pick<AppState, 'pages' | 'pageSources' | 'activePageId' | 'rejected' | 'accepted' | 'edits' | 'disabledPasses' | 'thresholds'>;

export function projectInputsOf(state: ProjectInputs): ProjectInputs {
  const { pages, pageSources, activePageId, rejected, accepted, edits, disabledPasses, thresholds } = state;
  return { pages, pageSources, activePageId, rejected, accepted, edits, disabledPasses, thresholds };
}

export function sameProjectInputs(a: ProjectInputs, b: ProjectInputs): boolean {
  return (Object.keys(a) as (keyof ProjectInputs)[]).every((key) => a[key] === b[key]);
}

/** Lines of a layout page serialised in one piece: about 1–3 ms of work on the 100 MB page. */
const LINES_PER_PIECE = 500;

/** `{…,"key":value}` from an object's JSON (never `{}`) and a value's JSON. */
const withKey = (objectJson: string, key: string, valueJson: string): string => `${objectJson.slice(0, -1)},${JSON.stringify(key)}:${valueJson}}`;

/**
 * The JSON of a page's stored part (`storedPage`), in pieces to be joined: a layout page's
 * lines come a few hundred at a time, so that no piece holds the main thread long.
 */
export function* storedPageJson(page: Page, source: string | undefined): Generator<string, void, undefined> {
  const { layoutPage, ...stored } = storedPage(page, source);
  if (layoutPage === undefined) {
    yield JSON.stringify(stored);
    return;
  }
  const { lines, ...rest } = layoutPage;
  // The lines go last, so that the page's JSON closes after them with `]}` and the stored part's `}`.
  yield withKey(JSON.stringify(stored), 'layoutPage', withKey(JSON.stringify(rest), 'lines', '[')).slice(0, -2);
  for (let start = 0; start < lines.length; start += LINES_PER_PIECE) {
    const piece = lines.slice(start, start + LINES_PER_PIECE).map((line) => JSON.stringify(line)).join(',');
    yield start === 0 ? piece : `,${piece}`;
  }
  yield ']}}';
}

/** How a page's stored part is referred to in an autosave index: the storage key that holds its JSON. */
interface IndexPage {
  readonly storedIn: string;
  readonly rejected: readonly string[];
  readonly accepted: readonly string[];
  readonly edits: readonly unknown[];
}

/**
 * The project without its pages' stored parts: each page names the key that holds its JSON
 * (`keyOf`) beside the editor's decisions. Small however long the pages are, so writing it
 * after a decision is cheap; the pages' JSON is written once, when a page is first saved.
 */
export function projectIndex(inputs: ProjectInputs, keyOf: (page: Page) => string, savedAt: string): string {
  const head: Omit<Project, 'pages'> = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    engine: ENGINE_VERSION,
    savedAt,
    activePage: inputs.pages.find((p) => p.id === inputs.activePageId)?.name ?? null,
    settings: { disabledPasses: inputs.disabledPasses, thresholds: inputs.thresholds },
  };
  const pages: IndexPage[] = inputs.pages.map((page) => ({ storedIn: keyOf(page), rejected: inputs.rejected[page.id] ?? [], accepted: inputs.accepted[page.id] ?? [], edits: inputs.edits[page.id] ?? [] }));
  return JSON.stringify({ ...head, pages });
}

/**
 * The project file's text an index stands for, its pages' JSON read with `read`; null when a
 * page's JSON is missing. An index that is a whole project (written before pages were kept
 * apart) is returned as it is.
 */
export function projectOfIndex(index: string, read: (key: string) => string | null): string | null {
  let data: { pages?: unknown };
  try {
    data = JSON.parse(index) as { pages?: unknown };
  } catch {
    return index;
  }
  if (!Array.isArray(data.pages) || !data.pages.every((p: Partial<IndexPage> | null) => typeof p?.storedIn === 'string')) return index;
  const pages: string[] = [];
  for (const { storedIn, ...decisions } of data.pages as IndexPage[]) {
    const stored = read(storedIn);
    if (stored === null || !stored.endsWith('}')) return null;
    pages.push(`${stored.slice(0, -1)},${JSON.stringify(decisions).slice(1)}`);
  }
  return withKey(JSON.stringify({ ...data, pages: undefined }), 'pages', `[${pages.join(',')}]`);
}
