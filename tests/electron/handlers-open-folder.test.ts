import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/main/handlers';
import { fakeDialogs, fakeFs, recordingWriter, type FakeEntry } from './fakes';

const file = (text: string): FakeEntry => ({ kind: 'file', bytes: new TextEncoder().encode(text) });

/** A folder of an issue on the fake disk, listed by `readdir`. */
function issueFolder(entries: Record<string, FakeEntry>) {
  const fs = fakeFs(entries);
  const readdir = async (folder: string) => Object.keys(entries).filter((p) => p.startsWith(`${folder}/`)).map((p) => p.slice(folder.length + 1));
  return { ...fs, readdir };
}

describe('Open folder (Electron)', () => {
  it('reads every page in the picked folder, in name order, leaving other files out', async () => {
    const fs = issueFolder({ '/issue/p10.txt': file('Ten.'), '/issue/p2.txt': file('Two.'), '/issue/notes.pdf': file('x'), '/issue/.hidden.txt': file('h') });
    const handlers = createHandlers({ fs, dialogs: { ...fakeDialogs({}), pickFolderToOpen: async () => '/issue' }, writeFileAtomic: recordingWriter().write });
    const opened = await handlers.openFolder?.();
    expect(opened?.ok && opened.value.files.map((f) => f.name)).toEqual(['p2.txt', 'p10.txt']);
  });

  it('opens nothing when the dialog is cancelled, and says so when the folder cannot be read', async () => {
    const fs = issueFolder({});
    const cancelled = createHandlers({ fs, dialogs: { ...fakeDialogs({}), pickFolderToOpen: async () => null }, writeFileAtomic: recordingWriter().write });
    expect(await cancelled.openFolder?.()).toEqual({ ok: true, value: { files: [], failures: [] } });
    const broken = { ...fs, readdir: async () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) };
    const refused = createHandlers({ fs: broken, dialogs: { ...fakeDialogs({}), pickFolderToOpen: async () => '/locked' }, writeFileAtomic: recordingWriter().write });
    const result = await refused.openFolder?.();
    expect(result?.ok).toBe(false);
    expect(!result?.ok && result?.error.message).toMatch(/could not read the folder/u);
  });
});
