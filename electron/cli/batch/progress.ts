/**
 * What a batch says while it runs, on stderr. On a terminal: one line redrawn in place, with
 * a bar, pages done of the total, pages per second and the time left. Elsewhere (a log file,
 * a Slurm job's output): a plain line every few seconds, never one per page, so 10,000 pages
 * do not make 10,000 lines. Failures get a line of their own either way.
 */

/** The stream progress goes to (process.stderr fits). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** Counts so far. */
export interface BatchCounts {
  readonly total: number;
  readonly done: number;
  readonly skipped: number;
  readonly failed: number;
}

export interface Progress {
  /** Called after each page; draws or logs when it is time. */
  update(counts: BatchCounts): void;
  /** A page failed: always said, at once. */
  failure(input: string, message: string): void;
  /** Ends the bar (the summary is the caller's). */
  finish(counts: BatchCounts): void;
}

const REDRAW_MS = 100;
const LOG_EVERY_MS = 5_000;
const BAR_WIDTH = 24;

/** `75` → `1:15`, `3725` → `1:02:05`. */
export function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–:––';
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number): string => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

const finishedOf = (counts: BatchCounts): number => counts.done + counts.skipped + counts.failed;

/** The figures both forms show: `1,234/10,000 pages, 412 pages/s, 0:21 left, 2 failed`. */
export function describe(counts: BatchCounts, rate: number, unit = 'pages'): string {
  const finished = finishedOf(counts);
  const left = rate > 0 ? (counts.total - finished) / rate : Number.NaN;
  const failed = counts.failed > 0 ? `, ${counts.failed.toLocaleString('en-US')} failed` : '';
  return `${finished.toLocaleString('en-US')}/${counts.total.toLocaleString('en-US')} ${unit}, ${rate.toFixed(rate < 10 ? 1 : 0)} ${unit}/s, ${clock(left)} left${failed}`;
}

/** A bar such as `[#########---------------]`. */
export function bar(fraction: number, width = BAR_WIDTH): string {
  const full = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}]`;
}

/** Creates the reporter for `stream`; `now` is a clock in milliseconds (injected for tests). */
export function createProgress(stream: ProgressStream, now: () => number = () => performance.now(), unit = 'pages'): Progress {
  const tty = stream.isTTY === true;
  let lastDraw = -Infinity;
  let drawn = false;
  // The rate counts from the first page done: the workers' start-up (a second or more, while
  // tsx compiles) would otherwise make the first estimates of the time left far too long.
  // Skipped pages are left out of it: a resumed run skips its first thousands in seconds, and
  // the time left would then be a fraction of the truth.
  const worked = (counts: BatchCounts): number => counts.done + counts.failed;
  let first: { readonly at: number; readonly worked: number } | null = null;
  const rate = (counts: BatchCounts, t: number): number => {
    first ??= { at: t, worked: worked(counts) };
    return t > first.at ? (worked(counts) - first.worked) / ((t - first.at) / 1000) : 0;
  };

  const line = (counts: BatchCounts, t: number): string => {
    const text = `${bar(counts.total > 0 ? finishedOf(counts) / counts.total : 1)} ${describe(counts, rate(counts, t), unit)}`;
    const columns = stream.columns ?? 80;
    return text.length >= columns ? text.slice(0, columns - 1) : text;
  };

  return {
    update(counts) {
      const t = now();
      const pagesPerSecond = rate(counts, t);
      if (tty) {
        if (t - lastDraw < REDRAW_MS) return;
        stream.write(`\r\u001b[K${line(counts, t)}`);
        drawn = true;
      } else {
        if (t - lastDraw < LOG_EVERY_MS) return;
        if (lastDraw !== -Infinity) stream.write(`galley batch: ${describe(counts, pagesPerSecond, unit)}\n`);
      }
      lastDraw = t;
    },
    failure(input, message) {
      // On a terminal the bar is wiped first, and comes back at the next update.
      stream.write(`${tty && drawn ? '\r\u001b[K' : ''}galley batch: ${input} failed: ${message}\n`);
      lastDraw = -Infinity;
    },
    finish(counts) {
      if (tty) stream.write(`\r\u001b[K${line(counts, now())}\n`);
    },
  };
}
