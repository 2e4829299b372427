/**
 * Registers the IPC handlers, and checks in this one place who is asking: only the app's own
 * top-level page may open or save files. A frame that is not ours (an iframe, a page someone
 * navigated to despite the navigation lock) gets `invalid-request`, never file access
 * (Electron security checklist: "validate the sender of all IPC messages").
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../shared/contract/app-api';
import { mainFailure } from '../../shared/contract/main-messages';
import { ok, type Result } from '../../shared/model/result';
import type { AppUrlCheck } from './app-url';
import type { Handlers } from './handlers';

/** The part of `ipcMain` used here; a fake in tests. */
export type IpcRegistrar = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** Registers one handler per channel; returns a function that removes them again. */
export function registerIpc(ipc: IpcRegistrar, handlers: Handlers, isAppUrl: AppUrlCheck, onLanguage: (language: InterfaceLanguage) => void = () => undefined): () => void {
  const guard =
    <T>(handle: (...args: unknown[]) => Promise<Result<T>>) =>
    async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<T>> => {
      if (!isTrustedSender(event, isAppUrl)) {
        return mainFailure('invalid-request', 'mainError.notOwnWindow');
      }
      return handle(...args);
    };

  ipc.handle(CHANNELS.openFiles, guard(() => handlers.openFiles()));
  ipc.handle(CHANNELS.openFolder, guard(() => handlers.openFolder?.() ?? Promise.resolve(mainFailure('invalid-request', 'mainError.noFolderHere'))));
  ipc.handle(CHANNELS.saveFile, guard((request) => handlers.saveFile(request)));
  ipc.handle(CHANNELS.saveFiles, guard((request) => handlers.saveFiles(request)));
  ipc.handle(CHANNELS.openRecent, guard((id) => handlers.openRecent(id)));
  ipc.handle(CHANNELS.findPageImage, guard((source) => handlers.findPageImage?.(source) ?? Promise.resolve(ok(null))));
  ipc.handle(CHANNELS.recentFiles, guard(async () => ok(await handlers.recentFiles())));
  ipc.handle(
    CHANNELS.setInterfaceLanguage,
    guard(async (language) => {
      if (!(INTERFACE_LANGUAGES as readonly unknown[]).includes(language)) return mainFailure('invalid-request', 'mainError.noSuchLanguage', { language: String(language) });
      onLanguage(language as InterfaceLanguage);
      return ok(undefined);
    }),
  );
  return () => {
    ipc.removeHandler(CHANNELS.openFiles);
    ipc.removeHandler(CHANNELS.openFolder);
    ipc.removeHandler(CHANNELS.saveFile);
    ipc.removeHandler(CHANNELS.saveFiles);
    ipc.removeHandler(CHANNELS.openRecent);
    ipc.removeHandler(CHANNELS.findPageImage);
    ipc.removeHandler(CHANNELS.recentFiles);
    ipc.removeHandler(CHANNELS.setInterfaceLanguage);
  };
}

/**
 * True when the message comes from a top-level frame showing the app's page. `senderFrame`
 * is null when the frame navigated away or was destroyed after sending; such a message is
 * not trusted either.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, isAppUrl: AppUrlCheck): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}
