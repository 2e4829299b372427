/**
 * The application menu. App commands (open, export, undo, redo) are not handled here: they
 * are sent to the renderer, which owns the document and its history, so the menu, the
 * toolbar and the keyboard all go through the same code there. Editing roles (cut, copy…)
 * stay native because they act on whatever text field has focus.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { InterfaceLanguage, MenuCommand } from '../../shared/contract/app-api';
import { basename } from 'node:path';
import { MENU_LABELS, type MenuLabels } from './menu-labels';

export interface MenuOptions {
  /** macOS puts About and Quit in an app menu named after the app. */
  readonly isMac: boolean;
  readonly appName: string;
  /** Delivers a command to the focused window's renderer. */
  readonly send: (command: MenuCommand) => void;
  /** The renderer's interface language (it tells main through the preload API); English by default. */
  readonly language?: InterfaceLanguage;
  /** File ▸ Open Recent: the paths, newest first. */
  readonly recent?: readonly string[];
  /** Reopens a recent path (main reads it and hands it to the renderer, as Open does). */
  readonly openRecent?: (path: string) => void;
  readonly clearRecent?: () => void;
}

/** Builds the menu template; kept free of Electron values so it is unit-tested. */
export function buildMenuTemplate({ isMac, appName, send, language = 'en', recent = [], openRecent = () => undefined, clearRecent = () => undefined }: MenuOptions): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[language];
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  });

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about', label: l.about(appName) },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: l.quit },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: l.file,
      submenu: [
        command(l.open, 'CmdOrCtrl+O', 'open'),
        { label: l.openRecent, submenu: recentMenu(recent, l, openRecent, clearRecent) },
        command(l.export, 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        // On macOS Quit lives in the app menu; File ends with Close Window there, as Mac users expect.
        isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        // Undo and redo are the renderer's review history (decisions and edits), not the
        // browser's text-field undo, so they are commands rather than the native roles.
        command(l.undo, 'CmdOrCtrl+Z', 'undo'),
        command(l.redo, 'CmdOrCtrl+Shift+Z', 'redo'),
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        { role: 'reload', label: l.reload },
        { role: 'toggleDevTools', label: l.devTools },
        { type: 'separator' },
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
      ],
    },
    {
      label: l.help,
      role: 'help',
      submenu: [{ role: 'about', label: l.about(appName) }],
    },
  ];
}

/** The Open Recent submenu: each file by name (the folder in its tooltip is not shown by every OS), then Clear. */
function recentMenu(recent: readonly string[], l: MenuLabels, open: (path: string) => void, clear: () => void): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: l.noRecent, enabled: false }];
  return [
    // `&` would become a mnemonic; doubled it shows as itself.
    ...recent.map((path): MenuItemConstructorOptions => ({ label: basename(path).replace(/&/gu, '&&'), sublabel: path, click: () => open(path) })),
    { type: 'separator' },
    { label: l.clearRecent, click: clear },
  ];
}
