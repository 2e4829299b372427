/**
 * Electron entry point (bundled to `dist/electron/main.cjs`, the package's `main`). Wires
 * the pieces together; every decision lives in the module it names.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNELS, type InterfaceLanguage, type MenuCommand } from '../../shared/contract/app-api';
import { createAppUrlCheck } from './app-url';
import { createAtomicWriter } from './atomic-write';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { onUnsavedClose } from './unsaved-close';
import { createNativeDialogs } from './native-dialogs';
import { createRecentFiles } from './recent-files';
import { createMainWindow, hardenSession, lockDownWebContents } from './window';

// main.cjs and preload.cjs sit together in dist/electron, the renderer in dist/renderer.
const preloadPath = join(__dirname, 'preload.cjs');
const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const appUrl = process.env.GALLEY_DEV_URL ?? pathToFileURL(rendererIndex).href;
const isAppUrl = createAppUrlCheck(appUrl);

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  if (process.env.GALLEY_DEV_URL === undefined && !existsSync(rendererIndex)) {
    // Otherwise the user gets a blank window and no hint why.
    dialog.showErrorBox('Galley', `The app page is missing (${rendererIndex}). Run "npm run build" first.`);
    app.quit();
    return;
  }
  mainWindow = createMainWindow({ appUrl, preloadPath });
  const window = mainWindow;
  // Unsaved work: the renderer's beforeunload says so; ask Save / Don't save / Cancel.
  window.webContents.on(
    'will-prevent-unload',
    onUnsavedClose({
      ask: (question) => dialog.showMessageBoxSync(window, { type: 'question', noLink: true, ...question }),
      language: () => interfaceLanguage,
      send: (command) => window.webContents.send(CHANNELS.menuCommand, command),
    }),
  );
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** The interface language the renderer last reported; the menu and the close dialog speak it. */
let interfaceLanguage: InterfaceLanguage = 'en';

function sendToFocusedWindow(command: MenuCommand): void {
  (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send(CHANNELS.menuCommand, command);
}

// A second launch (double-clicking a page, the dock) focuses the open window instead of
// starting a second app that would fight over the same settings.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Before any web contents exists, so not one escapes the lock.
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, isAppUrl));

  void app.whenReady().then(() => {
    app.setAboutPanelOptions({ applicationName: 'Galley', applicationVersion: app.getVersion() });
    hardenSession(session.defaultSession);
    const writeFileAtomic = createAtomicWriter(fs, process.pid);
    let recentPaths: readonly string[] = [];
    // The menu speaks the interface's language; the renderer says which at start and on a switch.
    const setMenu = (language: InterfaceLanguage): void => {
      interfaceLanguage = language;
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            isMac: process.platform === 'darwin',
            appName: app.name,
            send: sendToFocusedWindow,
            language,
            recent: recentPaths,
            // The renderer asks for the file back through openRecent, the same read as Open.
            openRecent: (path) => (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send(CHANNELS.openRecentCommand, path),
            clearRecent: () => void recent.clear(),
          }),
        ),
      );
    };
    const recent = createRecentFiles({
      fs,
      writeFileAtomic,
      file: join(app.getPath('userData'), 'recent-files.json'),
      onChange: (paths) => {
        // The OS's own lists (the dock's and the taskbar's jump list) get the newest too.
        if (paths.length === 0) app.clearRecentDocuments();
        else if (paths[0] !== recentPaths[0]) app.addRecentDocument(paths[0] as string);
        recentPaths = paths;
        setMenu(interfaceLanguage);
      },
    });
    setMenu('en');
    void recent.paths().then((paths) => {
      recentPaths = paths;
      setMenu(interfaceLanguage);
    });
    const handlers = createHandlers({ fs, dialogs: createNativeDialogs(() => app.getPath('documents')), writeFileAtomic, recent });
    registerIpc(ipcMain, handlers, isAppUrl, setMenu);
    openMainWindow();

    // macOS keeps the app running with no window; clicking the dock icon brings one back.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
