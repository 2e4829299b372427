/** The open pages. Loading pages is not history: it clears the undo stack instead. */
import type { StateCreator } from 'zustand';
import type { Page } from '../../../shared/model/page';
import type { AppError } from '../../../shared/model/result';
import { loadPage } from '../../../shared/load/load-page';
import { isProjectName, parseProject } from '../../../shared/project/project-file';
import { stateOfProject } from './project';
import { isPageImageName, MAX_PAGE_IMAGE_BYTES } from '../../../shared/contract/app-api';
import { keepPageImage, pairImages, type PageImageFile } from '../image/page-image-file';
import { translator } from '../i18n';
import type { AppState } from './app-store';

/** A file to load: what a file input, a drop or the host's open dialog gives. */
export interface FileToLoad {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface DocumentSlice {
  readonly pages: readonly Page[];
  readonly activePageId: string | null;
  /**
   * Page id → the page image opened with it (same base name). Kept as bytes, decoded only
   * when shown; never saved in a project.
   */
  readonly pageImages: Readonly<Record<string, PageImageFile>>;
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
  pageImages: {},
  savedAs: null,
  dirty: false,
  markSaved(name) {
    set({ savedAs: name, dirty: false });
  },
  openFiles(files) {
    const opened: Page[] = [];
    const errors: AppError[] = [];
    const images: PageImageFile[] = [];
    const t = translator(get().language);
    for (const file of files) {
      if (isPageImageName(file.name)) {
        const image = file.bytes.byteLength > MAX_PAGE_IMAGE_BYTES ? undefined : keepPageImage(file.name, file.bytes);
        if (image) images.push(image);
        else if (image === null) errors.push({ code: 'malformed', message: t('image.notAnImage', { name: file.name }) });
        else errors.push({ code: 'too-large', message: t('image.tooLarge', { name: file.name, limit: MAX_PAGE_IMAGE_BYTES / 1048576 }) });
        continue;
      }
      if (isProjectName(file.name)) {
        const project = parseProject(file.name, new TextDecoder().decode(file.bytes));
        if (!project.ok) errors.push(project.error);
        else {
          set({ ...stateOfProject(project.value), pageImages: {}, selection: null, savedAs: file.name, dirty: false });
          get().clearHistory();
        }
        continue;
      }
      const result = loadPage(file.name, file.bytes);
      if (result.ok) opened.push(result.value);
      else errors.push(result.error);
    }
    // An image pairs with a page opened with it or already open; an image alone is not a page.
    const pairing = pairImages([...opened, ...get().pages], images);
    for (const image of pairing.alone) errors.push({ code: 'invalid-request', message: t('image.alone', { name: image.name }) });
    if (images.length) set((state) => ({ pageImages: { ...state.pageImages, ...pairing.attached } }));
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
      const { [pageId]: _closed, ...pageImages } = state.pageImages;
      return { pages, activePageId, pageImages, selection: null };
    });
    get().clearHistory();
  },
});
