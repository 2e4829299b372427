/**
 * `galley reconstruct PAGE... [--format json|txt|md] [--out DIR]`: rebuilds each page and
 * prints (or writes) the result. A bad page gets a message on stderr and a non-zero exit
 * code, and does not stop the others. Commander parses the arguments: it gives help,
 * errors for unknown options and sub-commands for free.
 */
import { Command, InvalidArgumentError } from 'commander';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFormat } from '../../shared/contract/app-api';
import { MAX_TEXT_PAGE_BYTES } from '../../shared/contract/app-api';
import { exportReconstruction } from '../../shared/export';
import { loadTextPage } from '../../shared/load/text-page';
import { reconstruct } from '../../shared/pipeline/reconstruct';
import { writeFileAtomic } from './write-output';
import { stat } from 'node:fs/promises';

const FORMATS: readonly ExportFormat[] = ['json', 'txt', 'md'];

function parseFormat(value: string): ExportFormat {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`use one of ${FORMATS.join(', ')}`);
  return value as ExportFormat;
}

interface ReconstructOptions {
  format: ExportFormat;
  out?: string;
}

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('galley')
    .description('Repairs the layout of OCR\'d newspaper pages.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('reconstruct')
    .description('rebuild the articles of each page and print them (or write them to --out)')
    .argument('<pages...>', 'page files (.txt, .md)')
    .option('-f, --format <format>', 'json, txt or md', parseFormat, 'json' as ExportFormat)
    .option('-o, --out <dir>', 'write one file per page into this folder instead of printing')
    .action(async (pages: string[], options: ReconstructOptions) => {
      for (const file of pages) {
        const ok = await reconstructOne(file, options);
        if (!ok) exitCode = 1;
      }
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    return typeof code === 'number' ? code : 2;
  }
  return exitCode;
}

async function reconstructOne(file: string, options: ReconstructOptions): Promise<boolean> {
  const name = path.basename(file);
  try {
    const info = await stat(file);
    if (info.size > MAX_TEXT_PAGE_BYTES) {
      process.stderr.write(`galley: “${name}” is ${(info.size / 1048576).toFixed(0)} MB; Galley opens text pages up to ${MAX_TEXT_PAGE_BYTES / 1048576} MB.\n`);
      return false;
    }
    const loaded = loadTextPage(name, new Uint8Array(await readFile(file)));
    if (!loaded.ok) {
      process.stderr.write(`galley: ${loaded.error.message}\n`);
      return false;
    }
    const result = reconstruct(loaded.value);
    const { content, suggestedName } = exportReconstruction(options.format, result, loaded.value);
    if (options.out) await writeFileAtomic(path.join(options.out, suggestedName), content);
    else process.stdout.write(content.endsWith('\n') ? content : `${content}\n`);
    return true;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    process.stderr.write(`galley: could not read “${file}”: ${reason}\n`);
    return false;
  }
}
