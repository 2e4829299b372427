/**
 * Finds the pages of a batch: the files given, and the page-like files in the folders given,
 * at any depth. Each page gets a path relative to the deepest folder holding every INPUT, so
 * `galley batch archive/1920 archive/1921 --out out` writes `out/1920/…` and `out/1921/…`:
 * two pages of the same name under different INPUTs cannot land on one output, and the layout
 * does not depend on the order of the INPUTs or on where the archive is mounted.
 *
 * Skipped: files that are no page to process (page-file-names.ts: hidden files, Galley's
 * projects and exports), hidden folders (`.git`), the output folder, and symbolic links to
 * folders (a link back up the tree would make the walk endless).
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFormat } from '../../../shared/contract/app-api';
import { suggestedExportName } from '../../../shared/export';
import { fnv1a32 } from '../../../shared/load/hash';
import { isPageToProcess } from '../../../shared/load/page-file-names';
import { reasonOf } from '../../main/error-reason';
import { uniqueOutputPaths } from './output-names';


/** One page of the batch. */
export interface BatchInput {
  /** Absolute path of the file to read. */
  readonly file: string;
  /** Path relative to the INPUTs' common folder, `/`-separated: the manifest's key. */
  readonly relative: string;
  /** Where its export goes, relative to the output folder, `/`-separated. */
  readonly output: string;
}

export type Collected = { readonly ok: true; readonly inputs: readonly BatchInput[]; readonly common: string } | { readonly ok: false; readonly message: string };

/** The deepest folder holding all of `folders` (absolute paths). */
function commonFolder(folders: readonly string[]): string {
  let common = folders[0] ?? path.resolve('.');
  for (const folder of folders.slice(1)) {
    while (common !== path.dirname(common) && path.relative(common, folder).startsWith('..')) common = path.dirname(common);
  }
  return common;
}

async function walk(folder: string, outDir: string, found: Set<string>): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => null);
      isDirectory = false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory && full !== outDir) await walk(full, outDir, found);
    else if (isFile && isPageToProcess(entry.name)) found.add(full);
  }
}

/**
 * Where each page's export goes: beside it in the mirrored folder, named as `galley reconstruct`
 * names it, unless that clashes with another page's (see output-names.ts for the rule).
 */
function outputPaths(relatives: readonly string[], format: ExportFormat): string[] {
  return uniqueOutputPaths(
    relatives.map((relative) => {
      const name = path.posix.basename(relative);
      const plain = suggestedExportName(name, format);
      const tail = plain.slice(plain.indexOf('.cleaned.'));
      return { folder: folderOf(relative), names: [plain, `${name}${tail}`, `${name}-${fnv1a32(name)}${tail}`] };
    }),
  );
}

/** The folder part of a relative path, `''` for the top. */
export function folderOf(relative: string): string {
  const folder = path.posix.dirname(relative);
  return folder === '.' ? '' : folder;
}

/** Walks `roots` (files and folders); the pages come sorted by relative path. */
export async function collectInputs(roots: readonly string[], outDir: string, format: ExportFormat): Promise<Collected> {
  const out = path.resolve(outDir);
  const found = new Set<string>();
  const bases: string[] = [];
  for (const root of roots) {
    const full = path.resolve(root);
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      return { ok: false, message: `cannot read “${root}”: ${reasonOf(error)}.` };
    }
    if (info.isDirectory()) {
      bases.push(full);
      if (full === out) continue;
      try {
        await walk(full, out, found);
      } catch (error) {
        return { ok: false, message: `cannot read the folder “${root}”: ${reasonOf(error)}.` };
      }
    } else {
      bases.push(path.dirname(full));
      found.add(full);
    }
  }
  const common = commonFolder(bases);
  const pages = [...found].map((file) => ({ file, relative: path.relative(common, file).split(path.sep).join('/') }));
  // Plain code-unit order: the same on every machine, whatever its locale.
  pages.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  const outputs = outputPaths(pages.map((p) => p.relative), format);
  return { ok: true, inputs: pages.map((p, i) => ({ ...p, output: outputs[i] ?? '' })), common };
}
