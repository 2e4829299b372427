/** Between the store and a project file: what to save, and how a saved project opens. */
import { restorePage, serializeProject, storedPage, type Project } from '../../../shared/project/project-file';
import type { AppState } from './app-store';

export function projectOf(state: AppState, savedAt: string): string {
  return serializeProject({
    savedAt,
    activePage: state.pages.find((p) => p.id === state.activePageId)?.name ?? null,
    settings: { disabledPasses: state.disabledPasses, thresholds: state.thresholds },
    pages: state.pages.map((page) => ({
      ...storedPage(page, state.pageSources[page.id]),
      rejected: state.rejected[page.id] ?? [],
      accepted: state.accepted[page.id] ?? [],
      edits: state.edits[page.id] ?? [],
    })),
  });
}

/** The store's state for a project: its pages and, keyed by page id, its decisions. */
export function stateOfProject(project: Project): Pick<AppState, 'pages' | 'pageSources' | 'activePageId' | 'rejected' | 'accepted' | 'edits' | 'disabledPasses' | 'thresholds'> {
  // Pages come back with the same line ids (a layout page whole, with its boxes and blocks;
  // a text page from its lines), so decisions and edits still apply.
  const pages = project.pages.map(restorePage);
  const byId = <T,>(pick: (i: number) => T) => Object.fromEntries(pages.map((page, i) => [page.id, pick(i)]));
  return {
    pages,
    // Where each page came from, so its image is looked for there again (and saved again).
    pageSources: Object.fromEntries(pages.flatMap((page, i) => {
      const source = project.pages[i]?.source;
      return source === undefined ? [] : [[page.id, source]];
    })),
    activePageId: pages.find((p) => p.name === project.activePage)?.id ?? pages[0]?.id ?? null,
    rejected: byId((i) => project.pages[i]?.rejected ?? []),
    accepted: byId((i) => project.pages[i]?.accepted ?? []),
    edits: byId((i) => project.pages[i]?.edits ?? []),
    // The engine as it was set when saved, so the pages rebuild as the editor left them.
    disabledPasses: project.settings?.disabledPasses ?? [],
    thresholds: project.settings?.thresholds ?? {},
  };
}
