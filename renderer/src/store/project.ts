/** Between the store and a project file: what to save, and how a saved project opens. */
import type { Page } from '../../../shared/model/page';
import { parseTextPage } from '../../../shared/load/text-page';
import { serializeProject, type Project } from '../../../shared/project/project-file';
import type { AppState } from './app-store';

/** The page's text as loaded, line by line, so that it rebuilds the same lines. */
export function pageText(page: Page): string {
  return page.lines.map((l) => l.raw).join('\n');
}

export function projectOf(state: AppState, savedAt: string): string {
  return serializeProject({
    savedAt,
    activePage: state.pages.find((p) => p.id === state.activePageId)?.name ?? null,
    pages: state.pages.map((page) => ({
      name: page.name,
      encoding: page.encoding,
      text: pageText(page),
      rejected: state.rejected[page.id] ?? [],
      accepted: state.accepted[page.id] ?? [],
      edits: state.edits[page.id] ?? [],
    })),
  });
}

/** The store's state for a project: its pages and, keyed by page id, its decisions. */
export function stateOfProject(project: Project): Pick<AppState, 'pages' | 'activePageId' | 'rejected' | 'accepted' | 'edits'> {
  // Pages come back from their lines, with the same line ids, so decisions and edits still
  // apply. (A layout page's boxes are not kept in the project yet.)
  const pages = project.pages.map((p) => parseTextPage(p.name, p.text, p.encoding));
  const byId = <T,>(pick: (i: number) => T) => Object.fromEntries(pages.map((page, i) => [page.id, pick(i)]));
  return {
    pages,
    activePageId: pages.find((p) => p.name === project.activePage)?.id ?? pages[0]?.id ?? null,
    rejected: byId((i) => project.pages[i]?.rejected ?? []),
    accepted: byId((i) => project.pages[i]?.accepted ?? []),
    edits: byId((i) => project.pages[i]?.edits ?? []),
  };
}
