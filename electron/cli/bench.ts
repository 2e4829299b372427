/**
 * `npm run bench` (`galley bench`): how fast Galley rebuilds pages, beside a floor measured in
 * the same run (see bench-measure.ts), on
 *
 * 1. the dev pages (tests/fixtures/dev), as they are;
 * 2. a generated set of 1,000 pages of about 10,000 characters (see bench-pages.ts);
 * 3. generated pages of 1×, 4× and 16× that size, to show whether the cost per character
 *    stays flat as pages grow (it does when the passes are linear).
 *
 * Targets, printed beside the figures: under 20 ms for a 10,000-character page, within 20×
 * the floor, and linear growth. The bench reports and exits 0 whatever the marks: timings on
 * a shared CI machine are too noisy to fail a build on.
 */
import os from 'node:os';
import { BASE_PAGE_CHARS, generatePages, loadDevPages, loadSourceText, type BenchPage, type SourceText } from './bench-pages';
import { MemorySampler, median, timePages, warmUp, type MemoryPeak, type Timings, type Way } from './bench-measure';
import { mark, mib, num, table, type Column } from './bench-report';

export interface BenchOptions {
  /** Pages in the generated set (1,000 for `npm run bench`). */
  readonly generatedPages: number;
}

const SEED = 0x6a11e7;
const TARGET_MS = 20;
const TARGET_FLOOR_RATIO = 20;
/** Per-character cost of a 16× page over a 1× page up to which growth counts as linear. */
const LINEAR_LIMIT = 1.5;
/** Rounds over the dev pages: three pages give too few runs for a steady median. */
const DEV_ROUNDS = 30;
/** Page sizes for the scaling table, the generated pages per script at each, and rounds over them. */
const SIZES = [
  { factor: 1, rounds: 5 },
  { factor: 4, rounds: 3 },
  { factor: 16, rounds: 2 },
] as const;
const SCALING_PAGES_PER_SCRIPT = 4;
/** A size stops after the round that passes this, so a slow engine cannot stall the bench. */
const SCALING_BUDGET_MS = 15_000;

interface Measured {
  readonly timings: Timings;
  readonly peak: MemoryPeak;
}

function measure(pages: readonly BenchPage[], way: Way, rounds: number, budgetMs = Infinity): Measured {
  const memory = new MemorySampler();
  memory.start();
  const timings = timePages(pages, way, rounds, memory, budgetMs);
  return { timings, peak: memory.peak() };
}

/** One measurement of several sets run one after the other, as if they were one set. */
function combine(parts: readonly Measured[]): Measured {
  return {
    timings: {
      ms: parts.flatMap((p) => p.timings.ms),
      msPerKChar: parts.flatMap((p) => p.timings.msPerKChar),
      wallMs: parts.reduce((sum, p) => sum + p.timings.wallMs, 0),
      runs: parts.reduce((sum, p) => sum + p.timings.runs, 0),
      checksum: parts.reduce((sum, p) => sum + p.timings.checksum, 0),
    },
    peak: { rss: Math.max(...parts.map((p) => p.peak.rss)), heapUsed: Math.max(...parts.map((p) => p.peak.heapUsed)) },
  };
}

function percentile95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN;
}

const SET_COLUMNS: readonly Column[] = [
  { header: 'set' },
  { header: 'way' },
  { header: 'pages', numeric: true },
  { header: 'runs', numeric: true },
  { header: 'chars/page', numeric: true },
  { header: 'ms/page', numeric: true },
  { header: 'p95 ms', numeric: true },
  { header: 'ms/1k chars', numeric: true },
  { header: 'pages/s', numeric: true },
  { header: '× floor', numeric: true },
  { header: 'peak RSS', numeric: true },
  { header: 'peak heap', numeric: true },
];

function setRow(label: string, way: Way, pages: readonly BenchPage[], m: Measured, floor: Measured | null): string[] {
  const ms = median(m.timings.ms);
  return [
    label,
    way,
    num(pages.length),
    num(m.timings.runs),
    num(median(pages.map((page) => page.chars))),
    num(ms, 2),
    num(percentile95(m.timings.ms), 2),
    num(median(m.timings.msPerKChar), 3),
    num(m.timings.runs / (m.timings.wallMs / 1000)),
    floor === null ? '' : `${num(ms / median(floor.timings.ms), 1)}×`,
    mib(m.peak.rss),
    mib(m.peak.heapUsed),
  ];
}

interface ScalingResult {
  readonly script: 'cjk' | 'latin';
  readonly factor: number;
  readonly pages: readonly BenchPage[];
  readonly full: Measured;
  readonly floor: Measured;
}

const SCRIPT_NAMES = { cjk: 'Chinese', latin: 'English' } as const;

/** Runs the bench and prints its tables; resolves to the exit code (0, or 1 if it could not run). */
export async function runBench(options: BenchOptions): Promise<number> {
  const write = (text = ''): void => {
    process.stdout.write(`${text}\n`);
  };
  const started = performance.now();
  let dev: BenchPage[];
  let source: SourceText;
  try {
    dev = await loadDevPages();
    source = await loadSourceText();
  } catch (error) {
    process.stderr.write(`galley bench: could not read the pages it times (run it from a clone of the repository): ${(error as Error).message}\n`);
    return 1;
  }
  const generated = generatePages(source, options.generatedPages, BASE_PAGE_CHARS, SEED);
  const scalingSets = SIZES.map((size) => ({ ...size, pages: generatePages(source, SCALING_PAGES_PER_SCRIPT * 2, BASE_PAGE_CHARS * size.factor, SEED + size.factor) }));

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  write(`Galley bench: Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpu}, ${os.availableParallelism()} CPUs`);
  write(`floor = decode the bytes and split them into lines (loadTextPage); full = load + reconstruct + JSON export.`);
  write(`Both from bytes in memory, one page at a time, after a warm-up; ms/page and ms/1k chars are medians over the runs,`);
  write(`pages/s = runs / wall time; memory sampled after every page${globalThis.gc === undefined ? ' (run with node --expose-gc to start each phase from a collected heap)' : ', heap collected before each phase'}.`);
  write();

  warmUp([...dev, ...generated.slice(0, 40), ...(scalingSets[0]?.pages ?? [])], 3);

  const devFloor = measure(dev, 'floor', DEV_ROUNDS);
  const devFull = measure(dev, 'full', DEV_ROUNDS);
  const genLabel = `generated ${num(BASE_PAGE_CHARS / 1000)}k`;
  const rows = [setRow('dev pages', 'floor', dev, devFloor, null), setRow('dev pages', 'full', dev, devFull, devFloor)];
  // Each script on its own: a Chinese and an English page cost different amounts, and the
  // median of the mixed set would sit between the two and describe neither.
  const byScript = (['cjk', 'latin'] as const).map((script) => {
    const pages = generated.filter((page) => page.script === script);
    const floor = measure(pages, 'floor', 1);
    const full = measure(pages, 'full', 1);
    rows.push(setRow(`${genLabel}, ${SCRIPT_NAMES[script]}`, 'floor', pages, floor, null), setRow(`${genLabel}, ${SCRIPT_NAMES[script]}`, 'full', pages, full, floor));
    return { script, floor, full };
  });
  const genFloor = combine(byScript.map((s) => s.floor));
  const genFull = combine(byScript.map((s) => s.full));
  rows.push(setRow(`${genLabel}, all`, 'floor', generated, genFloor, null), setRow(`${genLabel}, all`, 'full', generated, genFull, genFloor));
  write(table(SET_COLUMNS, rows));
  write();

  const scaling: ScalingResult[] = [];
  for (const script of ['cjk', 'latin'] as const) {
    for (const size of scalingSets) {
      const pages = size.pages.filter((page) => page.script === script);
      const floor = measure(pages, 'floor', size.rounds, SCALING_BUDGET_MS);
      const full = measure(pages, 'full', size.rounds, SCALING_BUDGET_MS);
      scaling.push({ script, factor: size.factor, pages, full, floor });
    }
  }
  const growth = (script: 'cjk' | 'latin', factor: number): number => {
    const base = scaling.find((s) => s.script === script && s.factor === 1);
    const at = scaling.find((s) => s.script === script && s.factor === factor);
    return base && at ? median(at.full.timings.msPerKChar) / median(base.full.timings.msPerKChar) : Number.NaN;
  };
  write(`Cost by page size (full; ${SCALING_PAGES_PER_SCRIPT} generated pages per script and size; growth = ms/1k chars over the 1× row's)`);
  write(
    table(
      [
        { header: 'script' },
        { header: 'size' },
        { header: 'chars/page', numeric: true },
        { header: 'runs', numeric: true },
        { header: 'floor ms/page', numeric: true },
        { header: 'ms/page', numeric: true },
        { header: 'ms/1k chars', numeric: true },
        { header: 'growth', numeric: true },
        { header: '× floor', numeric: true },
        { header: 'peak RSS', numeric: true },
        { header: 'peak heap', numeric: true },
      ],
      scaling.map((s) => [
        SCRIPT_NAMES[s.script],
        `${s.factor}×`,
        num(median(s.pages.map((page) => page.chars))),
        num(s.full.timings.runs),
        num(median(s.floor.timings.ms), 2),
        num(median(s.full.timings.ms), 2),
        num(median(s.full.timings.msPerKChar), 3),
        `${num(growth(s.script, s.factor), 2)}×`,
        `${num(median(s.full.timings.ms) / median(s.floor.timings.ms), 1)}×`,
        mib(s.full.peak.rss),
        mib(s.full.peak.heapUsed),
      ]),
    ),
  );
  write();

  const ratio = (full: Measured, floor: Measured): number => median(full.timings.ms) / median(floor.timings.ms);
  const perScript = (f: (s: (typeof byScript)[number]) => number, digits: number, unit: string): string =>
    byScript.map((s) => `${SCRIPT_NAMES[s.script]} ${num(f(s), digits)}${unit}`).join(', ');
  const fastEnough = byScript.every((s) => median(s.full.timings.ms) < TARGET_MS);
  const nearFloor = ratio(devFull, devFloor) <= TARGET_FLOOR_RATIO && byScript.every((s) => ratio(s.full, s.floor) <= TARGET_FLOOR_RATIO);
  const growthCjk = growth('cjk', 16);
  const growthLatin = growth('latin', 16);
  const linear = (g: number): string => (g <= LINEAR_LIMIT ? 'linear' : 'grows faster than linear');
  write('Targets');
  write(`  ${mark(fastEnough)} under ${TARGET_MS} ms for a ${num(BASE_PAGE_CHARS)}-character page (median, ${genLabel}): ${perScript((s) => median(s.full.timings.ms), 2, ' ms')}`);
  write(`  ${mark(nearFloor)} within ${TARGET_FLOOR_RATIO}× the floor: dev pages ${num(ratio(devFull, devFloor), 1)}×, ${genLabel} ${perScript((s) => ratio(s.full, s.floor), 1, '×')}`);
  write(
    `  ${mark(growthCjk <= LINEAR_LIMIT && growthLatin <= LINEAR_LIMIT)} cost linear in page size (16× page ≤ ${LINEAR_LIMIT}× the 1× cost per character): ` +
      `Chinese ${num(growthCjk, 2)}× (${linear(growthCjk)}), English ${num(growthLatin, 2)}× (${linear(growthLatin)})`,
  );
  write();
  // getrusage's peak covers everything, the page generation and tsx included.
  write(`Process peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}; bench took ${num((performance.now() - started) / 1000, 1)} s. The bench reports; it does not fail on a target.`);
  return 0;
}
