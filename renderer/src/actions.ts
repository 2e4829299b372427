/**
 * What the toolbar, the keys and the native menu do: the glue between the host (dialogs,
 * files) and the store. Kept out of components so every way in runs the same code.
 */
import type { AppApi, ExportFormat, RecentFile } from '../../shared/contract/app-api';
import { exportReconstruction } from '../../shared/export';
import type { ExportInclude } from '../../shared/export/options';
import type { AppStore } from './store/app-store';
import type { FileToLoad } from './store/document-slice';
import { selectActivePage, selectReconstruction } from './store/selectors';
import { projectOf } from './store/project';
import { discardUnsavedWork } from './autosave';
import { articleFiles } from './export/article-files';
import { decisionsSettled } from './engine/rebuild-first';
import { translator } from './i18n';

export interface Actions {
  open(): Promise<void>;
  openFileList(files: FileList | readonly File[]): Promise<void>;
  /** Opens a file of the Recent list again, or says why the host cannot. */
  openRecent(file: Pick<RecentFile, 'id' | 'name' | 'reopenable'>): Promise<void>;
  exportAs(format: ExportFormat, include?: ExportInclude): Promise<void>;
  /** Plain text, one file per article, into a folder the user picks. */
  exportArticles(include: ExportInclude): Promise<void>;
  save(): Promise<void>;
}

export function createActions(store: AppStore, host: AppApi): Actions {
  const state = () => store.getState();
  // Read at each message, so a message comes in the language shown at that moment.
  const t = () => translator(state().language);
  return {
    async open() {
      const result = await host.openFiles();
      if (!result.ok) return state().reportErrors([result.error]);
      state().reportErrors(result.value.failures.map((f) => f.error));
      if (result.value.files.length) await state().openFiles(result.value.files);
    },
    async openRecent(file) {
      if (!file.reopenable) return state().reportErrors([{ code: 'unreadable', message: t()('recent.cannotReopen', { name: file.name }) }]);
      const result = await host.openRecent(file.id);
      if (!result.ok) return state().reportErrors([result.error]);
      state().reportErrors(result.value.failures.map((f) => f.error));
      if (result.value.files.length) await state().openFiles(result.value.files);
    },
    async openFileList(list) {
      // The Files go on unread: a page is read by the load worker, an image only by its header.
      const files: FileToLoad[] = Array.from(list, (file) => ({ name: file.name, blob: file }));
      if (files.length) host.noteOpened(files.map((f) => f.name));
      if (files.length) await state().openFiles(files);
    },
    async save() {
      await decisionsSettled();
      const current = state();
      if (current.pages.length === 0) return current.reportErrors([{ code: 'invalid-request', message: t()('message.nothingToSave') }]);
      const first = current.pages[0]?.name.replace(/\.[^.]+$/u, '') ?? 'pages';
      const suggestedName = current.savedAs ?? `${first}.galley.json`;
      const saved = await host.saveFile({ suggestedName, content: projectOf(current, new Date().toISOString()), format: 'json' });
      if (!saved.ok) return current.reportErrors([saved.error]);
      if (saved.value) {
        current.markSaved(suggestedName);
        discardUnsavedWork();
        current.setStatus(t()('message.saved', { location: saved.value.location }));
      }
    },
    async exportAs(format, include) {
      await decisionsSettled();
      const page = selectActivePage(state());
      const result = selectReconstruction(state());
      if (!page || !result) return state().reportErrors([{ code: 'invalid-request', message: t()('message.nothingToExport') }]);
      const { content, suggestedName } = exportReconstruction(format, result, page, {
        ...(include ? { include } : {}),
        // PAGE records when the file was made; the app has a clock (the CLI writes a fixed date so reruns agree).
        created: new Date().toISOString(),
      });
      const saved = await host.saveFile({ suggestedName, content, format });
      if (!saved.ok) return state().reportErrors([saved.error]);
      if (saved.value) state().setStatus(t()('message.exported', { page: page.name, location: saved.value.location }));
    },
    async exportArticles(include) {
      await decisionsSettled();
      const page = selectActivePage(state());
      const result = selectReconstruction(state());
      if (!page || !result) return state().reportErrors([{ code: 'invalid-request', message: t()('message.nothingToExport') }]);
      const saved = await host.saveFiles(articleFiles(result, page, include));
      if (!saved.ok) return state().reportErrors([saved.error]);
      if (saved.value) state().setStatus(t()('message.exported', { page: page.name, location: saved.value.location }));
    },
  };
}
