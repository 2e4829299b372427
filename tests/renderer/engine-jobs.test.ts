/** The engine worker's jobs, run in Node: rebuilding a page, and linking the open pages as an issue. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIssue } from '../../shared/issue';
import { loadPage } from '../../shared/load/load-page';
import type { Page } from '../../shared/model/page';
import { reconstruct } from '../../shared/pipeline/reconstruct';
import { createEngineJobs } from '../../renderer/src/engine/engine-jobs';
import type { EngineReply } from '../../renderer/src/engine/engine-messages';
import { linkedIssue, type LinkedIssue } from '../../renderer/src/engine/linked-issue';
import { articleJumps } from '../../renderer/src/store/issue-links';

const LEDGER = ['ledger-page-1.txt', 'ledger-page-2.txt', 'ledger-page-3.txt'];

function ledger(): Page[] {
  return LEDGER.map((name) => {
    const loaded = loadPage(name, new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/issue', name))));
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.value;
  });
}

function issueOf(reply: EngineReply): LinkedIssue {
  if (!reply.ok || !('issue' in reply)) throw new Error(`no issue: ${JSON.stringify(reply)}`);
  return reply.issue;
}

/** Every article's jumps on every page, as the Reconstructed pane asks for them. */
function jumpsOf(issue: LinkedIssue | ReturnType<typeof buildIssue>, pages: readonly Page[]) {
  return pages.flatMap((page) => reconstruct(page).articles.map((a) => ({ page: page.name, article: a.id, ...articleJumps(issue, page.id, a.id) })));
}

describe('the linked issue the worker sends back', () => {
  it('answers every article’s jumps as the whole issue does', () => {
    const pages = ledger();
    const issue = buildIssue(pages.map((page) => ({ page, reconstruction: reconstruct(page) })));
    const jumps = jumpsOf(issue, pages);
    expect(jumps.filter((j) => j.to !== null).length).toBeGreaterThan(0);
    expect(jumpsOf(linkedIssue(issue), pages)).toEqual(jumps);
  });

  it('holds no page: a small copy of the links', () => {
    const pages = ledger();
    const issue = buildIssue(pages.map((page) => ({ page, reconstruction: reconstruct(page) })));
    const linked = JSON.stringify(linkedIssue(issue));
    expect(linked).not.toContain(pages[0]?.lines[5]?.text);
    expect(linked.length).toBeLessThan(JSON.stringify(issue).length / 4);
  });
});

describe('the engine worker’s jobs', () => {
  const request = (pages: readonly Page[], rejected: Record<string, readonly string[]> = {}, send = true) => ({
    id: 1,
    link: true as const,
    disabled: [],
    thresholds: {},
    pages: pages.map((page) => ({ pageId: page.id, rejected: rejected[page.id] ?? [], ...(send ? { page } : {}) })),
  });

  it('links the pages it is sent, and unlinks a rejected link', () => {
    const jobs = createEngineJobs();
    const pages = ledger();
    const issue = issueOf(jobs.link(request(pages)));
    const first = issue.links[0];
    expect(first).toBeDefined();
    const from = first?.from.pageId ?? '';
    const unlinked = issueOf(jobs.link(request(pages, { [from]: [first?.repairId ?? ''] }, false)));
    expect(unlinked.links.map((l) => l.repairId)).not.toContain(first?.repairId);
    expect(unlinked.links).toHaveLength(issue.links.length - 1);
  });

  it('rebuilds a page once for the same rejections, and again for new ones', () => {
    const jobs = createEngineJobs();
    const [page] = ledger();
    if (!page) throw new Error('no page');
    jobs.keep(page);
    const run = (rejected: readonly string[]) => {
      const reply = jobs.run({ id: 2, pageId: page.id, rejected, disabled: [] });
      if (!reply.ok || !('result' in reply)) throw new Error('no result');
      return reply.result;
    };
    const first = run([]);
    expect(run([])).toBe(first);
    const repair = first.repairs[0];
    expect(repair).toBeDefined();
    const without = run([repair?.id ?? '']);
    expect(without).not.toBe(first);
    expect(without.declined.map((r) => r.id)).toEqual([repair?.id]);
    // A link rejection is not the page engine's: the page's result stays.
    expect(run(['linkJumps/anything'])).toBe(first);
  });

  it('uses a reconstruction sent with the page instead of rebuilding it', () => {
    const jobs = createEngineJobs();
    const pages = ledger();
    const given = reconstruct(pages[0] as Page);
    const linking = request(pages);
    const withGiven = { ...linking, pages: linking.pages.map((p, i) => (i === 0 ? { ...p, rebuilt: given } : p)) };
    jobs.link(withGiven);
    const reply = jobs.run({ id: 3, pageId: pages[0]?.id ?? '', rejected: [], disabled: [], thresholds: {} });
    expect(reply.ok && 'result' in reply ? reply.result : null).toBe(given);
  });

  it('forgets a page the window closed', () => {
    const jobs = createEngineJobs();
    const pages = ledger();
    jobs.link(request(pages));
    jobs.link(request(pages.slice(0, 2), {}, false));
    expect(jobs.run({ id: 4, pageId: pages[2]?.id ?? '', rejected: [], disabled: [] })).toMatchObject({ ok: false, message: expect.stringContaining('not been given') });
    expect(jobs.link(request(pages, {}, false))).toMatchObject({ ok: false });
  });
});
