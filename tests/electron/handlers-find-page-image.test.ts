// @vitest-environment node
/** A project reopened finds its page images again, beside the paths its pages came from. */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/handlers';
import { serializeProject } from '../../shared/project/project-file';
import { fakeDialogs, fakeFs, recordingWriter, utf8, type FakeEntry } from './fakes';

const alto = utf8('<alto><Layout/></alto>');
const scan = utf8('II*\0 scan bytes');
const secret = utf8('\x89PNG not for the renderer');

/** A project whose one page came from `source`. */
function project(source: string): Uint8Array {
  return utf8(serializeProject({ savedAt: '', activePage: null, pages: [{ name: 'p1.xml', encoding: 'utf-8', text: 'x\n', source, rejected: [], accepted: [], edits: [] }] }));
}

function handlersOver(entries: Record<string, FakeEntry>, picked: readonly string[]) {
  const fs = fakeFs(entries);
  return { fs, handlers: createHandlers({ fs, dialogs: fakeDialogs({ open: picked }), writeFileAtomic: recordingWriter().write }) };
}

describe('findPageImage: the page image beside a reopened page', () => {
  it('reads the image beside a source path that the project main opened names', async () => {
    const { handlers } = handlersOver({ '/w/work.galley.json': { kind: 'file', bytes: project('/scans/p1.xml') }, '/scans/p1.tif': { kind: 'file', bytes: scan } }, ['/w/work.galley.json']);
    await handlers.openFiles();
    const found = await handlers.findPageImage?.('/scans/p1.xml');
    expect(found).toEqual({ ok: true, value: { name: 'p1.tif', path: '/scans/p1.tif', bytes: scan } });
  });

  it('answers null, not an error, when the image moved or was deleted', async () => {
    const { handlers } = handlersOver({ '/w/work.galley.json': { kind: 'file', bytes: project('/scans/p1.xml') } }, ['/w/work.galley.json']);
    await handlers.openFiles();
    expect(await handlers.findPageImage?.('/scans/p1.xml')).toEqual({ ok: true, value: null });
  });

  it('looks beside a page main opened itself in this session', async () => {
    const { handlers } = handlersOver({ '/scans/p1.xml': { kind: 'file', bytes: alto } }, ['/scans/p1.xml']);
    await handlers.openFiles();
    // The image appeared after the page was opened (a scan copied in later).
    expect(await handlers.findPageImage?.('/scans/p1.xml')).toEqual({ ok: true, value: null });
  });

  it('refuses a path main never read nor saw in a project, without touching the disk', async () => {
    const { handlers, fs } = handlersOver({ '/home/u/secret.xml': { kind: 'file', bytes: alto }, '/home/u/secret.png': { kind: 'file', bytes: secret } }, []);
    for (const payload of ['/home/u/secret.xml', 'secret.xml', 42, null, { path: '/home/u/secret.xml' }]) {
      const refused = await handlers.findPageImage?.(payload);
      expect(refused?.ok).toBe(false);
      if (refused && !refused.ok) expect(refused.error.code).toBe('invalid-request');
    }
    expect(fs.reads).toEqual([]);
  });

  it('does not take a relative source from a project (a browser’s name) as a path', async () => {
    const { handlers, fs } = handlersOver({ '/w/work.galley.json': { kind: 'file', bytes: project('p1.xml') }, '/w/p1.png': { kind: 'file', bytes: scan } }, ['/w/work.galley.json']);
    await handlers.openFiles();
    expect((await handlers.findPageImage?.('p1.xml'))?.ok).toBe(false);
    expect(fs.reads).toEqual(['/w/work.galley.json']);
  });
});
