/** In-memory stand-ins for the file system and dialogs the main-process handlers take. */
import type { Dialogs, ReadFs } from '../../electron/main/handlers';
import type { ExportFormat } from '../../shared/contract/app-api';
import { ok, type Result } from '../../shared/model/result';

/** One entry of the fake disk: a file with bytes, a file whose size is all we know, or an error. */
export type FakeEntry =
  | { readonly kind: 'file'; readonly bytes: Uint8Array; readonly reportedSize?: number }
  | { readonly kind: 'folder' }
  | { readonly kind: 'unreadable'; readonly code: string; readonly failsOn: 'stat' | 'read' };

/** A file system over a map of absolute paths; `reads` records which paths were read. */
export function fakeFs(entries: Record<string, FakeEntry>): ReadFs & { readonly reads: string[] } {
  const reads: string[] = [];
  const errorWithCode = (code: string, path: string) => Object.assign(new Error(`${code}: fake failure, '${path}'`), { code });
  return {
    reads,
    async stat(path) {
      const entry = entries[path];
      if (entry === undefined) throw errorWithCode('ENOENT', path);
      if (entry.kind === 'unreadable' && entry.failsOn === 'stat') throw errorWithCode(entry.code, path);
      if (entry.kind === 'folder') return { size: 4096, isFile: () => false };
      const size = entry.kind === 'file' ? (entry.reportedSize ?? entry.bytes.byteLength) : 10;
      return { size, isFile: () => true };
    },
    async readFile(path) {
      reads.push(path);
      const entry = entries[path];
      if (entry === undefined) throw errorWithCode('ENOENT', path);
      if (entry.kind === 'unreadable') throw errorWithCode(entry.code, path);
      if (entry.kind === 'folder') throw errorWithCode('EISDIR', path);
      return entry.bytes;
    },
  };
}

/** Dialogs that answer with fixed choices (an empty list or null is a cancel). */
export function fakeDialogs(answers: { open?: readonly string[]; save?: string | null; folder?: string | null }): Dialogs & {
  readonly saveAsked: { suggestedName: string; format: ExportFormat }[];
} {
  const saveAsked: { suggestedName: string; format: ExportFormat }[] = [];
  return {
    saveAsked,
    pickFilesToOpen: async () => answers.open ?? [],
    pickSaveLocation: async (suggestedName, format) => {
      saveAsked.push({ suggestedName, format });
      return answers.save ?? null;
    },
    pickFolder: async () => answers.folder ?? null,
  };
}

/** A writer that records what it was asked to write instead of touching a disk. */
export function recordingWriter(result: Result<void> = ok(undefined)) {
  const writes: { target: string; content: string }[] = [];
  const write = async (target: string, content: string): Promise<Result<void>> => {
    writes.push({ target, content });
    return result;
  };
  return { writes, write };
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
