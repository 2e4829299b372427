// @vitest-environment node
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { createAppUrlCheck } from '../../electron/main/app-url';
import type { Handlers } from '../../electron/main/handlers';
import { registerIpc, type IpcRegistrar } from '../../electron/main/ipc';
import { CHANNELS } from '../../shared/contract/app-api';
import { ok } from '../../shared/model/result';

const APP = 'file:///opt/Galley/dist/renderer/index.html';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** Records what registerIpc registers, and lets a test invoke it as a given frame. */
function fakeIpc() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcRegistrar = {
    handle: (channel, listener) => void handlers.set(channel, listener as Listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const invoke = (channel: string, frame: { url: string; parent: object | null } | null, ...args: unknown[]) => {
    const listener = handlers.get(channel);
    if (listener === undefined) throw new Error(`nothing handles ${channel}`);
    return listener({ senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args);
  };
  return { ipc, handlers, invoke };
}

function recordingHandlers() {
  const calls: unknown[][] = [];
  const handlers: Handlers = {
    openFiles: async () => (calls.push(['openFiles']), ok({ files: [], failures: [] })),
    saveFile: async (request) => (calls.push(['saveFile', request]), ok(null)),
    saveFiles: async (request) => (calls.push(['saveFiles', request]), ok(null)),
    openRecent: async (id) => (calls.push(['openRecent', id]), ok({ files: [], failures: [] })),
    recentFiles: async () => (calls.push(['recentFiles']), [{ id: '/p/a.xml', name: 'a.xml', reopenable: true }]),
  };
  return { handlers, calls };
}

describe('registerIpc', () => {
  it('passes requests from the app page to the handlers', async () => {
    const { ipc, invoke } = fakeIpc();
    const { handlers, calls } = recordingHandlers();
    registerIpc(ipc, handlers, createAppUrlCheck(APP));
    const mainFrame = { url: `${APP}#/review`, parent: null };
    expect(await invoke(CHANNELS.openFiles, mainFrame)).toEqual(ok({ files: [], failures: [] }));
    expect(await invoke(CHANNELS.saveFile, mainFrame, { suggestedName: 'a.txt' })).toEqual(ok(null));
    expect(calls).toEqual([['openFiles'], ['saveFile', { suggestedName: 'a.txt' }]]);
  });

  it('passes a recent path on to the handler and wraps the Recent list in a Result', async () => {
    const { ipc, invoke } = fakeIpc();
    const { handlers, calls } = recordingHandlers();
    registerIpc(ipc, handlers, createAppUrlCheck(APP));
    const mainFrame = { url: APP, parent: null };
    expect(await invoke(CHANNELS.recentFiles, mainFrame)).toEqual(ok([{ id: '/p/a.xml', name: 'a.xml', reopenable: true }]));
    await invoke(CHANNELS.openRecent, mainFrame, '/p/a.xml');
    expect(calls).toEqual([['recentFiles'], ['openRecent', '/p/a.xml']]);
  });

  it.each([
    ['another page', { url: 'file:///home/ed/Downloads/evil.html', parent: null }],
    ['a web page', { url: 'https://example.org/', parent: null }],
    ['a sub-frame of the app page', { url: APP, parent: {} }],
    ['a frame that is gone', null],
  ])('refuses %s without calling a handler', async (_what, frame) => {
    const { ipc, invoke } = fakeIpc();
    const { handlers, calls } = recordingHandlers();
    registerIpc(ipc, handlers, createAppUrlCheck(APP));
    for (const channel of [CHANNELS.openFiles, CHANNELS.saveFile, CHANNELS.saveFiles, CHANNELS.openRecent, CHANNELS.recentFiles, CHANNELS.findPageImage]) {
      const result = await invoke(channel, frame, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(calls).toEqual([]);
  });

  it('registers exactly the invoke channels and removes them again', () => {
    const { ipc, handlers } = fakeIpc();
    const dispose = registerIpc(ipc, recordingHandlers().handlers, createAppUrlCheck(APP));
    expect([...handlers.keys()].sort()).toEqual([CHANNELS.openFiles, CHANNELS.openFolder, CHANNELS.saveFile, CHANNELS.saveFiles, CHANNELS.setInterfaceLanguage, CHANNELS.openRecent, CHANNELS.recentFiles, CHANNELS.findPageImage].sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('passes a known interface language on to the menu, and refuses any other', async () => {
    const { ipc, invoke } = fakeIpc();
    const languages: string[] = [];
    registerIpc(ipc, recordingHandlers().handlers, createAppUrlCheck(APP), (language) => languages.push(language));
    const mainFrame = { url: APP, parent: null };
    expect(await invoke(CHANNELS.setInterfaceLanguage, mainFrame, 'zh-CN')).toEqual(ok(undefined));
    expect(await invoke(CHANNELS.setInterfaceLanguage, mainFrame, 'klingon')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await invoke(CHANNELS.setInterfaceLanguage, { url: 'https://example.org/', parent: null }, 'en')).toMatchObject({ ok: false });
    expect(languages).toEqual(['zh-CN']);
  });
});
