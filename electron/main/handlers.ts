/**
 * What the main process does for each AppApi method, with the file system and dialogs
 * injected so the behaviour is unit-tested without Electron (STYLE.md §6). Handlers return
 * `Result` and never throw: across IPC only an error's message survives.
 */
import { basename, dirname, isAbsolute, join } from 'node:path';
import {
  isPageImageName,
  MAX_PAGE_IMAGE_BYTES,
  PAGE_IMAGE_EXTENSIONS,
  pageSizeLimit,
  type ExportFormat,
  type FileFailure,
  type OpenedFiles,
  type PickedFile,
  type RecentFile,
  type SavedFile,
} from '../../shared/contract/app-api';
import { ok, type Result } from '../../shared/model/result';
import { isPageFileName } from '../../shared/contract/app-api';
import { isProjectName, projectSources } from '../../shared/project/project-file';
import type { WriteFileAtomic } from './atomic-write';
import { reasonParams } from './error-reason';
import { mainFailure } from '../../shared/contract/main-messages';
import type { RecentFiles } from './recent-files';
import { validateSaveFilesRequest, validateSaveRequest } from './validate';

/** The file-system reads the open handler needs (node's `fs/promises` fits). */
export interface ReadFs {
  stat(path: string): Promise<{ readonly size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  /** The names in a folder (Open folder); without it a folder cannot be opened. */
  readdir?(path: string): Promise<string[]>;
}

/** Native dialogs, reduced to what the handlers need to know. */
export interface Dialogs {
  /** Asks for pages to open; an empty list when the user cancelled. */
  pickFilesToOpen(): Promise<readonly string[]>;
  /** Asks for a folder whose pages open as one issue; null when the user cancelled. */
  pickFolderToOpen?(): Promise<string | null>;
  /** Asks where to save; null when the user cancelled. */
  pickSaveLocation(suggestedName: string, format: ExportFormat): Promise<string | null>;
  /** Asks for a folder to export into; null when the user cancelled. */
  pickFolder(suggestedName: string): Promise<string | null>;
}

export interface HandlerDeps {
  readonly fs: ReadFs;
  readonly dialogs: Dialogs;
  readonly writeFileAtomic: WriteFileAtomic;
  /** The Recent list: pages opened are noted there, and only its paths may be reopened. */
  readonly recent?: RecentFiles;
}

export interface Handlers {
  openFiles(): Promise<Result<OpenedFiles>>;
  /** Open folder: every page file in the picked folder, in name order (the issue orders them by page number). */
  openFolder?(): Promise<Result<OpenedFiles>>;
  /** Takes the raw IPC payload: it is validated here, not trusted. */
  saveFile(request: unknown): Promise<Result<SavedFile | null>>;
  /** Writes several files into a folder the user picks; validated here too. */
  saveFiles(request: unknown): Promise<Result<SavedFile | null>>;
  /** Reads a path of the Recent list again, as Open reads a picked one (the id is validated). */
  openRecent(id: unknown): Promise<Result<OpenedFiles>>;
  recentFiles(): Promise<readonly RecentFile[]>;
  /**
   * The page image beside a page's source path, for a page reopened from a project; `null`
   * when none is there. Takes the raw IPC payload: only a path main read this session, or one
   * that a project main read names, is looked beside.
   */
  findPageImage?(source: unknown): Promise<Result<PickedFile | null>>;
}

/** Builds the handlers over the given dependencies. */
export function createHandlers(deps: HandlerDeps): Handlers {
  // The renderer may not name a file for main to read: it may only ask for the image beside a
  // page main itself read, or one a project main read says a page came from.
  const sources = new Set<string>();
  const readPicked = (paths: readonly string[]) => readPickedPages(deps, paths, sources);
  return {
    async openFiles() {
      let paths: readonly string[];
      try {
        paths = await deps.dialogs.pickFilesToOpen();
      } catch (error) {
        return mainFailure('unreadable', 'mainError.openDialog', reasonParams(error));
      }
      return readPicked(paths);
    },

    async openFolder() {
      const { pickFolderToOpen } = deps.dialogs;
      const { readdir } = deps.fs;
      if (pickFolderToOpen === undefined || readdir === undefined) return mainFailure('invalid-request', 'mainError.noFolderHere');
      let folder: string | null;
      let names: string[];
      try {
        folder = await pickFolderToOpen();
        if (folder === null) return ok({ files: [], failures: [] });
        names = await readdir(folder);
      } catch (error) {
        return mainFailure('unreadable', 'mainError.folderUnreadable', reasonParams(error));
      }
      const pages = names.filter((name) => !name.startsWith('.') && isPageFileName(name)).sort(new Intl.Collator('en', { numeric: true }).compare).map((name) => join(folder, name));
      // The page images come along by `readPicked`, beside the pages they belong to.
      return readPicked(pages);
    },

    async openRecent(id) {
      // Only a path main itself put on the list: the renderer cannot name any file to read.
      if (typeof id !== 'string' || deps.recent === undefined || !(await deps.recent.has(id))) {
        return mainFailure('invalid-request', 'mainError.notRecent');
      }
      const read = await readPicked([id]);
      // A file that moved or was deleted leaves the list, with the read's own message.
      if (read.ok && read.value.files.length === 0) await deps.recent.remove(id);
      return read;
    },

    async recentFiles() {
      return deps.recent === undefined ? [] : deps.recent.list().catch(() => []);
    },

    async findPageImage(source) {
      if (typeof source !== 'string' || !isAbsolute(source) || !sources.has(source)) {
        return mainFailure('invalid-request', 'mainError.imageNotBeside');
      }
      // Missing, moved or deleted: the page opens without its image, as it would on first open.
      const image = await siblingImage(deps.fs, source, new Set());
      return image === null ? ok(null) : readPage(deps.fs, image);
    },

    async saveFile(payload) {
      const request = validateSaveRequest(payload);
      if (!request.ok) return request;
      const { suggestedName, content, format } = request.value;
      let target: string | null;
      try {
        target = await deps.dialogs.pickSaveLocation(suggestedName, format);
      } catch (error) {
        return mainFailure('write-failed', 'mainError.saveDialog', reasonParams(error));
      }
      if (target === null) return ok(null);
      const written = await deps.writeFileAtomic(target, content);
      if (!written.ok) return written;
      return ok({ location: target });
    },

    async saveFiles(payload) {
      const request = validateSaveFilesRequest(payload);
      if (!request.ok) return request;
      let folder: string | null;
      try {
        folder = await deps.dialogs.pickFolder(request.value.folderName);
      } catch (error) {
        return mainFailure('write-failed', 'mainError.folderDialog', reasonParams(error));
      }
      if (folder === null) return ok(null);
      // Each file is written whole or not at all; a failure stops the export and says which file.
      for (const file of request.value.files) {
        const written = await deps.writeFileAtomic(join(folder, file.name), file.content);
        if (!written.ok) return written;
      }
      return ok({ location: folder });
    },
  };
}

/**
 * Reads the picked pages and the page image beside each; notes the pages read on the Recent
 * list, and in `sources` the paths a page image may later be looked for beside.
 */
async function readPickedPages(deps: HandlerDeps, paths: readonly string[], sources: Set<string>): Promise<Result<OpenedFiles>> {
  const files: PickedFile[] = [];
  const failures: FileFailure[] = [];
  const opened: string[] = [];
  // One at a time, in the order picked: pages can be 32 MB each and reading them all at
  // once would hold every one in memory twice (here and in the IPC message).
  const picked = new Set(paths);
  for (const path of paths) {
    const read = await readPage(deps.fs, path);
    if (read.ok) {
      files.push(read.value);
      opened.push(path);
      sources.add(path);
      if (isProjectName(read.value.name)) for (const source of projectSources(new TextDecoder().decode(read.value.bytes))) if (isAbsolute(source)) sources.add(source);
    } else failures.push({ name: basename(path), error: read.error });
    // The page image beside a layout file comes along, so the Original pane can show it.
    const image = read.ok ? await siblingImage(deps.fs, path, picked) : null;
    if (image === null) continue;
    picked.add(image);
    const readImage = await readPage(deps.fs, image);
    if (readImage.ok) files.push(readImage.value);
    else failures.push({ name: basename(image), error: readImage.error });
  }
  if (opened.length > 0) await deps.recent?.add(opened).catch(() => undefined);
  return ok({ files, failures });
}

/** Reads one picked page: stat first, so an oversized file is refused without being read. */
async function readPage(fs: ReadFs, path: string): Promise<Result<PickedFile>> {
  const name = basename(path);
  let size: number;
  try {
    const stats = await fs.stat(path);
    if (!stats.isFile()) return mainFailure('unreadable', 'mainError.notAFile', { name });
    size = stats.size;
  } catch (error) {
    return unreadable(name, error);
  }
  const limit = isPageImageName(name) ? MAX_PAGE_IMAGE_BYTES : pageSizeLimit(name);
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

/**
 * The image of the same base name beside an ALTO, PAGE XML or hOCR file (`p1.xml` → `p1.tif`,
 * `p1.alto.xml` → `p1.jpg`), or null. Tried by name rather than listed, so a folder of
 * 10,000 scans costs a few stats; both common cases of the extension are tried.
 */
async function siblingImage(fs: ReadFs, pagePath: string, picked: ReadonlySet<string>): Promise<string | null> {
  if (!/\.(xml|alto|hocr|html?)$/iu.test(pagePath)) return null;
  const base = basename(pagePath).replace(/\.[^.]*$/u, '');
  const bases = /\.(alto|hocr|page|ocr)$/iu.test(base) ? [base, base.replace(/\.[^.]*$/u, '')] : [base];
  for (const stem of bases) {
    for (const ext of PAGE_IMAGE_EXTENSIONS) {
      for (const cased of [ext, ext.toUpperCase()]) {
        const candidate = join(dirname(pagePath), `${stem}.${cased}`);
        if (picked.has(candidate)) return null;
        try {
          if ((await fs.stat(candidate)).isFile()) return candidate;
        } catch {
          // No such file: try the next name.
        }
      }
    }
  }
  return null;
}

function tooLarge(name: string, bytes: number, limit: number): Result<never> {
  if (isPageImageName(name)) {
    return mainFailure('too-large', 'mainError.imageTooLarge', { name, mb: megabytes(bytes), limit: megabytes(limit) });
  }
  return mainFailure('too-large', 'mainError.pageTooLarge', { name, mb: megabytes(bytes), limit: megabytes(limit) });
}

function unreadable(name: string, error: unknown): Result<never> {
  return mainFailure('unreadable', 'mainError.unreadable', { name, ...reasonParams(error) });
}

/** Megabytes with one decimal where it matters: "32", "40.5", never "32.0". */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
