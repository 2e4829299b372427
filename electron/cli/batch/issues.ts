/**
 * `galley batch --issues`: a newspaper archive is folders of issues, so every folder that holds
 * page files is one issue, done as one job (pages ordered, jumps linked across them, one issue
 * export). Its manifest key is the folder's relative path with a trailing `/` (`1920/01-08/`,
 * `./` for the top folder), which no page's key can be, so a page run and an issue run can
 * share an output folder and its manifest.
 *
 * The export goes beside the mirrored folder, named after it as `galley reconstruct --issue`
 * names it (`1920/01-08/` → `1920/01-08.issue.json`): a year's folder of outputs lists its
 * issues. Name clashes follow the rule of output-names.ts.
 */
import path from 'node:path';
import type { IssueExportFormat } from '../../../shared/export/issue-export';
import { fnv1a32 } from '../../../shared/load/hash';
import { folderOf, type BatchInput } from './collect-inputs';
import { uniqueOutputPaths } from './output-names';

/** One issue of the batch. */
export interface BatchIssue {
  /** The folder relative to the INPUTs' common folder, `/` at the end: the manifest's key and the shard's. */
  readonly key: string;
  /** Its page files, absolute, in name order. */
  readonly files: readonly string[];
  /** Where its export goes, relative to the output folder. */
  readonly output: string;
}

/** The manifest key of the issue in `folder` (relative; `''` for the top). */
export const issueKey = (folder: string): string => (folder === '' ? './' : `${folder}/`);

/**
 * Groups `inputs` (sorted by relative path, as collectInputs gives them) by folder. `common` is
 * the INPUTs' common folder, which names the issue of the pages lying directly in it.
 */
export function groupIssues(inputs: readonly BatchInput[], common: string, format: IssueExportFormat): BatchIssue[] {
  const byFolder = new Map<string, string[]>();
  for (const input of inputs) {
    const folder = folderOf(input.relative);
    const files = byFolder.get(folder);
    if (files === undefined) byFolder.set(folder, [input.file]);
    else files.push(input.file);
  }
  // Plain code-unit order, as the pages: the same on every machine.
  const folders = [...byFolder.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const outputs = uniqueOutputPaths(
    folders.map((folder) => {
      const name = folder === '' ? path.basename(common) || 'issue' : path.posix.basename(folder);
      return { folder: folderOf(folder), names: [`${name}.issue.${format}`, `${name}-${fnv1a32(name)}.issue.${format}`] };
    }),
  );
  return folders.map((folder, i) => ({ key: issueKey(folder), files: byFolder.get(folder) ?? [], output: outputs[i] ?? '' }));
}
