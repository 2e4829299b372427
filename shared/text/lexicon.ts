/**
 * The page's own vocabulary: which words and which hyphenated compounds the page prints
 * whole, within a line. It is the strongest evidence for a line-end hyphen: if
 * `reconstruction` stands elsewhere on the page, `recon-` + `struction` is that word; if
 * `well-known` does, the hyphen is the word's own. Built once per page, in one pass over
 * its lines.
 *
 * Wrong when: the page prints both forms (`co-operation` and `cooperation`), or OCR noise
 * made a fragment look like a word; line-end fragments themselves are left out, so a page
 * does not vouch for its own broken halves.
 */
import type { Language } from './hyphenation';
import { emptyVotes, guessLanguage, vote, type LanguageVotes } from './lexicon-language';

export interface PageLexicon {
  /** Whole words printed on the page, lower case, with their counts. */
  readonly words: ReadonlyMap<string, number>;
  /**
   * Of those, how often the page prints each with a capital (`Kirk` in a name): the rest of
   * its count is in lower case, where `kirk` shows the page using it as a word. (Capitals
   * are the fewer, so they are the ones counted.)
   */
  readonly capitalised: ReadonlyMap<string, number>;
  /**
   * Hyphenated compounds printed within a line, lower case (`well-known`), with their
   * counts; a longer one also counts each pair of neighbouring parts (`son-in`, `in-law`).
   */
  readonly compounds: ReadonlyMap<string, number>;
  /**
   * How often each word opens (`heads`) or closes (`tails`) a hyphenated compound on the page:
   * a page that prints `ex-consul` and `ex-minister` uses `ex-` as a prefix with a hyphen.
   */
  readonly heads: ReadonlyMap<string, number>;
  readonly tails: ReadonlyMap<string, number>;
  /** Function words per language on the whole page. */
  readonly votes: LanguageVotes;
  /** The page's language by its function words; English when they say too little. */
  readonly language: Language;
}

/** Marks that end a line on a hyphenated word: hyphen, its Unicode twins, `⸗` (Fraktur), `¬`, soft hyphen. */
export const LINE_END_MARKS = '-\u2010\u2011\u2E17¬\u00AD';
/** Marks that join the parts of a compound within a line. */
const COMPOUND_MARKS = '-\u2010\u2011\u2E17';

const ENDS_HYPHENATED = new RegExp(`[\\p{L}\\p{N}][${LINE_END_MARKS}]$`, 'u');
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const WHITE_SPACE = /\s+/u;
const WORD = /^\p{L}+(?:['’]\p{L}+)*$/u;
const COMPOUND = new RegExp(`^\\p{L}+(?:[${COMPOUND_MARKS}]\\p{L}+)+$`, 'u');
const COMPOUND_SPLIT = new RegExp(`[${COMPOUND_MARKS}]`, 'u');

const LONG_S = /ſ/gu;
const CURLY_APOSTROPHE = /’/gu;

/** The form words are compared in: lower case, long s as s, one apostrophe. */
export function wordKey(word: string): string {
  // Asked for every word of a page: most have neither mark, and need no pattern run.
  const lower = word.toLowerCase();
  const noLongS = lower.includes('ſ') ? lower.replace(LONG_S, 's') : lower;
  return noLongS.includes('’') ? noLongS.replace(CURLY_APOSTROPHE, "'") : noLongS;
}

/**
 * The word a token stands for, without clitics: `l'homme` → `homme`, `President's` →
 * `president`. Null when the token is not a plain word.
 */
function plainWord(token: string): string | null {
  if (!WORD.test(token)) return null;
  const key = wordKey(token);
  const firstApostrophe = key.indexOf("'");
  if (firstApostrophe < 0) return key;
  // French and Dutch elision (`l'`, `d'`, `qu'`, `'s`) leans on the next word; English
  // possessives and contractions hang on the first.
  return firstApostrophe <= 2 ? key.slice(key.lastIndexOf("'") + 1) : key.slice(0, firstApostrophe);
}

/** The token opens on a capital; ASCII lower case, the common case, is answered without a pattern. */
function startsCapitalised(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code >= 97 && code <= 122) return false;
  return /^\p{Lu}/u.test(token);
}

/** ASCII letter or digit: a token that starts and ends with one has no edge punctuation to cut. */
function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** The token without punctuation at either end; most tokens have none, and run no pattern. */
function withoutEdgePunctuation(token: string): string {
  if (isAsciiLetterOrDigit(token.charCodeAt(0)) && isAsciiLetterOrDigit(token.charCodeAt(token.length - 1))) return token;
  return token.replace(EDGE_PUNCTUATION, '');
}

function add(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The page's vocabulary from its line texts, in page order. Linear in the text. */
export function buildLexicon(lines: readonly string[]): PageLexicon {
  const words = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const compounds = new Map<string, number>();
  const heads = new Map<string, number>();
  const tails = new Map<string, number>();
  const votes = emptyVotes();
  let continues = false;
  for (const line of lines) {
    const tokens = line.split(WHITE_SPACE).filter((t) => t !== '');
    const hyphenated = ENDS_HYPHENATED.test(line.trimEnd());
    for (let i = 0; i < tokens.length; i++) {
      // Halves of a broken word are not words of the page.
      if ((i === 0 && continues) || (i === tokens.length - 1 && hyphenated)) continue;
      const token = withoutEdgePunctuation(tokens[i] as string);
      if (token === '') continue;
      const word = plainWord(token);
      if (word !== null) {
        add(words, word);
        if (startsCapitalised(token)) add(capitalised, word);
        vote(votes, word);
        continue;
      }
      if (!COMPOUND.test(token)) continue;
      const parts = wordKey(token).split(COMPOUND_SPLIT);
      add(compounds, parts.join('-'));
      add(heads, parts[0] ?? '');
      add(tails, parts[parts.length - 1] ?? '');
      if (parts.length > 2) for (let p = 1; p < parts.length; p++) add(compounds, `${parts[p - 1]}-${parts[p]}`);
    }
    if (tokens.length) continues = hyphenated;
  }
  return { words, capitalised, compounds, heads, tails, votes, language: guessLanguage(votes) ?? 'en' };
}

/** An empty vocabulary, for a caller that has no page: only the word list and patterns speak. */
export function emptyLexicon(language: Language = 'en'): PageLexicon {
  return { words: new Map(), capitalised: new Map(), compounds: new Map(), heads: new Map(), tails: new Map(), votes: emptyVotes(), language };
}
