/**
 * A project reopened looks for its page images again, beside the files its pages came from
 * (`source`: a path in Electron, a name in a browser), as the first open did. An image that
 * moved or was deleted is a note for the editor, never an error: the page opens without it,
 * and opening the image by hand still pairs it with its page.
 */
import type { AppApi } from '../../../shared/contract/app-api';
import type { Page } from '../../../shared/model/page';
import { hasLineBoxes } from './page-frame';
import { openPageImage, type PageImageFile } from './page-image-file';

export interface RefoundImages {
  /** Page id → the image found beside its source. */
  readonly attached: Readonly<Record<string, PageImageFile>>;
  /** Names of the pages whose image was not found (or could not be shown). */
  readonly missing: readonly string[];
}

/**
 * Asks the host for the image beside each page that could show one (a page with line boxes
 * and a known source). A host that cannot look (a browser: it never sees paths) finds none.
 */
export async function refindPageImages(pages: readonly Page[], sources: Readonly<Record<string, string>>, find: AppApi['findPageImage']): Promise<RefoundImages> {
  const attached: Record<string, PageImageFile> = {};
  const missing: string[] = [];
  // One at a time: an image can be 256 MB, and the pages of an issue all have one.
  for (const page of pages) {
    const source = sources[page.id];
    if (source === undefined || !hasLineBoxes(page)) continue;
    const image = find ? await imageBeside(source, find) : null;
    if (image) attached[page.id] = image;
    else missing.push(page.name);
  }
  return { attached, missing };
}

async function imageBeside(source: string, find: NonNullable<AppApi['findPageImage']>): Promise<PageImageFile | null> {
  try {
    const found = await find(source);
    if (!found.ok || found.value === null) return null;
    const opened = await openPageImage(found.value.name, found.value.bytes);
    return opened.ok ? opened.image : null;
  } catch {
    // The host went away mid-request (a window closing): the page simply shows no image.
    return null;
  }
}
