/**
 * Closing the window (or quitting) with unsaved work asks first: Save, Don't save, Cancel.
 * The renderer knows whether its work is saved; it says so by cancelling `beforeunload`,
 * which Electron reports to main as `will-prevent-unload`. Main then asks the user with a
 * native dialog, and either lets the window go, keeps it, or has the renderer save and close.
 */
import type { InterfaceLanguage, MenuCommand } from '../../shared/contract/app-api';

export type CloseChoice = 'save' | 'discard' | 'cancel';

/** The question, in the interface language; the buttons in the order the dialog shows them. */
export const CLOSE_QUESTION: Readonly<Record<InterfaceLanguage, { message: string; detail: string; buttons: readonly [string, string, string] }>> = {
  en: {
    message: 'Save your changes before closing?',
    detail: 'Your decisions and edits on this page have not been saved to a project file.',
    buttons: ['Save', 'Don’t save', 'Cancel'],
  },
  'zh-CN': {
    message: '关闭前保存修改吗？',
    detail: '你在本版面上的审校决定和修改尚未保存到项目文件。',
    buttons: ['保存', '不保存', '取消'],
  },
};

/** Shows a message box and gives the index of the button pressed (Electron's `showMessageBoxSync` fits). */
export type AskUser = (question: { message: string; detail: string; buttons: string[]; defaultId: number; cancelId: number }) => number;

export function askBeforeClosing(ask: AskUser, language: InterfaceLanguage): CloseChoice {
  const { message, detail, buttons } = CLOSE_QUESTION[language];
  const pressed = ask({ message, detail, buttons: [...buttons], defaultId: 0, cancelId: 2 });
  return pressed === 0 ? 'save' : pressed === 1 ? 'discard' : 'cancel';
}

export interface UnsavedCloseDeps {
  readonly ask: AskUser;
  readonly language: () => InterfaceLanguage;
  /** Sends a command to the renderer (here: save, then close the window once saved). */
  readonly send: (command: MenuCommand) => void;
}

/**
 * The `will-prevent-unload` listener. Calling `preventDefault` on that event lets the page
 * unload despite its `beforeunload`; not calling it keeps the window open.
 */
export function onUnsavedClose(deps: UnsavedCloseDeps): (event: { preventDefault(): void }) => void {
  return (event) => {
    const choice = askBeforeClosing(deps.ask, deps.language());
    if (choice === 'discard') event.preventDefault();
    else if (choice === 'save') deps.send('save-and-close');
  };
}
