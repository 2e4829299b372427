/**
 * Errors by intent (VS Code `errors.ts`): a user's bad input is an expected error with a
 * message for people; a broken invariant is a bug and is thrown.
 */

export type ErrorCode =
  | 'binary-file'
  | 'unknown-encoding'
  | 'empty-file'
  | 'too-large'
  | 'unreadable'
  | 'malformed'
  | 'cancelled'
  | 'invalid-request'
  | 'write-failed';

export interface AppError {
  readonly code: ErrorCode;
  /** A sentence for the user that names the file and says what to do. */
  readonly message: string;
  /**
   * The message's id where an interface can say it in its own language (`loadError.binaryImage`,
   * see shared/load/load-messages.ts), and the values for its placeholders. `message` is then
   * the English sentence, for the CLI and any reader without a catalogue.
   */
  readonly messageId?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
