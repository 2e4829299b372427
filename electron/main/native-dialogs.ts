/**
 * The `Dialogs` the handlers need, backed by Electron's native dialogs. Each dialog is
 * attached to the focused window so it is modal to it (a sheet on macOS) rather than a
 * free-floating window that can end up behind the app.
 */
import { BrowserWindow, dialog, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { PAGE_IMAGE_EXTENSIONS, type ExportFormat } from '../../shared/contract/app-api';
import type { Dialogs } from './handlers';

const OPEN_FILTERS: FileFilter[] = [
  { name: 'Pages (text, markdown, ALTO, PAGE XML, hOCR) and page images', extensions: ['txt', 'md', 'xml', 'alto', 'hocr', 'html', 'htm', 'json', ...PAGE_IMAGE_EXTENSIONS] },
  { name: 'All files', extensions: ['*'] },
];

const SAVE_FILTERS: Readonly<Record<ExportFormat, FileFilter>> = {
  txt: { name: 'Plain text', extensions: ['txt'] },
  md: { name: 'Markdown', extensions: ['md'] },
  json: { name: 'JSON', extensions: ['json'] },
  alto: { name: 'ALTO XML', extensions: ['xml'] },
  page: { name: 'PAGE XML', extensions: ['xml'] },
};

/** Creates the dialogs; `defaultFolder` is where the save dialog starts (the user's documents). */
export function createNativeDialogs(defaultFolder: () => string): Dialogs {
  return {
    async pickFilesToOpen() {
      const options: OpenDialogOptions = { title: 'Open pages', properties: ['openFile', 'multiSelections'], filters: OPEN_FILTERS };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async pickFolderToOpen() {
      const options: OpenDialogOptions = { title: 'Open folder (one issue)', buttonLabel: 'Open', properties: ['openDirectory'] };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSaveLocation(suggestedName, format) {
      const options: SaveDialogOptions = {
        title: 'Export',
        defaultPath: join(defaultFolder(), suggestedName),
        filters: [SAVE_FILTERS[format], { name: 'All files', extensions: ['*'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
    async pickFolder(suggestedName) {
      const options: OpenDialogOptions = {
        title: `Export into a folder (${suggestedName})`,
        buttonLabel: 'Export here',
        defaultPath: defaultFolder(),
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
