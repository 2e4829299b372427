// @vitest-environment node
/** Open brings the page image that sits beside a layout file, so the Original pane can show it. */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/handlers';
import { MAX_PAGE_IMAGE_BYTES } from '../../shared/contract/app-api';
import { fakeDialogs, fakeFs, recordingWriter, utf8, type FakeEntry } from './fakes';

const alto = utf8('<alto><Layout/></alto>');
const scan = utf8('II*\0 scan bytes');

async function open(entries: Record<string, FakeEntry>, picked: readonly string[]) {
  const fs = fakeFs(entries);
  const handlers = createHandlers({ fs, dialogs: fakeDialogs({ open: picked }), writeFileAtomic: recordingWriter().write });
  const result = await handlers.openFiles();
  if (!result.ok) throw new Error(result.error.message);
  return { files: result.value.files, failures: result.value.failures, reads: fs.reads };
}

describe('the page image beside an opened page', () => {
  it('comes along with an ALTO file of the same base name, right after its page', async () => {
    const { files } = await open({ '/n/p1.xml': { kind: 'file', bytes: alto }, '/n/p1.tif': { kind: 'file', bytes: scan }, '/n/p2.xml': { kind: 'file', bytes: alto } }, ['/n/p1.xml', '/n/p2.xml']);
    expect(files.map((f) => f.path)).toEqual(['/n/p1.xml', '/n/p1.tif', '/n/p2.xml']);
    expect(files[1]?.bytes).toEqual(scan);
  });

  it('is found under the second extension OCR tools add, and in upper case', async () => {
    const { files } = await open({ '/n/p1.alto.xml': { kind: 'file', bytes: alto }, '/n/p1.JPG': { kind: 'file', bytes: scan } }, ['/n/p1.alto.xml']);
    expect(files.map((f) => f.name)).toEqual(['p1.alto.xml', 'p1.JPG']);
  });

  it('is not looked for beside a text page, nor read twice when the user picked it too', async () => {
    const text = await open({ '/n/p1.txt': { kind: 'file', bytes: utf8('Text') }, '/n/p1.png': { kind: 'file', bytes: scan } }, ['/n/p1.txt']);
    expect(text.files.map((f) => f.name)).toEqual(['p1.txt']);
    const both = await open({ '/n/p1.xml': { kind: 'file', bytes: alto }, '/n/p1.png': { kind: 'file', bytes: scan } }, ['/n/p1.xml', '/n/p1.png']);
    expect(both.files.map((f) => f.name)).toEqual(['p1.xml', 'p1.png']);
    expect(both.reads).toEqual(['/n/p1.xml', '/n/p1.png']);
  });

  it('is skipped when it is a folder, and refused by its size without being read, the page still opening', async () => {
    const folder = await open({ '/n/p1.xml': { kind: 'file', bytes: alto }, '/n/p1.png': { kind: 'folder' } }, ['/n/p1.xml']);
    expect(folder.files.map((f) => f.name)).toEqual(['p1.xml']);
    expect(folder.failures).toEqual([]);

    const huge = await open({ '/n/p1.xml': { kind: 'file', bytes: alto }, '/n/p1.tif': { kind: 'file', bytes: new Uint8Array(0), reportedSize: MAX_PAGE_IMAGE_BYTES + 1 } }, ['/n/p1.xml']);
    expect(huge.files.map((f) => f.name)).toEqual(['p1.xml']);
    expect(huge.reads).toEqual(['/n/p1.xml']);
    expect(huge.failures[0]?.error.message).toMatch(/page image “p1\.tif”.*opens without it/u);
  });

  it('is not looked for beside a page that could not be read', async () => {
    const { files, failures, reads } = await open({ '/n/p1.xml': { kind: 'unreadable', code: 'EACCES', failsOn: 'read' }, '/n/p1.png': { kind: 'file', bytes: scan } }, ['/n/p1.xml']);
    expect(files).toEqual([]);
    expect(failures.map((f) => f.name)).toEqual(['p1.xml']);
    expect(reads).toEqual(['/n/p1.xml']);
  });
});
