/**
 * Puts an issue's pages in order: by the page numbers the files carry (markup first, then
 * the file name); pages that carry none come after those, in natural name order (`a-2` before
 * `a-10`), numbered on from the highest. When two pages claim one number, all go by name order,
 * numbered by their place.
 *
 * When it is wrong: files that each carry a number, but from different issues, are ordered
 * by number all the same; open one issue at a time.
 */
import type { Page } from '../model/page';
import type { PageNumberSource } from './issue';
import { pageNumberInName } from './page-number';

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** What ordering needs of a page: the page (its loader keeps the markup's `pageNumber`), or a number the caller read. */
export interface PageToOrder {
  readonly page: Page;
  readonly markupNumber?: number | null;
}

export interface OrderedPage<T> {
  readonly input: T;
  /** The page number jump lines refer to. */
  readonly number: number;
  readonly numberFrom: PageNumberSource;
}

/** The pages in issue order, each with the number jump lines will refer to. */
export function orderPages<T extends PageToOrder>(inputs: readonly T[]): OrderedPage<T>[] {
  const carried = inputs.map((input): { number: number; from: PageNumberSource } | null => {
    const markup = input.markupNumber ?? input.page.pageNumber;
    if (typeof markup === 'number' && markup > 0) return { number: markup, from: 'markup' };
    const fromName = pageNumberInName(input.page.name);
    return fromName === null ? null : { number: fromName, from: 'name' };
  });
  const numbers = carried.flatMap((c) => (c === null ? [] : [c.number]));
  const indexed = inputs.map((input, index) => ({ input, index }));
  const nameOrder = (a: { input: T; index: number }, b: { input: T; index: number }): number => byName.compare(a.input.page.name, b.input.page.name) || a.index - b.index;
  if (new Set(numbers).size !== numbers.length) {
    // Two pages claim one number: the numbers cannot be trusted; name order it is.
    return indexed.sort(nameOrder).map(({ input }, place) => ({ input, number: place + 1, numberFrom: 'position' }));
  }
  // Numbered pages by number; pages that carry none (a sample opened beside the issue) after
  // them, in name order, numbered on from the highest.
  const numbered = indexed.filter(({ index }) => carried[index] !== null).sort((a, b) => (carried[a.index]?.number ?? 0) - (carried[b.index]?.number ?? 0));
  const rest = indexed.filter(({ index }) => carried[index] === null).sort(nameOrder);
  const highest = Math.max(0, ...numbers);
  return [
    ...numbered.map(({ input, index }) => ({ input, number: carried[index]?.number ?? 0, numberFrom: carried[index]?.from ?? 'position' })),
    ...rest.map(({ input }, place) => ({ input, number: highest + place + 1, numberFrom: 'position' as const })),
  ];
}
