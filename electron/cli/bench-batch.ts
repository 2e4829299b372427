/**
 * `npm run bench:batch` (`galley bench --batch`): how fast `galley batch` goes through an
 * archive, and whether its memory stays flat. It writes a generated archive (bench-pages.ts:
 * real page text recombined, Chinese and English in turn, 10 pages an issue folder) to a temp
 * folder, then runs the real command on it with 1 and 2 worker threads, on a small archive
 * and a large one (2,000 and 10,000 pages), each run in a process of its own so its peak
 * memory is its own. pages/s is pages over the run's time from the command line parsed to
 * the last page written, worker start-up included, Node's and tsx's start-up not.
 *
 * Targets: 2 jobs at least 1.7× the pages/s of 1 job (on a two-core machine), and the large
 * archive's peak memory within 1.25× the small one's. Reports, never fails: timings on a
 * shared machine are noisy, so the load average is printed beside them.
 */
import { fork } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generatedPage, loadSourceText, type SourceText } from './bench-pages';
import { mark, mib, num, table } from './bench-report';

export interface BatchBenchOptions {
  /** Pages in the large archive (10,000 for npm run bench:batch); the small one has a fifth. */
  readonly pages: number;
  /** Characters a page. */
  readonly chars: number;
}

const SEED = 0xba7c4;
const TARGET_SPEED_UP = 1.7;
const MEMORY_GROWTH_LIMIT = 1.25;
const PAGES_PER_ISSUE = 10;
const ISSUES_PER_YEAR = 100;
const CHILD = new URL('./bench-batch-child.mjs', import.meta.url);

/** Where page `i` of a generated archive lives: `1901/issue-003/page-04-latin.txt`. */
export function archivePath(i: number, script: string): string {
  const issue = Math.floor(i / PAGES_PER_ISSUE);
  const year = 1900 + Math.floor(issue / ISSUES_PER_YEAR);
  return path.join(String(year), `issue-${String(issue % ISSUES_PER_YEAR).padStart(3, '0')}`, `page-${String(i % PAGES_PER_ISSUE).padStart(2, '0')}-${script}.txt`);
}

/** Writes `count` generated pages under `dir`, one at a time; resolves to the bytes written. */
export async function writeArchive(dir: string, count: number, chars: number, source?: SourceText): Promise<number> {
  const text = source ?? (await loadSourceText());
  let bytes = 0;
  let folder = '';
  for (let i = 0; i < count; i++) {
    const page = generatedPage(text, i, chars, SEED);
    const file = path.join(dir, archivePath(i, page.script));
    if (path.dirname(file) !== folder) {
      folder = path.dirname(file);
      await mkdir(folder, { recursive: true });
    }
    await writeFile(file, page.bytes);
    bytes += page.bytes.length;
  }
  return bytes;
}

/** What one batch process reported. */
export interface BatchRun {
  readonly code: number;
  readonly ms: number;
  /** CPU time of the whole process (all threads, Node's and tsx's start-up included). */
  readonly cpuMs: number;
  readonly maxRSS: number;
}

/** Runs `galley batch args…` in a process of its own; stderr goes to `stderr` (null: dropped). */
export function runBatchProcess(args: readonly string[], stderr: 'inherit' | 'ignore' = 'ignore'): Promise<BatchRun> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, ['batch', ...args], { stdio: ['ignore', 'ignore', stderr, 'ipc'] });
    let report: BatchRun | null = null;
    child.on('message', (message: BatchRun) => {
      report = message;
    });
    child.on('error', reject);
    child.on('exit', (code) => (report === null ? reject(new Error(`galley batch ended with code ${code} and no report`)) : resolve(report)));
  });
}

/** Runs the bench and prints its table; resolves to the exit code (0, or 1 if it could not run). */
export async function runBatchBench(options: BatchBenchOptions): Promise<number> {
  const write = (text = ''): void => {
    process.stdout.write(`${text}\n`);
  };
  const load = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const small = Math.max(1, Math.round(options.pages / 5));
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  write(`Galley batch bench: Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpu}, ${os.availableParallelism()} CPUs; load average ${load()} at the start`);
  const root = await mkdtemp(path.join(os.tmpdir(), 'galley-bench-batch-'));
  try {
    const source = await loadSourceText();
    const started = performance.now();
    const archives = new Map<number, string>();
    let archiveBytes = 0;
    for (const pages of [small, options.pages]) {
      const dir = path.join(root, `archive-${pages}`);
      archiveBytes = await writeArchive(dir, pages, options.chars, source);
      archives.set(pages, dir);
    }
    write(`Archives of ${num(small)} and ${num(options.pages)} generated pages of about ${num(options.chars)} characters (${mib(archiveBytes)} for the large one), written in ${num((performance.now() - started) / 1000, 1)} s.`);
    write(`Each run: galley batch ARCHIVE --out DIR --format json --jobs N, in a process of its own; peak RSS = that process's getrusage maxRSS (main thread and workers).`);
    write();

    const results: { pages: number; jobs: number; run: BatchRun }[] = [];
    for (const pages of [small, options.pages]) {
      for (const jobs of [1, 2]) {
        const out = path.join(root, `out-${pages}-${jobs}`);
        const run = await runBatchProcess([archives.get(pages) ?? '', '--out', out, '--format', 'json', '--jobs', String(jobs)]);
        results.push({ pages, jobs, run });
        await rm(out, { recursive: true, force: true });
      }
    }
    const rate = (r: { pages: number; run: BatchRun }): number => r.pages / (r.run.ms / 1000);
    write(
      table(
        [{ header: 'pages', numeric: true }, { header: 'jobs', numeric: true }, { header: 'exit', numeric: true }, { header: 'seconds', numeric: true }, { header: 'pages/s', numeric: true }, { header: 'CPU s', numeric: true }, { header: 'cores busy', numeric: true }, { header: 'peak RSS', numeric: true }],
        results.map((r) => [num(r.pages), String(r.jobs), String(r.run.code), num(r.run.ms / 1000, 1), num(rate(r), 1), num(r.run.cpuMs / 1000, 1), num(r.run.cpuMs / r.run.ms, 2), mib(r.run.maxRSS)]),
      ),
    );
    write();
    const find = (pages: number, jobs: number): (typeof results)[number] | undefined => results.find((r) => r.pages === pages && r.jobs === jobs);
    const one = find(options.pages, 1);
    const two = find(options.pages, 2);
    const speedUp = one && two ? rate(two) / rate(one) : Number.NaN;
    const peakSmall = Math.max(...results.filter((r) => r.pages === small).map((r) => r.run.maxRSS));
    const peakLarge = Math.max(...results.filter((r) => r.pages === options.pages).map((r) => r.run.maxRSS));
    write('Targets');
    write(`  ${mark(speedUp >= TARGET_SPEED_UP)} 2 jobs at least ${TARGET_SPEED_UP}× the speed of 1 on ${num(options.pages)} pages: ${num(speedUp, 2)}×`);
    write(`  ${mark(peakLarge <= peakSmall * MEMORY_GROWTH_LIMIT)} peak memory flat in the number of pages: ${mib(peakLarge)} for ${num(options.pages)} pages, ${mib(peakSmall)} for ${num(small)} (${num(peakLarge / peakSmall, 2)}×; limit ${MEMORY_GROWTH_LIMIT}×)`);
    write(`cores busy = CPU time / wall time: near 2 for 2 jobs when both cores are free for the batch; below that, other work on the machine took them.`);
    write(`Load average ${load()} at the end. The bench reports; it does not fail on a target.`);
    return 0;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
