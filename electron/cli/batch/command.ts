/**
 * The `batch` subcommand's arguments (see run-batch.ts for what it does):
 *
 *   galley batch INPUT... --out DIR [--format F] [--jobs N] [--shard K/N] [--issues]
 *
 * A bad --jobs, --shard or --format is a usage error (exit 2), like every other usage error;
 * so is `--issues --format alto`: an issue exports to json, txt and md, not to ALTO.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import os from 'node:os';
import type { ExportFormat } from '../../../shared/contract/app-api';
import { ISSUE_EXPORT_FORMATS } from '../../../shared/export/issue-export';
import { BATCH_FORMATS } from './formats';
import { parseShard, type Shard } from './shard';

interface BatchOptions {
  readonly out: string;
  readonly format: ExportFormat;
  readonly jobs: number;
  readonly shard?: Shard;
  readonly issues?: boolean;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/u.test(value) || !Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Give a whole number of worker threads, 1 or more.');
  return n;
}

function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (typeof shard === 'string') throw new InvalidArgumentError(shard);
  return shard;
}

function parseOut(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('Give the folder to write into.');
  return value;
}

/** Adds `batch` to `program`; `setExitCode` receives the command's exit code. */
export function addBatchCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('batch')
    .description('rebuild every page in files and folders (recursively) on worker threads, into --out; resumable')
    .argument('<inputs...>', 'page files (text, markdown, ALTO, PAGE XML, hOCR) and folders holding them')
    .requiredOption('-o, --out <dir>', 'folder for the outputs, mirroring the inputs, and the manifest', parseOut)
    .addOption(new Option('-f, --format <format>', 'output format').choices(BATCH_FORMATS).default('json'))
    .option('-j, --jobs <n>', 'worker threads, one per core unless given', parseJobs, os.availableParallelism())
    .option('--shard <K/N>', 'do only the K-th of N slices of the pages (for job arrays and several machines)', parseShardOption)
    .option('--issues', `each folder of pages is one issue: pages in order, jumps linked, one issue export a folder (${ISSUE_EXPORT_FORMATS.join(', ')})`)
    .action(async (inputs: string[], options: BatchOptions, command: Command) => {
      const issues = options.issues === true;
      if (issues && !(ISSUE_EXPORT_FORMATS as readonly string[]).includes(options.format)) {
        command.error(`error: an issue exports to ${ISSUE_EXPORT_FORMATS.join(', ')}, not ${options.format}; for ALTO, one file a page, run without --issues.`, { exitCode: 2 });
      }
      // Loaded here: the worker pool is no part of the other commands.
      const { runBatch } = await import('./run-batch');
      setExitCode(await runBatch({ inputs, out: options.out, format: options.format, jobs: options.jobs, shard: options.shard ?? null, issues }, { stderr: process.stderr }));
    });
}
