/**
 * Turns a Node file-system error into a few words for people. Node's own messages read like
 * `EACCES: permission denied, open '/home/…/page.txt'`: the code and syscall mean nothing to
 * an editor, and our messages name the file already.
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'the file or its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder',
  EEXIST: 'a temporary file of the same name is in the way',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

/** A short reason for an error thrown by a file-system call or a dialog. */
export function reasonOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') {
      const known = REASONS[code];
      if (known !== undefined) return known;
    }
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') return message;
  }
  return String(error);
}
