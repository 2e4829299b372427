/**
 * The pages of one open joining the window as they arrive from the load worker, and the
 * issue linked by the engine worker (a stand-in running the worker's jobs in this process).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPage } from '../../shared/load/load-page';
import type { Page } from '../../shared/model/page';
import { reconstruct } from '../../shared/pipeline/reconstruct';
import type { EngineWorker } from '../../renderer/src/engine/engine-client';
import { createEngineJobs } from '../../renderer/src/engine/engine-jobs';
import type { LinkedIssue } from '../../renderer/src/engine/linked-issue';
import { createAppStore } from '../../renderer/src/store/app-store';
import { ADD_EVERY_MS, pageArrivals } from '../../renderer/src/store/open-pages';
import { selectReconstruction } from '../../renderer/src/store/selectors';

afterEach(() => {
  vi.useRealTimers();
});

const LEDGER = ['ledger-page-1.txt', 'ledger-page-2.txt', 'ledger-page-3.txt'];
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/issue', name)));
const files = () => LEDGER.map((name) => ({ name, bytes: bytesOf(name) }));

function ledger(): Page[] {
  return LEDGER.map((name) => {
    const loaded = loadPage(name, bytesOf(name));
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.value;
  });
}

describe('pages arriving one by one', () => {
  it('shows the first page at once, adds the others together a little later, in the order picked', () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const [a, b, c] = ledger() as [Page, Page, Page];
    const { disabledPasses, thresholds } = store.getState();
    const arrivals = pageArrivals(store.setState, store.getState, { disabledPasses, thresholds });
    const names = () => store.getState().pages.map((p) => p.name);
    arrivals.add(2, c);
    expect(names()).toEqual([c.name]);
    expect(store.getState().activePageId).toBe(c.id);
    arrivals.add(0, a);
    expect(names()).toEqual([c.name]);
    vi.advanceTimersByTime(ADD_EVERY_MS);
    expect(names()).toEqual([a.name, c.name]);
    arrivals.add(1, b);
    arrivals.finish();
    expect(names()).toEqual([a.name, b.name, c.name]);
    // The page shown stays the one the editor has been reading.
    expect(store.getState().activePageId).toBe(c.id);
  });

  it('keeps a decision taken while later pages still arrive undoable', () => {
    const store = createAppStore();
    const [a, b] = ledger() as [Page, Page];
    const { disabledPasses, thresholds } = store.getState();
    const arrivals = pageArrivals(store.setState, store.getState, { disabledPasses, thresholds });
    arrivals.add(0, a);
    const repair = selectReconstruction(store.getState())?.repairs[0];
    expect(repair).toBeDefined();
    store.getState().rejectRepair(a.id, repair?.id ?? '');
    arrivals.add(1, b);
    arrivals.finish();
    expect(store.getState().pages).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().rejected[a.id] ?? []).toEqual([]);
  });

  it('shows the reconstruction the worker made with the page, not one made again here', () => {
    const store = createAppStore();
    const [a] = ledger() as [Page];
    // Told apart from a rebuild here by what it holds: its first article only.
    const full = reconstruct(a);
    expect(full.articles.length).toBeGreaterThan(1);
    const rebuilt = { ...full, articles: full.articles.slice(0, 1) };
    const { disabledPasses, thresholds } = store.getState();
    const arrivals = pageArrivals(store.setState, store.getState, { disabledPasses, thresholds });
    arrivals.add(0, a, rebuilt);
    arrivals.finish();
    expect(selectReconstruction(store.getState())?.articles.map((x) => x.id)).toEqual([full.articles[0]?.id]);
  });

  it('opens several files as one issue, in the order picked', async () => {
    const store = createAppStore();
    const picked = files().reverse();
    await store.getState().openFiles(picked);
    expect(store.getState().pages.map((p) => p.name)).toEqual(picked.map((f) => f.name));
    expect(store.getState().issue?.links.length).toBeGreaterThan(0);
  });
});

/** An engine worker in this process: the worker's jobs behind a copy, as postMessage copies. */
function workerHere(): EngineWorker & { links: number; hold: boolean; release(): void } {
  const jobs = createEngineJobs();
  let id = 0;
  let held: (() => void)[] = [];
  return {
    links: 0,
    hold: false,
    release() {
      const waiting = held;
      held = [];
      for (const go of waiting) go();
    },
    prepare: () => undefined,
    run: () => Promise.reject(new Error('not used here')),
    async link(pages, disabled, thresholds) {
      this.links += 1;
      if (this.hold) await new Promise<void>((go) => held.push(go));
      const reply = jobs.link(structuredClone({ id: ++id, link: true as const, disabled, thresholds, pages: pages.map(({ page, rejected }) => ({ pageId: page.id, page, rejected })) }));
      if (!reply.ok || !('issue' in reply)) throw new Error('the stand-in worker failed');
      return reply.issue;
    },
  };
}

const linkIds = (issue: LinkedIssue | null) => issue?.links.map((l) => l.repairId) ?? [];

describe('the issue linked by the engine worker', () => {
  it('comes after the pages, with their links', async () => {
    const worker = workerHere();
    const store = createAppStore(() => worker);
    const withoutWorker = createAppStore(() => null);
    await Promise.all([store.getState().openFiles(files()), withoutWorker.getState().openFiles(files())]);
    await vi.waitFor(() => expect(store.getState().issue).not.toBeNull());
    expect(linkIds(store.getState().issue)).toEqual(linkIds(withoutWorker.getState().issue));
    expect(linkIds(store.getState().issue).length).toBeGreaterThan(0);
  });

  it('follows a rejection made while a link is under way, and undo', async () => {
    const worker = workerHere();
    const store = createAppStore(() => worker);
    await store.getState().openFiles(files());
    await vi.waitFor(() => expect(store.getState().issue).not.toBeNull());
    const all = linkIds(store.getState().issue);
    const first = store.getState().issue?.links[0];
    worker.hold = true;
    store.getState().rejectRepair(first?.from.pageId ?? '', first?.repairId ?? '');
    await vi.waitFor(() => expect(worker.links).toBe(2));
    // A second decision while the first link is held: linked when the worker answers.
    store.getState().undo();
    store.getState().redo();
    worker.hold = false;
    worker.release();
    await vi.waitFor(() => expect(linkIds(store.getState().issue)).toEqual(all.filter((id) => id !== first?.repairId)));
    store.getState().undo();
    await vi.waitFor(() => expect(linkIds(store.getState().issue)).toEqual(all));
  });

  it('is gone when fewer than two pages stay open', async () => {
    const worker = workerHere();
    const store = createAppStore(() => worker);
    const opened = await store.getState().openFiles(files().slice(0, 2));
    await vi.waitFor(() => expect(store.getState().issue).not.toBeNull());
    store.getState().closePage(opened[0]?.id ?? '');
    await vi.waitFor(() => expect(store.getState().issue).toBeNull());
  });
});
