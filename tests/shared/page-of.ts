/** Builds a page from text the way the loader does, for tests of the passes. */
import { parseTextPage } from '../../shared/load/text-page';
import type { Page } from '../../shared/model/page';

export function pageOf(text: string, name = 'test.txt'): Page {
  return parseTextPage(name, text, 'utf-8');
}
