// One `galley batch` run for `npm run bench:batch`, in a process of its own so that its peak
// memory (getrusage maxRSS: the main thread and every worker thread) is the batch's alone.
// Also samples the process's resident memory as the run goes, so the bench can tell memory
// that grows with the pages done from memory that is simply large. Reports the figures to the
// bench over the IPC channel, then leaves.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { clearInterval, setInterval } from 'node:timers';
import { register } from 'tsx/esm/api';

/** Often enough to catch a peak between two garbage collections, rarely enough to cost nothing. */
const SAMPLE_MS = 100;

register();
const { main } = await import('./main.ts');
const started = performance.now();
/** [ms since the start, resident bytes] */
const rss = [];
const sampler = setInterval(() => rss.push([performance.now() - started, process.memoryUsage.rss()]), SAMPLE_MS);
const code = await main(process.argv.slice(2));
clearInterval(sampler);
const ms = performance.now() - started;
const usage = process.resourceUsage();
// The threads still alive other than the main one: V8's platform threads (garbage collection,
// optimising compiler) and libuv's pool (file reads, fsync); the workers have left by now. Linux only.
function helpersCpu() {
  try {
    let ms = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      if (Number(tid) === process.pid) continue;
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, in USER_HZ ticks (100 a second).
      ms += (Number(fields[11]) + Number(fields[12])) * 10;
    }
    return ms;
  } catch {
    return null;
  }
}
const helpersCpuMs = helpersCpu();
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
// The same module instance `main` ran: where the CPU time went, thread by thread.
const { lastBatchFigures } = await import('./batch/run-batch.ts');
process.send?.({ code, ms, cpuMs, helpersCpuMs, maxRSS: usage.maxRSS * 1024, rss, figures: lastBatchFigures() }, () => process.disconnect());
process.exitCode = code;
