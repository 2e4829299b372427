/**
 * CPU time of the calling thread, for the batch's figures (`npm run bench:batch`): how much of
 * the work the main thread does and how much the workers do. Node 20 gives only the whole
 * process's (`process.cpuUsage`); Linux gives each thread's in `/proc/thread-self/stat`.
 * Elsewhere (macOS, Windows) the figure is null and the bench says so.
 */
import { readFileSync } from 'node:fs';

/** Clock ticks a second: USER_HZ, 100 on every Linux Node runs on (sysconf is out of Node's reach). */
const TICKS_PER_SECOND = 100;

/** This thread's user + system CPU time in milliseconds (10 ms steps), or null where unknown. */
export function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the `(name)`, which may hold spaces: state is the first, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
