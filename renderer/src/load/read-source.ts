/**
 * Reads a picked file's bytes and loads it as a page, on whichever thread calls it (the
 * worker, or the main thread when no worker runs). A file over the size limit is refused
 * before it is read, so a 2 GB file never lands in memory.
 */
import { pageSizeLimit } from '../../../shared/contract/app-api';
import { loadPage } from '../../../shared/load/load-page';
import type { Page } from '../../../shared/model/page';
import { fail, type Result } from '../../../shared/model/result';

export async function loadSource(name: string, source: Uint8Array | Blob): Promise<Result<Page>> {
  const size = source instanceof Blob ? source.size : source.byteLength;
  const limit = pageSizeLimit(name);
  if (size > limit) {
    return fail('too-large', `“${name}” is larger than ${Math.round(limit / 1048576)} MB, too large for one page. Split it into pages and open those.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : source;
  } catch {
    return fail('unreadable', `“${name}” could not be read. Check that it still exists and try again.`);
  }
  return loadPage(name, bytes);
}
