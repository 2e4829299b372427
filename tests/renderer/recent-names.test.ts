import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../renderer/src/host/browser-host';
import { MAX_RECENT_FILES } from '../../shared/contract/app-api';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('the browser host’s Recent list', () => {
  it('keeps the names of the pages opened, newest first, without page images', async () => {
    const host = createBrowserHost(document, memoryStorage());
    host.noteOpened(['p1.xml', 'p1.tif']);
    host.noteOpened(['p2.txt', 'p1.xml']);
    expect(await host.recentFiles()).toEqual([
      { id: 'p2.txt', name: 'p2.txt', reopenable: false },
      { id: 'p1.xml', name: 'p1.xml', reopenable: false },
    ]);
  });

  it(`keeps at most ${MAX_RECENT_FILES} and survives a damaged entry`, async () => {
    const storage = memoryStorage({ 'galley.recent-files': '{not json' });
    const host = createBrowserHost(document, storage);
    expect(await host.recentFiles()).toEqual([]);
    for (let i = 0; i < MAX_RECENT_FILES + 2; i++) host.noteOpened([`p${i}.txt`]);
    expect(await host.recentFiles()).toHaveLength(MAX_RECENT_FILES);
  });

  it('works, with an empty list, where the browser refuses storage', async () => {
    const host = createBrowserHost(document, null);
    host.noteOpened(['p1.txt']);
    expect(await host.recentFiles()).toEqual([]);
  });

  it('cannot read a file again by name, and says so', async () => {
    const result = await createBrowserHost(document, memoryStorage()).openRecent('p1.txt');
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/open it with Open/u) } });
  });
});
