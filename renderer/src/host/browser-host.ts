/**
 * The AppApi in a plain browser: the open dialog is a file input, a save is a download.
 * It lets the renderer run, and be tested end to end, without Electron.
 */
import { isPageImageName, type AppApi } from '../../../shared/contract/app-api';
import { fail, ok } from '../../../shared/model/result';
import { noteNames, recentNames, type NameStorage } from './recent-names';
import { zipSync, strToU8 } from 'fflate';

/** Id of the file input the app renders; the browser delivers picked files through its change event. */
export const OPEN_INPUT_ID = 'open-pages-input';

const MIME = { txt: 'text/plain;charset=utf-8', md: 'text/markdown;charset=utf-8', json: 'application/json;charset=utf-8', alto: 'application/xml;charset=utf-8', page: 'application/xml;charset=utf-8' } as const;

export function createBrowserHost(doc: Document = document, storage: NameStorage = localStorageOrNull()): AppApi {
  return {
    host: 'browser',
    async openFiles() {
      // The picked files arrive through the input's change event, which the app handles
      // whether the user clicked Open or a test set the input directly.
      doc.getElementById(OPEN_INPUT_ID)?.click();
      return ok({ files: [], failures: [] });
    },
    async saveFile(request) {
      download(doc, new Blob([request.content], { type: MIME[request.format] }), request.suggestedName);
      return ok({ location: request.suggestedName });
    },
    async saveFiles(request) {
      // One .zip, not one download per article: browsers stop a page that starts hundreds
      // of downloads, and an editor wants the set in one place.
      const entries = Object.fromEntries(request.files.map((f) => [`${request.folderName}/${f.name}`, strToU8(f.content)]));
      const name = `${request.folderName}.zip`;
      download(doc, new Blob([zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
      return ok({ location: name });
    },
    async recentFiles() {
      return recentNames(storage);
    },
    async openRecent(id) {
      return fail('unreadable', `The browser cannot open “${id}” again by itself: open it with Open.`);
    },
    noteOpened(names) {
      noteNames(storage, names.filter((name) => !isPageImageName(name)));
    },
    onOpenRecent() {
      return () => undefined;
    },
    setInterfaceLanguage() {
      // No native menu in a browser: the page itself is the whole interface.
    },
    onMenuCommand() {
      return () => undefined;
    },
  };
}

function download(doc: Document, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function localStorageOrNull(): NameStorage {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
