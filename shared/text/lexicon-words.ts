/**
 * Word lists for the page languages other than English (English has its own, always there:
 * lexicon-english.ts). Today French: `an-array-of-french-words` (~336,000 inflected forms
 * from Lexique/Grammalecte-style sources, MIT), which also lists the hyphenated compounds
 * (`petit-fils`, `sommes-nous`, `trente-cinq`) — exactly what a line-end hyphen asks about.
 * No maintained npm package gives a plain German or Dutch list (the hunspell dictionaries need
 * affix expansion and the German one is GPL), so those languages go without.
 *
 * The list is 4.5 MB of JSON, so it is not imported statically (the renderer bundles this
 * code): `loadWordLists()` fetches it once; until it has, `listedWords` answers undefined and
 * the decision goes on the page's vocabulary and the patterns alone. Callers that want the
 * same answer every time (the CLI, the evaluation, tests) await the load first.
 */
import type { Language } from './hyphenation';

const loaded = new Map<Language, ReadonlySet<string>>();
let loading: Promise<void> | null = null;

const OE = /œ/gu;
const AE = /æ/gu;
const CURLY_APOSTROPHE = /’/gu;

/** The form words are listed in: lower case, the ligatures spelled out (`sœur` → `soeur`). */
export function listKey(word: string): string {
  // Run for each of the list's 336,000 words as a worker starts: most have none of the three
  // marks, and need no pattern run (useWordList took 0.2 s of a worker's start, `--cpu-prof`).
  let key = word.toLowerCase();
  if (key.includes('œ')) key = key.replace(OE, 'oe');
  if (key.includes('æ')) key = key.replace(AE, 'ae');
  return key.includes('’') ? key.replace(CURLY_APOSTROPHE, "'") : key;
}

/** The loaded list of `language` (keys as `listKey` makes them), or undefined when there is none yet. */
export function listedWords(language: Language): ReadonlySet<string> | undefined {
  return loaded.get(language);
}

/** Loads the word lists once; later calls return the same promise. */
export function loadWordLists(): Promise<void> {
  loading ??= import('an-array-of-french-words/index.json').then((module: { default: readonly string[] }) => {
    useWordList('fr', module.default);
  });
  return loading;
}

/** Installs a list for `language` (the loader's end; tests may give a small one). */
export function useWordList(language: Language, words: Iterable<string>): void {
  const set = new Set<string>();
  for (const word of words) {
    const key = listKey(word);
    set.add(key);
    if (!key.includes('-')) continue;
    // `a-t-elle` also vouches for the pairs a line end can cut it into: `a-t`, `t-elle`.
    const parts = key.split('-');
    for (let i = 2; i < parts.length; i++) set.add(`${parts[i - 1]}-${parts[i]}`);
    if (parts.length > 2) set.add(`${parts[0]}-${parts[1]}`);
  }
  loaded.set(language, set);
}
