// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type AppApi, type MenuCommand } from '../../shared/contract/app-api';

// The preload runs against Electron's renderer modules; here they are stand-ins that record
// what it exposes and which channels it uses.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener(...args);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => electron.listeners.get(channel)?.delete(listener),
  },
}));

async function loadApi(): Promise<AppApi> {
  await import('../../electron/preload/preload');
  return electron.exposed.get('api') as AppApi;
}

beforeEach(() => electron.invoke.mockClear());

describe('preload', () => {
  it('exposes only `api`, as the electron host', async () => {
    const api = await loadApi();
    expect([...electron.exposed.keys()]).toEqual(['api']);
    expect(api.host).toBe('electron');
    expect(Object.keys(api).sort()).toEqual(['findPageImage', 'host', 'noteOpened', 'onMenuCommand', 'onOpenRecent', 'openFiles', 'openFolder', 'openRecent', 'recentFiles', 'saveFile', 'saveFiles', 'setInterfaceLanguage']);
  });

  it('asks main for the Recent list and reopens by id; a refused list reads as empty', async () => {
    const api = await loadApi();
    electron.invoke.mockResolvedValueOnce({ ok: true, value: [{ id: '/p/a.xml', name: 'a.xml', reopenable: true }] } as never);
    expect(await api.recentFiles()).toEqual([{ id: '/p/a.xml', name: 'a.xml', reopenable: true }]);
    electron.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'invalid-request', message: 'no' } } as never);
    expect(await api.recentFiles()).toEqual([]);
    await api.openRecent('/p/a.xml');
    expect(electron.invoke.mock.calls).toEqual([[CHANNELS.recentFiles], [CHANNELS.recentFiles], [CHANNELS.openRecent, '/p/a.xml']]);
  });

  it('passes File ▸ Open Recent picks as paths only, and unsubscribes', async () => {
    const api = await loadApi();
    const received: string[] = [];
    const unsubscribe = api.onOpenRecent((id) => received.push(id));
    electron.emit(CHANNELS.openRecentCommand, {}, '/p/a.xml');
    electron.emit(CHANNELS.openRecentCommand, {}, { path: '/etc' });
    unsubscribe();
    electron.emit(CHANNELS.openRecentCommand, {}, '/p/b.xml');
    expect(received).toEqual(['/p/a.xml']);
  });

  it('invokes one channel per method', async () => {
    const api = await loadApi();
    await api.openFiles();
    const request = { suggestedName: 'a.md', content: '# A', format: 'md' } as const;
    await api.saveFile(request);
    expect(electron.invoke.mock.calls).toEqual([[CHANNELS.openFiles], [CHANNELS.saveFile, request]]);
  });

  it('passes menu commands without the event, drops unknown ones, and unsubscribes', async () => {
    const api = await loadApi();
    const received: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    const event = { sender: 'the ipcRenderer the page must never get' };
    electron.emit(CHANNELS.menuCommand, event, 'undo');
    electron.emit(CHANNELS.menuCommand, event, 'format-disk');
    electron.emit(CHANNELS.menuCommand, event, { command: 'open' });
    expect(received).toEqual(['undo']);
    unsubscribe();
    electron.emit(CHANNELS.menuCommand, event, 'redo');
    expect(received).toEqual(['undo']);
    expect(electron.listeners.get(CHANNELS.menuCommand)?.size).toBe(0);
  });
});
