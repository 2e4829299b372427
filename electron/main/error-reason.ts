/**
 * Turns a Node file-system error into a few words for people. Node's own messages read like
 * `EACCES: permission denied, open '/home/…/page.txt'`: the code and syscall mean nothing to
 * an editor, and our messages name the file already.
 */

import { MAIN_REASONS, type MainReasonId } from '../../shared/contract/main-messages';

const isKnownReason = (id: string): id is MainReasonId => Object.hasOwn(MAIN_REASONS, id);

/** The id of a known file-system error's reason (`mainReason.EACCES`), or null. */
function reasonIdOf(error: unknown): MainReasonId | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  const id = `mainReason.${code}`;
  return isKnownReason(id) ? id : null;
}

/**
 * The reason as a message's values: `reason` in English, and `reasonId` where the window can
 * say it in its own language (see shared/contract/main-messages.ts).
 */
export function reasonParams(error: unknown): { reason: string; reasonId?: MainReasonId } {
  const id = reasonIdOf(error);
  return id === null ? { reason: reasonOf(error) } : { reason: MAIN_REASONS[id], reasonId: id };
}

/** A short reason for an error thrown by a file-system call or a dialog. */
export function reasonOf(error: unknown): string {
  const id = reasonIdOf(error);
  if (id !== null) return MAIN_REASONS[id];
  if (typeof error === 'object' && error !== null) {
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') return message;
  }
  return String(error);
}
