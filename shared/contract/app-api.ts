/**
 * The one door between the renderer and the host (Electron main process or the browser
 * host). Plain data only: handlers return `Result`, never throw, because across IPC only an
 * error's message survives and `instanceof` fails.
 */
import type { AppError, Result } from '../model/result';

/**
 * An error the host gives carries, besides its English `message`, the `messageId` and `params`
 * of one of these catalogues, so the window says it in its own language.
 */
export { MAIN_MESSAGES, MAIN_REASONS, type MainMessageId, type MainReasonId } from './main-messages';

/** A file the user picked, read but not yet decoded (decoding is shared code). */
export interface PickedFile {
  readonly name: string;
  /** Absolute path where the host has one (Electron), null in the browser. */
  readonly path: string | null;
  readonly bytes: Uint8Array;
}

/** A picked file that could not be read, with the reason for the user. */
export interface FileFailure {
  readonly name: string;
  readonly error: AppError;
}

export interface OpenedFiles {
  readonly files: readonly PickedFile[];
  readonly failures: readonly FileFailure[];
}

export interface SaveRequest {
  readonly suggestedName: string;
  readonly content: string;
  /** Used by the browser host for the download and by the dialog for its filter. */
  readonly format: ExportFormat;
}

/** Several files for one folder: a plain-text export with one file per article. */
export interface SaveFilesRequest {
  readonly folderName: string;
  /** Plain file names (no folders), each unique. */
  readonly files: readonly { readonly name: string; readonly content: string }[];
}

export interface SavedFile {
  /** Where it was written (a path, or the download's file name in the browser). */
  readonly location: string;
}

/**
 * Every export format, in the order menus list them: the one list the CLI, dialogs and validation share.
 * `alto`: ALTO 4 XML of the corrected page, with line coordinates, hyphenation and articles as tagged blocks.
 * `page`: PAGE XML (2019 schema), regions typed by role, reading order by article, `join` relations.
 */
export const EXPORT_FORMATS = ['txt', 'md', 'json', 'alto', 'page'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The interface languages (the renderer's catalogue and main's menu both have these). */
export const INTERFACE_LANGUAGES = ['en', 'zh-CN'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = ['open', 'export', 'undo', 'redo', 'save-and-close'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** A file opened before, as the Recent list shows it. */
export interface RecentFile {
  /** What `openRecent` takes: the path in Electron, the name in the browser. */
  readonly id: string;
  readonly name: string;
  /** False where the host cannot read it again by itself (a browser keeps only the name). */
  readonly reopenable: boolean;
}

/** How many files the Recent lists keep. */
export const MAX_RECENT_FILES = 10;

export interface AppApi {
  /** Which host the renderer runs in; the renderer changes nothing else by it. */
  readonly host: 'electron' | 'browser';
  /**
   * Shows the host's open dialog and reads the chosen pages. Cancelling gives no files.
   * The browser host opens its file input instead (see `renderer/src/host`).
   */
  openFiles(): Promise<Result<OpenedFiles>>;
  /**
   * Shows the host's folder dialog and reads every page in the chosen folder (and the page
   * images beside them), as one issue. Electron only: the browser host has none, and the
   * renderer opens a directory input instead.
   */
  openFolder?(): Promise<Result<OpenedFiles>>;
  /** Asks where to save and writes atomically; `null` when the user cancelled. */
  saveFile(request: SaveRequest): Promise<Result<SavedFile | null>>;
  /**
   * Asks for a folder and writes every file into it, each atomically; `null` when the user
   * cancelled. The browser host downloads them as one .zip named after `folderName`.
   */
  saveFiles(request: SaveFilesRequest): Promise<Result<SavedFile | null>>;
  /** The files opened last, newest first. */
  recentFiles(): Promise<readonly RecentFile[]>;
  /** Reads a recent file again, as Open would (with its page image); fails with a message when it cannot. */
  openRecent(id: string): Promise<Result<OpenedFiles>>;
  /**
   * Looks for the page image beside a page's source file (`p1.xml` → `p1.tif`), as Open does,
   * for a page reopened from a project. Electron only, and only beside a path main read itself
   * or that a project it read names. `null` when no image is there (moved or deleted): a note, not an error.
   */
  findPageImage?(source: string): Promise<Result<PickedFile | null>>;
  /** Notes files the renderer read itself (the browser's file input, a drop); Electron's main notes its own. */
  noteOpened(names: readonly string[]): void;
  /** Subscribes to File ▸ Open Recent in the native menu; returns the unsubscribe function. */
  onOpenRecent(listener: (id: string) => void): () => void;
  /** Tells the host the interface language, so the native menu speaks it too. */
  setInterfaceLanguage(language: InterfaceLanguage): void;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** IPC channel names, one per AppApi method. */
export const CHANNELS = {
  openFiles: 'galley:open-files',
  openFolder: 'galley:open-folder',
  saveFile: 'galley:save-file',
  saveFiles: 'galley:save-files',
  menuCommand: 'galley:menu-command',
  setInterfaceLanguage: 'galley:set-interface-language',
  recentFiles: 'galley:recent-files',
  openRecent: 'galley:open-recent',
  findPageImage: 'galley:find-page-image',
  /** Main to renderer: the user picked a file in File ▸ Open Recent. */
  openRecentCommand: 'galley:open-recent-command',
} as const;

/** Largest text page Galley opens; a bigger file is refused with a message, never read. */
export const MAX_TEXT_PAGE_BYTES = 32 * 1024 * 1024;

/** Largest ALTO, PAGE XML or hOCR file: markup takes several times the bytes of its text. */
export const MAX_LAYOUT_PAGE_BYTES = 256 * 1024 * 1024;

/** The size limit for a file, by what its name says it is. */
export function pageSizeLimit(name: string): number {
  return /\.(txt|md|markdown)$/iu.test(name) ? MAX_TEXT_PAGE_BYTES : MAX_LAYOUT_PAGE_BYTES;
}

/** Extensions of a page image that sits beside its OCR file (`page-0001.xml` + `page-0001.tif`). */
export const PAGE_IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'tif', 'tiff'] as const;

/** True when the name is a page's (text, markdown, ALTO, PAGE XML, hOCR): what Open folder takes from a folder. */
export function isPageFileName(name: string): boolean {
  return /\.(txt|md|markdown|xml|alto|hocr|html|htm|xhtml)$/iu.test(name);
}

/** True when the name is a page image's (PNG, JPEG or TIFF), not a page's. */
export function isPageImageName(name: string): boolean {
  return /\.(png|jpe?g|tiff?)$/iu.test(name);
}

/**
 * Largest page image Galley shows. An uncompressed 6000×8000 RGB TIFF is 144 MB; anything
 * bigger is refused with a message and the page opens without it.
 */
export const MAX_PAGE_IMAGE_BYTES = 200 * 1024 * 1024;

/** Largest export the host accepts in one write. */
export const MAX_EXPORT_CHARS = 256 * 1024 * 1024;
