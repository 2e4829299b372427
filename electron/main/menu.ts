/**
 * The application menu. App commands (open, export, undo, redo) are not handled here: they
 * are sent to the renderer, which owns the document and its history, so the menu, the
 * toolbar and the keyboard all go through the same code there. Editing roles (cut, copy…)
 * stay native because they act on whatever text field has focus.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract/app-api';

export interface MenuOptions {
  /** macOS puts About and Quit in an app menu named after the app. */
  readonly isMac: boolean;
  readonly appName: string;
  /** Delivers a command to the focused window's renderer. */
  readonly send: (command: MenuCommand) => void;
}

/** Builds the menu template; kept free of Electron values so it is unit-tested. */
export function buildMenuTemplate({ isMac, appName, send }: MenuOptions): MenuItemConstructorOptions[] {
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
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        command('&Open…', 'CmdOrCtrl+O', 'open'),
        command('&Export…', 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        // On macOS Quit lives in the app menu; File ends with Close Window there, as Mac users expect.
        isMac ? { role: 'close' } : { role: 'quit', label: '&Quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo and redo are the renderer's review history (decisions and edits), not the
        // browser's text-field undo, so they are commands rather than the native roles.
        command('&Undo', 'CmdOrCtrl+Z', 'undo'),
        command('&Redo', 'CmdOrCtrl+Shift+Z', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ role: 'about', label: `About ${appName}` }],
    },
  ];
}
