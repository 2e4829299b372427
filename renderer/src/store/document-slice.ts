/** The open pages. Loading pages is not history: it clears the undo stack instead. */
import type { StateCreator } from 'zustand';
import type { Page } from '../../../shared/model/page';
import { fail, type AppError, type Result } from '../../../shared/model/result';
import { isProjectName, parseProject, type Project } from '../../../shared/project/project-file';
import { stateOfProject } from './project';
import { isPageImageName, MAX_PAGE_IMAGE_BYTES } from '../../../shared/contract/app-api';
import { openPageImage, pairImages, type OpenedImage, type PageImageFile } from '../image/page-image-file';
import { MAX_PAGE_IMAGE_PIXELS } from '../image/image-size';
import { refindPageImages } from '../image/refind-page-images';
import { getHost } from '../host';
import { loadInBackground, sizeOf } from '../load/load-client';
import type { LoadedPage } from '../load/load-messages';
import type { PipelineSettings } from '../../../shared/pipeline/context';
import { pageArrivals } from './open-pages';
import { translator, type Translate } from '../i18n';
import type { AppState } from './app-store';

/**
 * A file to load: bytes from the host's open dialog, or the File itself from a file input
 * or a drop (a Blob: read by the load worker, and an image is never read whole).
 */
export type FileToLoad = { readonly name: string; readonly bytes: Uint8Array; readonly path?: string | null } | { readonly name: string; readonly blob: Blob };

type Outcome =
  | ({ readonly kind: 'page' } & LoadedPage)
  | { readonly kind: 'image'; readonly name: string; readonly opened: OpenedImage }
  | { readonly kind: 'project'; readonly name: string; readonly result: Result<Project> };

async function openOne(file: FileToLoad, settings: PipelineSettings, batchBytes: number): Promise<Outcome> {
  const source = 'bytes' in file ? file.bytes : file.blob;
  if (isPageImageName(file.name)) return { kind: 'image', name: file.name, opened: await openPageImage(file.name, source) };
  if (isProjectName(file.name)) return { kind: 'project', name: file.name, result: await readProject(file.name, source) };
  return { kind: 'page', ...(await loadInBackground(file.name, source, settings, batchBytes)) };
}

async function readProject(name: string, source: Uint8Array | Blob): Promise<Result<Project>> {
  try {
    return parseProject(name, source instanceof Blob ? await source.text() : new TextDecoder().decode(source));
  } catch {
    return fail('unreadable', `“${name}” could not be read. Check that it still exists and try again.`);
  }
}

/** Where a file came from: the host's path (Electron), else its name (a browser never sees paths). */
function sourceOf(file: FileToLoad | undefined): string {
  return file && 'bytes' in file && file.path ? file.path : (file?.name ?? '');
}

/** The pages of a reopened project find their images beside their sources again; those not found get one quiet note. */
async function refindImages(set: (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void, get: () => AppState, t: Translate): Promise<void> {
  // The store runs in tests without a window: no host, so no image is looked for.
  const find = typeof window === 'undefined' ? undefined : getHost().findPageImage;
  const { pages, pageSources, pageImages } = get();
  // An image opened together with the project is already paired with its page.
  const found = await refindPageImages(pages.filter((page) => !pageImages[page.id]), pageSources, find);
  if (Object.keys(found.attached).length) set((state) => ({ pageImages: { ...state.pageImages, ...found.attached } }));
  if (found.missing.length) get().setStatus(t('image.notFound', { names: found.missing.length > 3 ? `${found.missing.slice(0, 3).join(', ')} … (${found.missing.length})` : found.missing.join(', ') }));
}

function imageError(name: string, opened: Extract<OpenedImage, { ok: false }>, t: Translate): AppError {
  if (opened.reason === 'too-large') return { code: 'too-large', message: t('image.tooLarge', { name, limit: MAX_PAGE_IMAGE_BYTES / 1048576 }) };
  if (opened.reason === 'too-many-pixels') {
    return { code: 'too-large', message: t('image.tooManyPixels', { name, megapixels: Math.round((opened.pixels ?? 0) / 1e6), limit: MAX_PAGE_IMAGE_PIXELS / 1e6 }) };
  }
  return { code: 'malformed', message: t('image.notAnImage', { name }) };
}

export interface DocumentSlice {
  readonly pages: readonly Page[];
  readonly activePageId: string | null;
  /**
   * Page id → the page image opened with it (same base name). Kept as bytes, decoded only
   * when shown; never saved in a project.
   */
  readonly pageImages: Readonly<Record<string, PageImageFile>>;
  /** Page id → where the page was opened from (a path in Electron, a name in a browser); saved in the project. */
  readonly pageSources: Readonly<Record<string, string>>;
  /** The project file name the work was last saved to or opened from. */
  readonly savedAs: string | null;
  /** True when decisions or edits changed since the last save. */
  readonly dirty: boolean;
  markSaved(name: string): void;
  /**
   * Decodes and opens the files (big pages parse in a worker, and the toolbar says
   * "Opening NAME…" meanwhile). A file that cannot be opened becomes an error for the user;
   * the pages already open stay open. Resolves to the pages that opened.
   */
  openFiles(files: readonly FileToLoad[]): Promise<Page[]>;
  showPage(pageId: string): void;
  closePage(pageId: string): void;
}

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set, get) => ({
  pages: [],
  activePageId: null,
  pageImages: {},
  pageSources: {},
  savedAs: null,
  dirty: false,
  markSaved(name) {
    set({ savedAs: name, dirty: false });
  },
  async openFiles(files) {
    const t = () => translator(get().language);
    const opening = t()('load.opening', { name: files.length === 1 ? (files[0]?.name ?? '') : t()('load.files', { count: files.length }) });
    get().setStatus(opening);
    const errors: AppError[] = [];
    // The settings as they are now: a page rebuilt by the worker is kept as the engine run for these.
    const { disabledPasses, thresholds } = get();
    let outcomes: Outcome[];
    // The pages opened together: many small ones load in the worker as one big one does.
    const pageFiles = files.filter((f) => !isPageImageName(f.name) && !isProjectName(f.name));
    const batchBytes = pageFiles.length < 2 ? 0 : pageFiles.reduce((sum, f) => sum + sizeOf('bytes' in f ? f.bytes : f.blob), 0);
    // Pages show as they come; but a project replaces the pages open when it is read, so pages
    // opened with one join after it, at the end.
    const streaming = !files.some((f) => isProjectName(f.name));
    const arrivals = pageArrivals(set, get, { disabledPasses, thresholds });
    try {
      // Pages parse in the load worker one after another; images only have their header read.
      outcomes = await Promise.all(files.map(async (file, index) => {
        // The first page loads as if opened alone (here, unless it is big): it shows while the worker starts for the others.
        const outcome = await openOne(file, { disabledPasses, thresholds }, file === pageFiles[0] ? 0 : batchBytes);
        if (streaming && outcome.kind === 'page' && outcome.result.ok) arrivals.add(index, outcome.result.value, outcome.rebuilt);
        return outcome;
      }));
    } finally {
      // Another message may have replaced "Opening…" meanwhile: leave that one.
      if (get().status === opening) get().setStatus(null);
    }
    const opened: Page[] = [];
    const images: PageImageFile[] = [];
    const later: { index: number; page: Page; rebuilt: LoadedPage['rebuilt'] }[] = [];
    const sources: Record<string, string> = {};
    let reopened = false;
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.kind === 'page') {
        if (!outcome.result.ok) errors.push(outcome.result.error);
        else {
          opened.push(outcome.result.value);
          sources[outcome.result.value.id] = sourceOf(files[index]);
          if (!streaming) later.push({ index, page: outcome.result.value, rebuilt: outcome.rebuilt });
        }
      } else if (outcome.kind === 'image') {
        if (outcome.opened.ok) images.push(outcome.opened.image);
        else errors.push(imageError(outcome.name, outcome.opened, t()));
      } else if (!outcome.result.ok) errors.push(outcome.result.error);
      else {
        set({ ...stateOfProject(outcome.result.value), pageImages: {}, selection: null, savedAs: outcome.name, dirty: false });
        get().clearHistory();
        reopened = true;
      }
    }
    // An image pairs with a page opened with it or already open; an image alone is not a page.
    const pairing = pairImages([...opened, ...get().pages], images);
    for (const image of pairing.alone) errors.push({ code: 'invalid-request', message: t()('image.alone', { name: image.name }) });
    if (images.length) set((state) => ({ pageImages: { ...state.pageImages, ...pairing.attached } }));
    if (errors.length) get().reportErrors(errors);
    set((state) => ({ pageSources: { ...state.pageSources, ...sources } }));
    if (reopened) await refindImages(set, get, t());
    for (const { index, page, rebuilt } of later) arrivals.add(index, page, rebuilt);
    arrivals.finish();
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
