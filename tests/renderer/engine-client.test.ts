/**
 * The engine worker replaced when it crashes or hangs: fake workers stand in for it, each
 * either running the worker's real jobs in this process, crashing (an error event) or never
 * answering.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPage } from '../../shared/load/load-page';
import type { Page } from '../../shared/model/page';
import { engineCallLimit, startEngineWorker, type EngineWorker } from '../../renderer/src/engine/engine-client';
import { createEngineJobs } from '../../renderer/src/engine/engine-jobs';
import type { EngineRequest, LinkRequest } from '../../renderer/src/engine/engine-messages';
import { isWorkerStopped, type WorkerLike } from '../../renderer/src/engine/supervised-worker';
import { shownMessage } from '../../renderer/src/components/error-list';
import { translator } from '../../renderer/src/i18n';
import { createAppStore } from '../../renderer/src/store/app-store';

afterEach(() => {
  vi.useRealTimers();
});

const LEDGER = ['ledger-page-1.txt', 'ledger-page-2.txt'];
function ledger(): Page[] {
  return LEDGER.map((name) => {
    const loaded = loadPage(name, new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/issue', name))));
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.value;
  });
}

type Behaviour = 'works' | 'crashes' | 'hangs';

/** A stand-in for the engine worker: it answers from the real jobs, crashes on the first request, or never answers. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: (EngineRequest | LinkRequest)[] = [];
  terminated = false;
  private readonly jobs = createEngineJobs();
  constructor(private readonly behaviour: Behaviour) {}
  postMessage(message: unknown): void {
    const request = message as EngineRequest | LinkRequest;
    this.received.push(request);
    if (this.behaviour === 'hangs') return;
    // Answers come later, as from a real worker.
    queueMicrotask(() => {
      if (this.terminated) return;
      if (this.behaviour === 'crashes') return this.onerror?.({ message: 'out of memory' } as ErrorEvent);
      if ('link' in request) return this.onmessage?.({ data: this.jobs.link(request) } as MessageEvent);
      if (request.page) this.jobs.keep(request.page);
      if (!request.prepare) this.onmessage?.({ data: this.jobs.run(request) } as MessageEvent);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** An engine whose successive workers behave as listed (the last one for any after). */
function engineOf(...behaviours: Behaviour[]): { engine: EngineWorker; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const engine = startEngineWorker(() => {
    const worker = new FakeWorker(behaviours[Math.min(workers.length, behaviours.length - 1)] ?? 'works');
    workers.push(worker);
    return worker;
  });
  if (!engine) throw new Error('no engine');
  return { engine, workers };
}

describe('the engine worker, replaced when it fails', () => {
  it('sends a call to a new worker when the first crashes, page and all, and answers from it', async () => {
    const [page] = ledger() as [Page];
    const { engine, workers } = engineOf('crashes', 'works');
    const result = await engine.run(page, [], []);
    expect(result.articles.length).toBeGreaterThan(0);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    // The new worker had never been given the page: the retried request carries it.
    expect(workers[1]?.received[0]).toMatchObject({ pageId: page.id, page: { id: page.id } });
  });

  it('takes a worker silent past the limit for hung, later for a longer page', async () => {
    vi.useFakeTimers();
    const [page] = ledger() as [Page];
    const long: Page = { ...page, id: `${page.id}-long`, lines: Array.from({ length: 4000 }, (_, i) => page.lines[i % page.lines.length] as Page['lines'][number]) };
    const { engine, workers } = engineOf('hangs', 'works');
    const answer = engine.run(long, [], []);
    await vi.advanceTimersByTimeAsync(engineCallLimit(page.lines.length) + 1000);
    // Still working, as far as anyone can tell: a long page gets longer.
    expect(workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(engineCallLimit(long.lines.length));
    expect(workers).toHaveLength(2);
    await expect(answer).resolves.toMatchObject({ articles: expect.any(Array) });
  });

  it('gives up on a call that failed on two workers, and the next call starts afresh', async () => {
    const [page] = ledger() as [Page];
    const { engine, workers } = engineOf('crashes', 'crashes', 'works');
    const failed = await engine.run(page, [], []).catch((error: unknown) => error);
    expect(isWorkerStopped(failed)).toBe(true);
    const result = await engine.run(page, [], []);
    expect(result.articles.length).toBeGreaterThan(0);
    expect(workers).toHaveLength(3);
  });

  it('shows the editor a note in English or Chinese when the issue could not be linked in the worker, and links it here', async () => {
    const { engine } = engineOf('crashes');
    const store = createAppStore(() => engine);
    await store.getState().openFiles(ledger().map((p) => ({ name: p.name, bytes: new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/issue', p.name))) })));
    await vi.waitFor(() => expect(store.getState().errors).toHaveLength(1));
    const [note] = store.getState().errors;
    if (!note) throw new Error('no note');
    expect(shownMessage(note, translator('en'))).toMatch(/engine stopped twice.*decisions and edits are kept/u);
    expect(shownMessage(note, translator('zh-CN'))).toContain('引擎两次停止工作');
    // Nothing lost: both pages open, and the issue linked in the window instead.
    expect(store.getState().pages).toHaveLength(2);
    await vi.waitFor(() => expect(store.getState().issue?.articles.length).toBeGreaterThan(0));
    // A second failure while the note is shown does not repeat it.
    store.getState().rejectRepair(store.getState().pages[0]?.id ?? '', 'link-jump:none');
    await new Promise((r) => setTimeout(r, 50));
    expect(store.getState().errors).toHaveLength(1);
  });
});
