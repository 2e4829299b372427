/**
 * The `galley` command line:
 *
 *   galley reconstruct PAGE... [--format json|txt|md] [--out DIR]
 *   galley reconstruct --issue PAGE...|FOLDER [--format json|txt|md] [--out DIR]   (one issue, jumps linked)
 *   galley batch INPUT... --out DIR [--format F] [--jobs N] [--shard K/N]   (see batch/)
 *
 * rebuilds each page and prints it (or writes one file per page into DIR). Exit codes: 0 all
 * pages done; 1 some page could not be read, decoded or written (the others still ran);
 * 2 bad usage (unknown option, command or format), with the usage hint instead of a stack
 * trace. Commander parses the arguments and gives help for free.
 *
 * `galley bench` (hidden: a developer's tool, it reads the repository's test pages) is what
 * `npm run bench` runs.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import * as fs from 'node:fs/promises';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/contract/app-api';
import { loadWordLists } from '../../shared/text/lexicon-words';
import { createAtomicWriter } from '../main/atomic-write';
import { addBatchCommand } from './batch/command';
import { createOutputSink } from './output-sink';
import { reconstructPages } from './reconstruct-pages';
import { reconstructIssue } from './reconstruct-issue';
import { ISSUE_EXPORT_FORMATS, type IssueExportFormat } from '../../shared/export/issue-export';

const FORMATS: readonly ExportFormat[] = EXPORT_FORMATS;

/** Exit code for a command line Galley cannot make sense of (the shell convention). */
export const USAGE_ERROR = 2;

interface ReconstructOptions {
  readonly format: ExportFormat;
  readonly out?: string;
  readonly issue?: boolean;
}

function parseFolder(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('Give the folder to write into.');
  return value;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Give a whole number of pages, 1 or more.');
  return n;
}

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // The engine decides line-end hyphens with the word lists loaded: the same page, the same output.
  await loadWordLists();
  const warn = (message: string): void => {
    process.stderr.write(`galley: ${message}\n`);
  };
  let exitCode = 0;
  const program = new Command()
    .name('galley')
    .description('Repairs the layout of OCR\'d newspaper pages.')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      // Commander says `error: unknown option '--x'`; every other message of ours starts `galley: `.
      outputError: (s, write) => write(s.replace(/^error: /u, 'galley: ')),
    });

  program
    .command('reconstruct')
    .description('rebuild the articles of each page and print them (or write them to --out)')
    .argument('<pages...>', 'page files (.txt, .md)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --out <dir>', 'write one file per page into this folder (made if missing) instead of printing', parseFolder)
    .option('--issue', 'read the files (or the page files in a folder) as the pages of one issue: articles that jump pages are linked, one export for the issue')
    .action(async (pages: string[], options: ReconstructOptions) => {
      let stdoutFailed = false;
      const stdout = createOutputSink(process.stdout, (message) => {
        stdoutFailed = true;
        warn(message);
      });
      if (options.issue === true) {
        if (!(ISSUE_EXPORT_FORMATS as readonly string[]).includes(options.format)) {
          warn(`an issue exports to ${ISSUE_EXPORT_FORMATS.join(', ')}; “${options.format}” is a page format.`);
          exitCode = USAGE_ERROR;
          return;
        }
        const io = { stat: fs.stat, readFile: fs.readFile, readdir: (dir: string) => fs.readdir(dir), mkdir: (dir: string) => fs.mkdir(dir), writeFileAtomic: createAtomicWriter(fs, process.pid), stdout, warn };
        const code = await reconstructIssue({ inputs: pages, format: options.format as IssueExportFormat, out: options.out }, io);
        exitCode = stdoutFailed ? 1 : code;
        return;
      }
      const code = await reconstructPages(
        { pages, format: options.format, out: options.out },
        { stat: fs.stat, readFile: fs.readFile, mkdir: (dir) => fs.mkdir(dir), writeFileAtomic: createAtomicWriter(fs, process.pid), stdout, warn },
      );
      exitCode = stdoutFailed ? 1 : code;
    });

  addBatchCommand(program, (code) => {
    exitCode = code;
  });

  program
    .command('bench', { hidden: true })
    .description('time reconstruction on the dev pages and a generated set, beside a load-only floor (npm run bench)')
    .option('--pages <n>', 'pages in the generated set (default 1,000; with --batch 10,000)', parseCount)
    .option('--batch', 'time `galley batch` on a generated archive instead, with 1 and 2 jobs (npm run bench:batch)')
    .option('--chars <n>', 'characters a generated page (--batch)', parseCount, 10_000)
    .action(async (options: { pages?: number; batch?: boolean; chars: number }) => {
      // Loaded only here: the benchmark's generator and tables are no part of `reconstruct`.
      if (options.batch === true) {
        const { runBatchBench } = await import('./bench-batch');
        exitCode = await runBatchBench({ pages: options.pages ?? 10_000, chars: options.chars });
        return;
      }
      const { runBench } = await import('./bench');
      exitCode = await runBench({ generatedPages: options.pages ?? 1000 });
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Help and version end in a CommanderError with exit code 0; everything else Commander
    // throws is a usage error, already explained on stderr. Anything else is a bug: rethrow.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_ERROR;
    throw error;
  }
  return exitCode;
}
