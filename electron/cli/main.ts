/**
 * The `galley` command line:
 *
 *   galley reconstruct PAGE... [--format json|txt|md] [--out DIR]
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
import type { ExportFormat } from '../../shared/contract/app-api';
import { createAtomicWriter } from '../main/atomic-write';
import { createOutputSink } from './output-sink';
import { reconstructPages } from './reconstruct-pages';

const FORMATS: readonly ExportFormat[] = ['json', 'txt', 'md'];

/** Exit code for a command line Galley cannot make sense of (the shell convention). */
export const USAGE_ERROR = 2;

interface ReconstructOptions {
  readonly format: ExportFormat;
  readonly out?: string;
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
    .action(async (pages: string[], options: ReconstructOptions) => {
      let stdoutFailed = false;
      const stdout = createOutputSink(process.stdout, (message) => {
        stdoutFailed = true;
        warn(message);
      });
      const code = await reconstructPages(
        { pages, format: options.format, out: options.out },
        { stat: fs.stat, readFile: fs.readFile, mkdir: (dir) => fs.mkdir(dir), writeFileAtomic: createAtomicWriter(fs, process.pid), stdout, warn },
      );
      exitCode = stdoutFailed ? 1 : code;
    });

  program
    .command('bench', { hidden: true })
    .description('time reconstruction on the dev pages and a generated set, beside a load-only floor (npm run bench)')
    .option('--pages <n>', 'pages in the generated set', parseCount, 1000)
    .action(async (options: { pages: number }) => {
      // Loaded only here: the benchmark's generator and tables are no part of `reconstruct`.
      const { runBench } = await import('./bench');
      exitCode = await runBench({ generatedPages: options.pages });
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
