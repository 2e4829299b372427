/**
 * `npm run bench:batch` (`galley bench --batch`): how fast `galley batch` goes through an
 * archive, and whether its memory stays flat. It writes a generated archive of 10,000 pages
 * (bench-pages.ts: real page text recombined, Chinese and English in turn, 10 pages an issue
 * folder, 1,000 a year folder) to a temp folder, then runs the real command, each run in a
 * process of its own so its peak memory is its own:
 *   - 1 and 2 jobs on the first 4,000 pages (four year folders): the speed-up;
 *   - 2 jobs on all 10,000: memory against the 4,000-page run, and pages/s at full size.
 * That is about four minutes on a quiet two-core machine (a 1-job run on all 10,000 pages
 * alone would take three more). pages/s is pages over the run's time from the command line
 * parsed to the last page written, worker start-up included, Node's and tsx's start-up not.
 *
 * Wall-clock figures need free cores; CPU times do not. So each run also prints the CPU time
 * per page of the main thread (finding pages, manifest, progress, messages), of the worker
 * threads (reading, hashing, rebuilding, writing) and of the helper threads (V8's garbage
 * collector and compiler, libuv's file I/O), the workers' start-up, and `cores busy` (process
 * CPU time / wall time): with 2 jobs it is near 2 when the batch had both cores.
 *
 * Targets: 2 jobs at least 1.7× the pages/s of 1 job (on a two-core machine); memory flat in
 * the number of pages, two ways: the large archive's peak within 1.25× the small one's, and,
 * within the large run, the peak of its second half within 1.1× that of its first half after
 * warm-up (a leak grows with the pages done; a large but bounded working set does not).
 * Reports, never fails.
 */
import { fork } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generatedPage, loadSourceText, type SourceText } from './bench-pages';
import type { BatchFigures } from './batch/run-batch';
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
/** Within one run: the second half's peak against the first half's after warm-up. */
const RUN_GROWTH_LIMIT = 1.1;
/** The part of a run left out of the within-run comparison: workers starting, heaps reaching their working size. */
const WARM_UP = 0.2;
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
  /** CPU time of the helper threads alive at the end: V8's (GC, compiler) and libuv's (file I/O). Null off Linux. */
  readonly helpersCpuMs: number | null;
  readonly maxRSS: number;
  /** Resident memory sampled as the run went: [ms since the start, bytes]. */
  readonly rss: readonly (readonly [number, number])[];
  /** Thread by thread, from run-batch (null when the run did not get that far). */
  readonly figures: BatchFigures | null;
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
  // The first two fifths of the archive, in whole year folders (1,000 pages each).
  const yearPages = PAGES_PER_ISSUE * ISSUES_PER_YEAR;
  const years = Math.max(1, Math.round((options.pages * 2) / 5 / yearPages));
  const small = Math.min(options.pages, years * yearPages);
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  write(`Galley batch bench: Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpu}, ${os.availableParallelism()} CPUs; load average ${load()} at the start`);
  const root = await mkdtemp(path.join(os.tmpdir(), 'galley-bench-batch-'));
  try {
    const source = await loadSourceText();
    const started = performance.now();
    const archives = new Map<number, string>();
    let archiveBytes = 0;
    const dir = path.join(root, 'archive');
    archiveBytes = await writeArchive(dir, options.pages, options.chars, source);
    archives.set(options.pages, dir);
    write(`An archive of ${num(options.pages)} generated pages of about ${num(options.chars)} characters (${mib(archiveBytes)}), written in ${num((performance.now() - started) / 1000, 1)} s; the first ${num(small)} (its first year folders) for the 1- and 2-job runs.`);
    write(`Each run: galley batch ARCHIVE --out DIR --format json --jobs N, in a process of its own; peak RSS = that process's getrusage maxRSS (main thread and workers).`);
    write();

    const results: { pages: number; jobs: number; run: BatchRun }[] = [];
    const archive = archives.get(options.pages) ?? '';
    // The first years of the archive: the speed-up runs, and the small side of the memory comparison.
    const smallInputs = Array.from({ length: years }, (_, y) => path.join(archive, String(1900 + y)));
    for (const [pages, jobs, inputs] of [[small, 1, smallInputs], [small, 2, smallInputs], [options.pages, 2, [archive]]] as const) {
      const out = path.join(root, `out-${pages}-${jobs}`);
      const run = await runBatchProcess([...inputs, '--out', out, '--format', 'json', '--jobs', String(jobs)]);
      results.push({ pages, jobs, run });
      await rm(out, { recursive: true, force: true });
    }
    const rate = (r: { pages: number; run: BatchRun }): number => r.pages / (r.run.ms / 1000);
    const perPage = (ms: number | null | undefined, pages: number): string => (ms === null || ms === undefined ? '–' : num(ms / pages, 2));
    write(
      table(
        [
          { header: 'pages', numeric: true },
          { header: 'jobs', numeric: true },
          { header: 'exit', numeric: true },
          { header: 'seconds', numeric: true },
          { header: 'pages/s', numeric: true },
          { header: 'CPU s', numeric: true },
          { header: 'cores busy', numeric: true },
          { header: 'main ms/page', numeric: true },
          { header: 'workers ms/page', numeric: true },
          { header: 'helpers ms/page', numeric: true },
          { header: 'worker start s', numeric: true },
          { header: 'workers idle s', numeric: true },
          { header: 'workers heap', numeric: true },
          { header: 'peak RSS', numeric: true },
        ],
        results.map((r) => {
          const f = r.run.figures;
          const start = f?.workerCpu.startup;
          return [
            num(r.pages),
            String(r.jobs),
            String(r.run.code),
            num(r.run.ms / 1000, 1),
            num(rate(r), 1),
            num(r.run.cpuMs / 1000, 1),
            num(r.run.cpuMs / r.run.ms, 2),
            perPage(f?.mainCpu.total, r.pages),
            perPage(f?.workerCpu.total === null || f?.workerCpu.total === undefined ? null : f.workerCpu.total - (start ?? 0), r.pages),
            perPage(r.run.helpersCpuMs, r.pages),
            start === null || start === undefined ? '–' : num(start / 1000 / Math.max(1, f?.workerCpu.workers ?? 1), 2),
            f === null ? '–' : num(f.workerCpu.idle / 1000, 1),
            f === null ? '–' : mib(f.workerCpu.heapPeak),
            mib(r.run.maxRSS),
          ];
        }),
      ),
    );
    write('main ms/page: the main thread\'s CPU (setup included); workers ms/page: the worker threads\' CPU after their start-up, all workers together; helpers ms/page: V8\'s helper threads (garbage collection, the optimising compiler) and libuv\'s (file reads, fsync); worker start s: CPU seconds each worker took to load (tsx, the engine, the word lists); workers idle s: wall time the ready workers sat waiting for a page or the disk, added up. Thread CPU is read from /proc (Linux; – elsewhere) in 10 ms steps. workers heap: the largest V8 heap each worker had after a page, added up.');
    write();
    const find = (pages: number, jobs: number): (typeof results)[number] | undefined => results.find((r) => r.pages === pages && r.jobs === jobs);
    const one = find(small, 1);
    const two = find(small, 2);
    const speedUp = one && two ? rate(two) / rate(one) : Number.NaN;
    // What 2 jobs would give with both cores free: the 1-job run's CPU per page over the larger of
    // the 2-job run's per-core shares (the two workers' CPU, halved; the main thread's, which shares a core).
    const cpuBound = (r: (typeof results)[number] | undefined): number | null => {
      const f = r?.run.figures;
      if (f == null || f.mainCpu.total === null || f.workerCpu.total === null) return null;
      return (f.mainCpu.total + f.workerCpu.total + (r!.run.helpersCpuMs ?? 0)) / r!.pages;
    };
    const oneCpu = cpuBound(one);
    const twoCpu = cpuBound(two);
    const peakSmall = two?.run.maxRSS ?? Number.NaN;
    const peakLarge = find(options.pages, 2)?.run.maxRSS ?? Number.NaN;
    write('Targets');
    write(`  ${mark(speedUp >= TARGET_SPEED_UP)} 2 jobs at least ${TARGET_SPEED_UP}× the speed of 1 on ${num(small)} pages: ${num(speedUp, 2)}×`);
    if (oneCpu !== null && twoCpu !== null) {
      write(`     CPU per page (all threads): ${num(oneCpu, 2)} ms with 1 job, ${num(twoCpu, 2)} ms with 2; with two free cores 2 jobs could reach ${num((2 * oneCpu) / twoCpu, 2)}× (the wall-clock figure above falls short of it by what other work on the machine took).`);
    }
    write(`  ${mark(peakLarge <= peakSmall * MEMORY_GROWTH_LIMIT)} peak memory flat in the number of pages: ${mib(peakLarge)} for ${num(options.pages)} pages, ${mib(peakSmall)} for ${num(small)}, 2 jobs each (${num(peakLarge / peakSmall, 2)}×; limit ${MEMORY_GROWTH_LIMIT}×)`);
    const large = find(options.pages, 2)?.run;
    if (large !== undefined && large.rss.length > 10) {
      const peakBetween = (from: number, to: number): number => Math.max(0, ...large.rss.filter(([t]) => t >= from * large.ms && t < to * large.ms).map(([, bytes]) => bytes));
      const early = peakBetween(WARM_UP, 0.5);
      const late = peakBetween(0.5, 1);
      write(`  ${mark(late <= early * RUN_GROWTH_LIMIT)} no growth within the ${num(options.pages)}-page run: peak RSS ${mib(late)} in its second half, ${mib(early)} in its first after warm-up (${num(WARM_UP * 100)}–50% of its time) (${num(late / early, 2)}×; limit ${RUN_GROWTH_LIMIT}×)`);
    }
    write(`cores busy = CPU time / wall time: near 2 for 2 jobs when both cores are free for the batch; below that, other work on the machine took them.`);
    write(`Load average ${load()} at the end. The bench reports; it does not fail on a target.`);
    return 0;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
