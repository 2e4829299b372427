/**
 * The app window and the locks around it. The renderer shows untrusted text (OCR output),
 * so it runs sandboxed, isolated and without Node, under a strict CSP, and can neither
 * navigate away nor open windows (Electron security checklist; STYLE.md §2).
 */
import { BrowserWindow, type Session, type WebContents } from 'electron';
import type { AppUrlCheck } from './app-url';
import { withContentSecurityPolicy } from './csp';

export interface MainWindowOptions {
  /** The page to load: the built `index.html` as a file: URL, or the dev server URL. */
  readonly appUrl: string;
  /** Absolute path of the bundled preload (`dist/electron/preload.cjs`). */
  readonly preloadPath: string;
}

/** Creates and loads the main window. It is shown once painted, so it never flashes white. */
export function createMainWindow({ appUrl, preloadPath }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Galley',
    width: 1400,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}

/**
 * Applies the session-wide policy: our CSP on every response (effective for the dev server;
 * file: pages rely on the meta tag, see `csp.ts`) and every permission denied, since Galley
 * needs no camera, location, notifications or clipboard-read.
 */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Locks one web contents to the app page: navigation elsewhere, new windows and <webview>
 * are refused. Applied to every web contents Electron creates, not just our window, so
 * nothing created later slips through.
 */
export function lockDownWebContents(contents: WebContents, isAppUrl: AppUrlCheck): void {
  contents.on('will-navigate', (event) => {
    // A dropped file or a link in the page would otherwise replace the app with that page,
    // which would then have the preload's API.
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
