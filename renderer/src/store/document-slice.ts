/** The open pages. Loading pages is not history: it clears the undo stack instead. */
import type { StateCreator } from 'zustand';
import type { Page } from '../../../shared/model/page';
import type { AppError } from '../../../shared/model/result';
import { loadPage } from '../../../shared/load/load-page';
import { isProjectName, parseProject } from '../../../shared/project/project-file';
import { stateOfProject } from './project';
import type { AppState } from './app-store';

/** A file to load: what a file input, a drop or the host's open dialog gives. */
export interface FileToLoad {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface DocumentSlice {
  readonly pages: readonly Page[];
  readonly activePageId: string | null;
  /** The project file name the work was last saved to or opened from. */
  readonly savedAs: string | null;
  /** True when decisions or edits changed since the last save. */
  readonly dirty: boolean;
  markSaved(name: string): void;
  /**
   * Decodes and opens the files. A file that cannot be opened becomes an error for the
   * user; the pages already open stay open. Returns the pages that opened.
   */
  openFiles(files: readonly FileToLoad[]): Page[];
  showPage(pageId: string): void;
  closePage(pageId: string): void;
}

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set, get) => ({
  pages: [],
  activePageId: null,
  savedAs: null,
  dirty: false,
  markSaved(name) {
    set({ savedAs: name, dirty: false });
  },
  openFiles(files) {
    const opened: Page[] = [];
    const errors: AppError[] = [];
    for (const file of files) {
      if (isProjectName(file.name)) {
        const project = parseProject(file.name, new TextDecoder().decode(file.bytes));
        if (!project.ok) errors.push(project.error);
        else {
          set({ ...stateOfProject(project.value), selection: null, savedAs: file.name, dirty: false });
          get().clearHistory();
        }
        continue;
      }
      const result = loadPage(file.name, file.bytes);
      if (result.ok) opened.push(result.value);
      else errors.push(result.error);
    }
    if (errors.length) get().reportErrors(errors);
    if (!opened.length) return opened;
    const known = new Set(opened.map((p) => p.id));
    set(
      (state) => ({
        pages: [...state.pages.filter((p) => !known.has(p.id)), ...opened],
        activePageId: opened[0]?.id ?? state.activePageId,
        selection: null,
      }),
      undefined,
      // named action (zustand devtools convention)
    );
    get().clearHistory();
    return opened;
  },
  showPage(pageId) {
    if (get().pages.some((p) => p.id === pageId)) set({ activePageId: pageId, selection: null });
  },
  closePage(pageId) {
    set((state) => {
      const pages = state.pages.filter((p) => p.id !== pageId);
      const activePageId = state.activePageId === pageId ? (pages[0]?.id ?? null) : state.activePageId;
      return { pages, activePageId, selection: null };
    });
    get().clearHistory();
  },
});
