/** The lazily loaded word lists: what a lookup sees before and after the load. */
import { describe, expect, it } from 'vitest';
import { listKey, listedWords, loadWordLists, useWordList } from '../../../shared/text/lexicon-words';

describe('word lists', () => {
  it('spells ligatures out and lowers the case, as the list writes words', () => {
    expect(listKey('Sœur')).toBe('soeur');
    expect(listKey('l’Æther')).toBe("l'aether");
  });

  it('answers nothing for a language whose list is not loaded', () => {
    expect(listedWords('de')).toBeUndefined();
  });

  it('lists the pairs a longer compound can be cut into at a line end', () => {
    useWordList('nl', ['sint-jan-baptist', 'boot']);
    const words = listedWords('nl');
    expect(words?.has('sint-jan')).toBe(true);
    expect(words?.has('jan-baptist')).toBe(true);
    expect(words?.has('boot')).toBe(true);
    expect(words?.has('sint-baptist')).toBe(false);
  });

  it('loads the French list once, with its hyphenated compounds', async () => {
    const first = loadWordLists();
    expect(loadWordLists()).toBe(first);
    await first;
    const french = listedWords('fr');
    expect(french?.has('rencontre')).toBe(true);
    expect(french?.has('petit-fils')).toBe(true);
    expect(french?.has('soeur')).toBe(true);
  }, 60_000); // the 4.5 MB list through Vite's transform takes seconds on a busy machine
});
