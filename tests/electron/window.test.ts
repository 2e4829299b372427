// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

// BrowserWindow is a stand-in that records the options the app window is made with.
const made = vi.hoisted(() => ({ options: [] as unknown[] }));
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      made.options.push(options);
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  },
}));

const { createMainWindow, lockDownWebContents } = await import('../../electron/main/window');

type Handler = (event: { url: string; isMainFrame?: boolean; preventDefault: () => void }) => void;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: (() => { action: string }) | null = null;
  return {
    handlers,
    open: () => openHandler?.(),
    on: (name: string, handler: Handler) => handlers.set(name, handler),
    setWindowOpenHandler: (handler: () => { action: string }) => {
      openHandler = handler;
    },
  };
}

describe('the app window', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    createMainWindow({ appUrl: 'file:///app/index.html', preloadPath: '/app/preload.cjs' });
    const prefs = (made.options[0] as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/app/preload.cjs' });
  });

  it('refuses navigation away from the app, new windows and webviews', () => {
    const contents = fakeContents();
    lockDownWebContents(contents as never, (url) => url === 'file:///app/index.html');
    const attempt = (name: string, url: string, isMainFrame = true) => {
      const preventDefault = vi.fn();
      contents.handlers.get(name)?.({ url, isMainFrame, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    expect(attempt('will-navigate', 'https://example.org/')).toBe(true);
    expect(attempt('will-navigate', 'file:///home/user/dropped.txt')).toBe(true);
    expect(attempt('will-navigate', 'file:///app/index.html')).toBe(false);
    expect(attempt('will-frame-navigate', 'https://example.org/', false)).toBe(true);
    expect(attempt('will-attach-webview', 'about:blank')).toBe(true);
    expect(contents.open()).toEqual({ action: 'deny' });
  });
});
