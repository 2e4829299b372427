/**
 * What the main process does for each AppApi method, with the file system and dialogs
 * injected so the behaviour is unit-tested without Electron (STYLE.md §6). Handlers return
 * `Result` and never throw: across IPC only an error's message survives.
 */
import { basename } from 'node:path';
import {
  pageSizeLimit,
  type ExportFormat,
  type FileFailure,
  type OpenedFiles,
  type PickedFile,
  type SavedFile,
} from '../../shared/contract/app-api';
import { fail, ok, type Result } from '../../shared/model/result';
import type { WriteFileAtomic } from './atomic-write';
import { reasonOf } from './error-reason';
import { validateSaveRequest } from './validate';

/** The file-system reads the open handler needs (node's `fs/promises` fits). */
export interface ReadFs {
  stat(path: string): Promise<{ readonly size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

/** Native dialogs, reduced to what the handlers need to know. */
export interface Dialogs {
  /** Asks for pages to open; an empty list when the user cancelled. */
  pickFilesToOpen(): Promise<readonly string[]>;
  /** Asks where to save; null when the user cancelled. */
  pickSaveLocation(suggestedName: string, format: ExportFormat): Promise<string | null>;
}

export interface HandlerDeps {
  readonly fs: ReadFs;
  readonly dialogs: Dialogs;
  readonly writeFileAtomic: WriteFileAtomic;
}

export interface Handlers {
  openFiles(): Promise<Result<OpenedFiles>>;
  /** Takes the raw IPC payload: it is validated here, not trusted. */
  saveFile(request: unknown): Promise<Result<SavedFile | null>>;
}

/** Builds the handlers over the given dependencies. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    async openFiles() {
      let paths: readonly string[];
      try {
        paths = await deps.dialogs.pickFilesToOpen();
      } catch (error) {
        return fail('unreadable', `Galley could not show the open dialog: ${reasonOf(error)}.`);
      }
      const files: PickedFile[] = [];
      const failures: FileFailure[] = [];
      // One at a time, in the order picked: pages can be 32 MB each and reading them all at
      // once would hold every one in memory twice (here and in the IPC message).
      for (const path of paths) {
        const read = await readPage(deps.fs, path);
        if (read.ok) files.push(read.value);
        else failures.push({ name: basename(path), error: read.error });
      }
      return ok({ files, failures });
    },

    async saveFile(payload) {
      const request = validateSaveRequest(payload);
      if (!request.ok) return request;
      const { suggestedName, content, format } = request.value;
      let target: string | null;
      try {
        target = await deps.dialogs.pickSaveLocation(suggestedName, format);
      } catch (error) {
        return fail('write-failed', `Galley could not show the save dialog: ${reasonOf(error)}.`);
      }
      if (target === null) return ok(null);
      const written = await deps.writeFileAtomic(target, content);
      if (!written.ok) return written;
      return ok({ location: target });
    },
  };
}

/** Reads one picked page: stat first, so an oversized file is refused without being read. */
async function readPage(fs: ReadFs, path: string): Promise<Result<PickedFile>> {
  const name = basename(path);
  let size: number;
  try {
    const stats = await fs.stat(path);
    if (!stats.isFile()) return fail('unreadable', `Galley could not open “${name}”: it is not a regular file.`);
    size = stats.size;
  } catch (error) {
    return unreadable(name, error);
  }
  const limit = pageSizeLimit(name);
  if (size > limit) return tooLarge(name, size, limit);

  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    return unreadable(name, error);
  }
  // The file can grow between stat and read (an OCR job still writing it); the limit is a
  // promise to the renderer, so check again.
  if (bytes.byteLength > limit) return tooLarge(name, bytes.byteLength, limit);
  return ok({ name, path, bytes: plainBytes(bytes) });
}

/**
 * Node hands back a Buffer, which may be a view into a larger pooled ArrayBuffer; IPC would
 * then copy the whole pool. Send a plain Uint8Array that owns exactly the file's bytes.
 */
function plainBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
    return new Uint8Array(bytes.buffer, 0, bytes.byteLength);
  }
  return new Uint8Array(bytes);
}

function tooLarge(name: string, bytes: number, limit: number): Result<never> {
  return fail(
    'too-large',
    `“${name}” is ${megabytes(bytes)} MB, more than the ${megabytes(limit)} MB Galley opens as one page. Split it into pages and open those.`,
  );
}

function unreadable(name: string, error: unknown): Result<never> {
  return fail('unreadable', `Galley could not read “${name}”: ${reasonOf(error)}. Check that the file exists and that you may read it.`);
}

/** Megabytes with one decimal where it matters: "32", "40.5", never "32.0". */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
