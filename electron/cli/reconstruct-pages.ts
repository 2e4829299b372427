/**
 * The work of `galley reconstruct`: each page is read, rebuilt and printed (or written into
 * the output folder) on its own, so one bad page costs only its own output. A page that cannot
 * be read, decoded or written gets one line on stderr that names it, and makes the command
 * end with exit code 1 once every other page has run.
 *
 * File access comes in through `ReconstructIo` (the main process's handlers do the same), so
 * the writes go through the one atomic writer the app's Save uses.
 */
import path from 'node:path';
import type { ExportFormat } from '../../shared/contract/app-api';
import { pageSizeLimit } from '../../shared/contract/app-api';
import { exportReconstruction } from '../../shared/export';
import { loadPage } from '../../shared/load/load-page';
import { reconstruct } from '../../shared/pipeline/reconstruct';
import type { WriteFileAtomic } from '../main/atomic-write';
import { reasonOf } from '../main/error-reason';
import { makeFolders } from './output-folders';
import type { OutputSink } from './output-sink';

/** What the command needs from the file system and the terminal. */
export interface ReconstructIo {
  readonly stat: (file: string) => Promise<{ readonly size: number; isFile(): boolean; isDirectory(): boolean }>;
  readonly readFile: (file: string) => Promise<Uint8Array>;
  /** Makes one folder, not its parents (node's `fs/promises` `mkdir` fits). */
  readonly mkdir: (dir: string) => Promise<unknown>;
  readonly writeFileAtomic: WriteFileAtomic;
  readonly stdout: OutputSink;
  /** One message for people; the caller adds the `galley: ` prefix and the line feed. */
  readonly warn: (message: string) => void;
}

export interface ReconstructRequest {
  readonly pages: readonly string[];
  readonly format: ExportFormat;
  /** Folder for one file per page; absent: print to stdout. */
  readonly out?: string | undefined;
}

/** Exit codes: 0 every page done, 1 at least one page failed. (2, bad usage, is main's.) */
export async function reconstructPages(request: ReconstructRequest, io: ReconstructIo): Promise<0 | 1> {
  if (request.out !== undefined && !(await makeOutputFolder(request.out, io))) return 1;
  // Two pages called `page.txt` from different folders both export `page.cleaned.json`;
  // the second would silently replace the first, so it is refused instead.
  const written = new Map<string, string>();
  let failed = false;
  for (const file of request.pages) {
    // Nobody reads stdout any more (`| head`): rebuilding the rest would be wasted work.
    if (request.out === undefined && io.stdout.closed) break;
    if (!(await reconstructOne(file, request, io, written))) failed = true;
  }
  return failed ? 1 : 0;
}

async function makeOutputFolder(out: string, io: ReconstructIo): Promise<boolean> {
  try {
    await makeFolders(path.resolve(out), io);
    return true;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : reasonOf(error);
    io.warn(`could not create the output folder “${out}”: ${reason}.`);
    return false;
  }
}

async function readPage(file: string, io: ReconstructIo): Promise<Uint8Array | null> {
  try {
    const info = await io.stat(file);
    if (info.isDirectory()) {
      io.warn(`“${file}” is a folder; give Galley the page files inside it.`);
      return null;
    }
    if (info.size > pageSizeLimit(file)) {
      io.warn(`“${file}” is ${(info.size / 1048576).toFixed(0)} MB; Galley opens ${/\.(txt|md|markdown)$/iu.test(file) ? 'text pages' : 'ALTO, PAGE and hOCR files'} up to ${pageSizeLimit(file) / 1048576} MB.`);
      return null;
    }
    return await io.readFile(file);
  } catch (error) {
    io.warn(`could not read “${file}”: ${reasonOf(error)}.`);
    return null;
  }
}

async function reconstructOne(file: string, request: ReconstructRequest, io: ReconstructIo, written: Map<string, string>): Promise<boolean> {
  const bytes = await readPage(file, io);
  if (bytes === null) return false;
  // The page is known by its file name, as in the app: it goes into the JSON `source`, the
  // page id and the output name, which must not change with the folder it was run from.
  const name = path.basename(file);
  const loaded = loadPage(name, bytes);
  if (!loaded.ok) {
    // The loader's sentence names the file by its base name; say where it is when that differs.
    io.warn(file === name ? loaded.error.message : `${file}: ${loaded.error.message}`);
    return false;
  }
  const result = reconstruct(loaded.value);
  const { content, suggestedName } = exportReconstruction(request.format, result, loaded.value);
  if (request.out === undefined) {
    io.stdout.write(content.endsWith('\n') ? content : `${content}\n`);
    return true;
  }
  const target = path.join(request.out, suggestedName);
  const key = path.resolve(target);
  const earlier = written.get(key);
  if (earlier !== undefined) {
    io.warn(`“${file}” was not written: its output “${target}” is already the output of “${earlier}”. Rename one of the pages, or run them separately.`);
    return false;
  }
  written.set(key, file);
  const saved = await io.writeFileAtomic(target, content);
  if (!saved.ok) {
    io.warn(saved.error.message);
    return false;
  }
  return true;
}
