/**
 * Timing and memory for `npm run bench`. Two ways through a page are timed:
 *
 * - the floor: decode the bytes and split them into source lines (`loadTextPage`), the least
 *   any tool must do with a page, measured on the same pages in the same process;
 * - the full run: the same load, then `reconstruct`, then the JSON export (the CLI's default
 *   output), so the cost of the whole command per page, minus reading the file.
 *
 * Both start from bytes already in memory: disk reads would add the same cost to both and
 * flatter the ratio.
 */
import { exportReconstruction } from '../../shared/export';
import { loadTextPage } from '../../shared/load/text-page';
import { reconstruct } from '../../shared/pipeline/reconstruct';
import type { BenchPage } from './bench-pages';

export type Way = 'floor' | 'full';

/** Runs one page through `way`; returns a length, summed into a checksum, so no result goes unused. */
export function runPage(page: BenchPage, way: Way): number {
  const loaded = loadTextPage(page.name, page.bytes);
  if (!loaded.ok) throw new Error(`bench: ${loaded.error.message}`);
  if (way === 'floor') return loaded.value.lines.length;
  const result = reconstruct(loaded.value);
  return exportReconstruction('json', result, loaded.value).content.length;
}

/** Peak memory seen by `sample()` calls since `start()`, in bytes. */
export interface MemoryPeak {
  readonly rss: number;
  readonly heapUsed: number;
}

/** Samples `process.memoryUsage()` between pages (never inside a timed page). */
export class MemorySampler {
  private rss = 0;
  private heapUsed = 0;

  /** Collects garbage when `--expose-gc` allows, so a phase's peak is its own. */
  start(): void {
    globalThis.gc?.();
    this.rss = 0;
    this.heapUsed = 0;
    this.sample();
  }

  sample(): void {
    const usage = process.memoryUsage();
    if (usage.rss > this.rss) this.rss = usage.rss;
    if (usage.heapUsed > this.heapUsed) this.heapUsed = usage.heapUsed;
  }

  peak(): MemoryPeak {
    return { rss: this.rss, heapUsed: this.heapUsed };
  }
}

/** Per-page timings of one way through a set of pages. */
export interface Timings {
  /** Milliseconds per page run, in run order. */
  readonly ms: readonly number[];
  /** Milliseconds per 1,000 characters, one per page run. */
  readonly msPerKChar: readonly number[];
  /** Wall-clock milliseconds of the whole loop (garbage collection included). */
  readonly wallMs: number;
  readonly runs: number;
  /** The sum of `runPage`'s results. */
  readonly checksum: number;
}

/**
 * Times every page of `pages`, `rounds` times over (each round the whole set, in order).
 * `budgetMs` stops early after a whole round once exceeded, so a slow engine cannot make
 * the bench run for ever; at least one round always runs.
 */
export function timePages(pages: readonly BenchPage[], way: Way, rounds: number, memory: MemorySampler | null, budgetMs = Infinity): Timings {
  const ms: number[] = [];
  const msPerKChar: number[] = [];
  let checksum = 0;
  const wallStart = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const page of pages) {
      const t0 = performance.now();
      checksum += runPage(page, way);
      const elapsed = performance.now() - t0;
      ms.push(elapsed);
      msPerKChar.push((elapsed * 1000) / page.chars);
      memory?.sample();
    }
    if (performance.now() - wallStart > budgetMs) break;
  }
  return { ms, msPerKChar, wallMs: performance.now() - wallStart, runs: ms.length, checksum };
}

/** Runs each page through both ways `rounds` times, untimed, so the JIT has settled. */
export function warmUp(pages: readonly BenchPage[], rounds: number): number {
  let checksum = 0;
  for (let round = 0; round < rounds; round++) {
    for (const page of pages) {
      checksum += runPage(page, 'floor');
      checksum += runPage(page, 'full');
    }
  }
  return checksum;
}

/** The median (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}
