/**
 * Writes a file so that the target is either the old file or the whole new one, never a
 * half-written mix: write a temp file beside it, fsync, then rename over the target. A crash,
 * a full disk or a failing USB stick during the write leaves the user's previous export
 * untouched. The temp file sits in the same directory because rename is atomic only within
 * one file system.
 */
import { basename, dirname, join } from 'node:path';
import { ok, type Result } from '../../shared/model/result';
import { reasonParams } from './error-reason';
import { mainFailure } from '../../shared/contract/main-messages';

/** The part of an open file handle the writer needs (node's `FileHandle` fits). */
export interface WritableFileHandle {
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls the writer needs (node's `fs/promises` fits). */
export interface AtomicWriteFs {
  open(path: string, flags: 'wx'): Promise<WritableFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** Writes `content` as UTF-8 to `target`; returns `write-failed` instead of throwing. */
export type WriteFileAtomic = (target: string, content: string) => Promise<Result<void>>;

/**
 * Creates a writer. `pid` goes into temp names so two Galley processes saving into one folder
 * never share a temp file; the counter does the same for two saves within one process.
 */
export function createAtomicWriter(fs: AtomicWriteFs, pid: number): WriteFileAtomic {
  let counter = 0;
  return async (target, content) => {
    counter += 1;
    const temp = join(dirname(target), `.${basename(target)}.tmp-${pid}-${counter}`);
    let handle: WritableFileHandle | null = null;
    try {
      // 'wx' fails if the temp name exists, so we never write through a stale file or a
      // symlink someone left there.
      handle = await fs.open(temp, 'wx');
      await handle.writeFile(content, 'utf8');
      // Without fsync the rename can reach the disk before the data does, and a power cut
      // then leaves an empty target: the very thing this module exists to prevent.
      await handle.sync();
      await handle.close();
      handle = null;
      await fs.rename(temp, target);
      return ok(undefined);
    } catch (error) {
      if (handle !== null) await handle.close().catch(() => undefined);
      // The temp file may not exist (open failed); that is fine, there is nothing to clean.
      await fs.unlink(temp).catch(() => undefined);
      return mainFailure('write-failed', 'mainError.saveFailed', { name: basename(target), ...reasonParams(error) });
    }
  };
}
