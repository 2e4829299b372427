// @vitest-environment node
/**
 * The batch's worker pool with a stand-in worker: a worker that dies takes only its own page
 * down, the pages it held beside it are done again, and the batch goes on to the end.
 */
import { describe, expect, it } from 'vitest';
import type { BatchJob, JobOutcome } from '../../electron/cli/batch/job';
import { startWorkerPool } from '../../electron/cli/batch/worker-pool';

const DYING_WORKER = new URL('../fixtures/batch/dying-worker.mjs', import.meta.url);
const BROKEN_WORKER = new URL('../fixtures/batch/broken-worker.mjs', import.meta.url);

const pages = (names: readonly string[]): BatchJob[] =>
  names.map((name, id) => ({ kind: 'page', id, file: `/archive/${name}`, output: `/out/${name}.json`, format: 'json', doneSha256: null }));

describe('worker pool', () => {
  it('a page that kills its worker fails alone, with a message; every other page is done once', async () => {
    const names = Array.from({ length: 12 }, (_, i) => (i === 4 ? 'monster.xml' : `p${i}.txt`));
    const outcomes: JobOutcome[] = [];
    const figures = await startWorkerPool(2, DYING_WORKER).run(pages(names), (outcome) => outcomes.push(outcome), 2);
    expect(outcomes.map((o) => o.id).sort((a, b) => a - b)).toEqual(names.map((_, i) => i));
    const failed = outcomes.filter((o) => o.result !== 'ok');
    expect(failed.map((o) => o.id)).toEqual([4]);
    expect(failed[0]?.error).toMatch(/worker doing this page stopped: exit code 7/u);
    // The workers still alive at the end reported their figures.
    expect(figures.workers).toBeGreaterThanOrEqual(1);
  });

  it('gives up with the reason when workers die before they are ready, instead of starting new ones forever', async () => {
    const outcomes: JobOutcome[] = [];
    await startWorkerPool(2, BROKEN_WORKER).run(pages(['p1.txt', 'p2.txt', 'p3.txt']), (outcome) => outcomes.push(outcome), 2);
    expect(outcomes).toHaveLength(3);
    for (const outcome of outcomes) expect(outcome.error).toMatch(/no batch worker could start: .*Cannot find module/u);
  });

  it('with no jobs, stops its workers and resolves at once', async () => {
    const outcomes: JobOutcome[] = [];
    const figures = await startWorkerPool(2, DYING_WORKER).run([], (outcome) => outcomes.push(outcome), 2);
    expect(outcomes).toEqual([]);
    expect(figures.workers).toBe(0);
  });
});
