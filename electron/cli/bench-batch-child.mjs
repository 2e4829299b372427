// One `galley batch` run for `npm run bench:batch`, in a process of its own so that its peak
// memory (getrusage maxRSS: the main thread and every worker thread) is the batch's alone.
// Reports the figures to the bench over the IPC channel, then leaves.
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
const started = performance.now();
const code = await main(process.argv.slice(2));
const ms = performance.now() - started;
const usage = process.resourceUsage();
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
// The same module instance `main` ran: where the CPU time went, thread by thread.
const { lastBatchFigures } = await import('./batch/run-batch.ts');
process.send?.({ code, ms, cpuMs, maxRSS: usage.maxRSS * 1024, figures: lastBatchFigures() }, () => process.disconnect());
process.exitCode = code;
