/**
 * Letters that OCR of old newspaper type reads one for another (`h` as `b` or `li`, `m` as
 * `rn`, `e` as `c`, `y` as `v`, long `ſ` as `f`, `ê` as `ô`). Used to find the page's own spelling of a
 * word one of whose halves the OCR misread: a page that prints `to-day` six times also means
 * `to-day` by `to-` + `dav`, and one that prints `thirds` means `thirds` by `th-` + `irds`
 * read as `tb-` + `irds`.
 *
 * Wrong when: the misreading is a real word of the page too (`bis` for `his` on a page that
 * prints both); a caller must ask for more than one sighting and for silence on the other side.
 */

/** Pairs read one for the other, both ways; the commonest confusions of historical print. */
const CONFUSIONS: readonly (readonly [string, string])[] = [
  ['h', 'b'],
  ['h', 'li'],
  ['m', 'rn'],
  ['m', 'in'],
  ['n', 'u'],
  ['u', 'ii'],
  ['e', 'c'],
  ['c', 'o'],
  ['e', 'o'],
  ['l', 'i'],
  ['l', 't'],
  ['f', 't'],
  ['s', 'f'],
  ['y', 'v'],
  ['d', 'cl'],
  ['w', 'vv'],
  ['a', 'o'],
  // Accents: small marks the scan loses or swaps (`lui-môme` for `lui-même`).
  ['é', 'e'],
  ['è', 'e'],
  ['ê', 'ô'],
];

/** Each direction once: what the OCR wrote → what the type may have said. */
const READINGS: readonly (readonly [string, string])[] = CONFUSIONS.flatMap(([x, y]) => [
  [x, y],
  [y, x],
]);

/**
 * Every spelling one confusion away from `word` (lower case), without `word` itself. At most
 * about 2 × 20 × its length strings: cheap for the few words a line-end hyphen asks about.
 */
export function misreadings(word: string): string[] {
  const out = new Set<string>();
  for (const [seen, meant] of READINGS) {
    for (let at = word.indexOf(seen); at !== -1; at = word.indexOf(seen, at + 1)) {
      out.add(word.slice(0, at) + meant + word.slice(at + seen.length));
    }
  }
  out.delete(word);
  return [...out];
}
