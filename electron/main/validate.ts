/**
 * Validates what the renderer sends before the main process acts on it. The renderer is
 * trusted code, but the main process holds the file system, so it checks anyway (Electron
 * security checklist: "validate the sender and the arguments of all IPC messages").
 */
import { EXPORT_FORMATS, MAX_EXPORT_CHARS, type ExportFormat, type SaveFilesRequest, type SaveRequest } from '../../shared/contract/app-api';
import { fail, ok, type Result } from '../../shared/model/result';


/** Longest file name most file systems accept (ext4, NTFS and APFS all stop at 255). */
export const MAX_FILE_NAME_LENGTH = 255;

/** Checks an untrusted `saveFile` payload and returns a clean copy holding only known fields. */
export function validateSaveRequest(payload: unknown): Result<SaveRequest> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return invalid('the request is not an object');
  }
  const { suggestedName, content, format } = payload as Record<string, unknown>;

  if (typeof suggestedName !== 'string') return invalid('the file name is missing');
  const nameProblem = fileNameProblem(suggestedName);
  if (nameProblem !== null) return invalid(nameProblem);

  if (typeof content !== 'string') return invalid('the content is not text');
  if (content.length > MAX_EXPORT_CHARS) {
    return invalid(`the export has ${content.length} characters, more than the ${MAX_EXPORT_CHARS} Galley writes at once`);
  }

  if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return invalid(`the format must be one of ${EXPORT_FORMATS.join(', ')}`);
  }

  return ok({ suggestedName, content, format: format as ExportFormat });
}

/** Most files one folder export writes: one per article, and a page has hundreds at most. */
export const MAX_FILES_PER_EXPORT = 10_000;

/** Checks an untrusted `saveFiles` payload: plain, unique file names and text, within the size limit. */
export function validateSaveFilesRequest(payload: unknown): Result<SaveFilesRequest> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return invalid('the request is not an object');
  const { folderName, files } = payload as Record<string, unknown>;
  if (typeof folderName !== 'string') return invalid('the folder name is missing');
  const folderProblem = fileNameProblem(folderName);
  if (folderProblem !== null) return invalid(folderProblem);
  if (!Array.isArray(files) || files.length === 0) return invalid('there are no files to write');
  if (files.length > MAX_FILES_PER_EXPORT) return invalid(`there are ${files.length} files, more than the ${MAX_FILES_PER_EXPORT} Galley writes at once`);
  const clean: { name: string; content: string }[] = [];
  const names = new Set<string>();
  let total = 0;
  for (const file of files as unknown[]) {
    if (typeof file !== 'object' || file === null) return invalid('a file is not an object');
    const { name, content } = file as Record<string, unknown>;
    if (typeof name !== 'string') return invalid('a file name is missing');
    const problem = fileNameProblem(name);
    if (problem !== null) return invalid(problem);
    // Two files of one name would overwrite each other; names differing only in case too, on macOS and Windows.
    if (names.has(name.toLowerCase())) return invalid(`the file name “${name}” is used twice`);
    names.add(name.toLowerCase());
    if (typeof content !== 'string') return invalid(`the content of “${name}” is not text`);
    total += content.length;
    clean.push({ name, content });
  }
  if (total > MAX_EXPORT_CHARS) return invalid(`the export has ${total} characters, more than the ${MAX_EXPORT_CHARS} Galley writes at once`);
  return ok({ folderName, files: clean });
}

/**
 * Why a suggested name is unusable, or null. The name only pre-fills the save dialog, but a
 * separator in it would let the renderer pick the folder, which is the user's choice.
 */
function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return 'the file name is empty';
  if (name.length > MAX_FILE_NAME_LENGTH) return `the file name is longer than ${MAX_FILE_NAME_LENGTH} characters`;
  if (/[/\\]/.test(name)) return `the file name “${name}” contains a path separator`;
  if (name.includes('\0')) return 'the file name contains a NUL character';
  if (name === '.' || name === '..') return `“${name}” is not a file name`;
  return null;
}

function invalid(reason: string): Result<never> {
  return fail('invalid-request', `Galley could not export: ${reason}.`);
}
