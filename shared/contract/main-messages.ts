/**
 * Every message the Electron main process gives the window (a file it cannot read, one too
 * large, a dialog that failed), in English, keyed by a stable id with `{name}` placeholders,
 * as shared/load/load-messages.ts does for the loaders. The error crosses the preload API with
 * the id and the values besides the English sentence; the window shows it in its own language
 * (renderer/src/i18n/messages.ts takes these English strings as they are and translates them),
 * and the sentence stays for any reader without a catalogue.
 *
 * A file-system reason (`permission denied`) is English prose, which a value must not be: it
 * goes as `reasonId` (one of MAIN_REASONS) beside `reason`, its English, and the window puts
 * the reason in its language into the sentence. A reason Galley does not know (Node's own
 * words) has no id and is shown as it is.
 */
import type { ErrorCode, Result } from '../model/result';

export const MAIN_MESSAGES = {
  'mainError.openDialog': 'Galley could not show the open dialog: {reason}.',
  'mainError.saveDialog': 'Galley could not show the save dialog: {reason}.',
  'mainError.folderDialog': 'Galley could not show the folder dialog: {reason}.',
  'mainError.noFolderHere': 'Galley cannot open a folder here.',
  'mainError.folderUnreadable': 'Galley could not read the folder: {reason}.',
  'mainError.notRecent': 'Galley refused to open a file that is not on its Recent list.',
  'mainError.imageNotBeside': 'Galley looks for a page image only beside a page it opened, or one a project it opened names.',
  'mainError.notAFile': 'Galley could not open “{name}”: it is not a regular file.',
  'mainError.imageTooLarge': 'The page image “{name}” is {mb} MB, more than the {limit} MB Galley shows; the page opens without it.',
  'mainError.pageTooLarge': '“{name}” is {mb} MB, more than the {limit} MB Galley opens as one page. Split it into pages and open those.',
  'mainError.unreadable': 'Galley could not read “{name}”: {reason}. Check that the file exists and that you may read it.',
  'mainError.saveFailed': 'Galley could not save “{name}”: {reason}. The previous file, if any, is unchanged.',
  'mainError.notOwnWindow': 'Galley refused a request that did not come from its own window.',
  'mainError.noSuchLanguage': 'Galley has no interface language “{language}”.',
} as const;

/** The reasons of file-system errors, by Node's error code. */
export const MAIN_REASONS = {
  'mainReason.ENOENT': 'the file or its folder does not exist',
  'mainReason.EACCES': 'permission denied',
  'mainReason.EPERM': 'the operation is not permitted',
  'mainReason.ENOSPC': 'the disk is full',
  'mainReason.EROFS': 'the disk is read-only',
  'mainReason.EISDIR': 'it is a folder',
  'mainReason.EEXIST': 'a temporary file of the same name is in the way',
  'mainReason.EBUSY': 'the file is in use by another program',
  'mainReason.EMFILE': 'too many files are open',
  'mainReason.EIO': 'the disk reported an input/output error',
} as const;

export type MainMessageId = keyof typeof MAIN_MESSAGES;
export type MainReasonId = keyof typeof MAIN_REASONS;
export type MainMessageParams = Readonly<Record<string, string | number>>;

/** The English sentence of a main-process message, its placeholders filled. */
export function mainMessage(id: MainMessageId, params: MainMessageParams = {}): string {
  return MAIN_MESSAGES[id].replace(/\{(\w+)\}/gu, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** A failed request: the error's code, its English sentence, and the id and values the window translates. */
export function mainFailure<T = never>(code: ErrorCode, id: MainMessageId, params: MainMessageParams = {}): Result<T> {
  return { ok: false, error: { code, message: mainMessage(id, params), messageId: id, params } };
}
