/**
 * The sandboxed preload: exposes `window.api` (the AppApi contract) and nothing else. It
 * never hands the renderer `ipcRenderer` or an IPC event, whose `sender` would let a page
 * send on any channel (Electron docs, context isolation: "❌ send: ipcRenderer.send").
 * esbuild bundles the shared contract in, because a sandboxed preload can load only
 * `electron`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, MENU_COMMANDS, type AppApi, type MenuCommand, type RecentFile, type SaveFilesRequest, type SaveRequest } from '../../shared/contract/app-api';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

const api: AppApi = {
  host: 'electron',
  openFiles: () => ipcRenderer.invoke(CHANNELS.openFiles),
  openFolder: () => ipcRenderer.invoke(CHANNELS.openFolder),
  saveFile: (request: SaveRequest) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  saveFiles: (request: SaveFilesRequest) => ipcRenderer.invoke(CHANNELS.saveFiles, request),
  async recentFiles() {
    const result = (await ipcRenderer.invoke(CHANNELS.recentFiles)) as { ok: boolean; value?: readonly RecentFile[] };
    return result.ok && result.value ? result.value : [];
  },
  openRecent: (id: string) => ipcRenderer.invoke(CHANNELS.openRecent, id),
  findPageImage: (source: string) => ipcRenderer.invoke(CHANNELS.findPageImage, source),
  noteOpened() {
    // Main notes what it reads itself; a file the renderer read (a drop) has no path to keep.
  },
  onOpenRecent(listener) {
    const wrapper = (_event: IpcRendererEvent, id: unknown): void => {
      if (typeof id === 'string') listener(id);
    };
    ipcRenderer.on(CHANNELS.openRecentCommand, wrapper);
    return () => {
      ipcRenderer.removeListener(CHANNELS.openRecentCommand, wrapper);
    };
  },
  setInterfaceLanguage(language) {
    void ipcRenderer.invoke(CHANNELS.setInterfaceLanguage, language);
  },
  onMenuCommand(listener) {
    // The wrapper drops the event and anything that is not a known command, so the renderer
    // sees exactly the contract's type.
    const wrapper = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(CHANNELS.menuCommand, wrapper);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, wrapper);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
