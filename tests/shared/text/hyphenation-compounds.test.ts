/**
 * Compounds the language writes with a hyphen, decided at a line end — made-up example pairs
 * in each language: the two lines → the joined text, the repair's kind, and the evidence its
 * reason names. The French word list is loaded first, as the CLI does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLexicon, joinHyphenated } from '../../../shared/text/line-end-hyphen';
import { loadWordLists } from '../../../shared/text/lexicon-words';

const IDS = ['L1', 'L2'];
// Enough function words for the language guess around the break.
const FR = 'que la chose est dans le cas et que les gens sont pour le moment';
const NL = 'het is niet dat hij op de boot van de stad werd gezien en ook niet door';

/** [before, after, page lines or null, joined text (start), kind, words the reason must hold] */
type Example = readonly [string, string, readonly string[] | null, string, 'dehyphenate' | 'keep-hyphen', string];

const examples: readonly Example[] = [
  // French: the word list writes the compound with its hyphen, or knows the solid word.
  ['Il est son petit-', `fils ${FR}`, null, 'Il est son petit-fils que', 'keep-hyphen', 'the word list writes “petit-fils” with its hyphen'],
  ['Il paya trente-', `cinq francs ${FR}`, null, 'Il paya trente-cinq francs', 'keep-hyphen', 'the word list writes “trente-cinq”'],
  ['Ce furent les meil-', `leurs amis ${FR}`, null, 'Ce furent les meilleurs amis', 'dehyphenate', '“meilleurs” is in the word list'],
  ['Il dit mer-', `ci et ${FR}`, null, 'Il dit merci et', 'dehyphenate', '“merci” is in the word list'],
  // French enclitics after a verb or a demonstrative.
  ['Que dites-', `vous ${FR}`, null, 'Que dites-vous que', 'keep-hyphen', '“vous” follows a verb or pronoun'],
  ['Ce soir-', `là, ${FR}`, null, 'Ce soir-là, que', 'keep-hyphen', '“là” follows a verb or pronoun'],
  // Prefixes that keep their hyphen before a word, and not before a syllable.
  ["On vit l'ex-", `ministre ${FR}`, null, "On vit l'ex-ministre que", 'keep-hyphen', '“ex-” is a prefix that keeps its hyphen'],
  ['the ex-', 'president said so', null, 'the ex-president said so', 'keep-hyphen', '“ex-” is a prefix that keeps its hyphen'],
  ['an ex-', 'cellent man', null, 'an excellent man', 'dehyphenate', '“excellent” is in the word list'],
  ['de oud-', `burgemeester ${NL}`, ['De burgemeester kwam.', 'de oud-', `burgemeester ${NL}`], 'de oud-burgemeester het', 'keep-hyphen', '“oud-” is a prefix'],
  // A chain of words: a linking word between two hyphens; a verb before its `-t-il` is no chain.
  ['his son-', 'in-law came', null, 'his son-in-law came', 'keep-hyphen', '“in” goes on with another hyphen'],
  ['Il impli-', `que-t-il ${FR}`, null, 'Il implique-t-il', 'dehyphenate', '“implique” is in the word list'],
  // The page's habit: it prints other compounds ending the same way.
  ['a house in Pitt-', 'street near', ['He lived in George-street, then King-street.', 'a house in Pitt-', 'street near'], 'a house in Pitt-street near', 'keep-hyphen', 'the page prints other compounds with “-street” (2×)'],
  ['a house in Pitt-', 'street near', null, 'a house in Pittstreet near', 'dehyphenate', 'is a hyphenation point of “pittstreet”'],
  // English gerund compounds of the period, spelled solid or not by the list today.
  ['sat in the dining-', 'room after supper', null, 'sat in the dining-room after', 'keep-hyphen', '“dining” is a gerund before a noun'],
  ['the whole king-', 'dom of Spain', null, 'the whole kingdom of', 'dehyphenate', '“kingdom” is in the word list'],
  ['het noord-', `elijk deel ${NL}`, ['In Noord-Holland en Noord-Brabant.', 'het noord-', `elijk deel ${NL}`], 'het noordelijk deel', 'dehyphenate', 'Re-joined “noord-” + “elijk”'],
  // German: the suspended compound keeps its hyphen and its space.
  ['die Ein-', 'und Ausfuhr hat sich mit der Frage und nicht auf die Sache', null, 'die Ein- und Ausfuhr', 'keep-hyphen', 'shares the end of the compound'],
  // The next line repeats the hyphen: a word's own hyphen, printed once.
  ['Où va-t-', `-il donc ${FR}`, null, 'Où va-t-il donc', 'keep-hyphen', 'the next line repeats it'],
  ['We met face-', '-to-face there', null, 'We met face-to-face there', 'keep-hyphen', 'the next line repeats it'],
];

describe('joinHyphenated, compounds of each language', () => {
  // Loading the 4.5 MB list through Vite's transform takes seconds on a busy machine.
  beforeAll(async () => {
    await loadWordLists();
  }, 60_000);
  for (const [before, after, page, text, kind, says] of examples) {
    it(`${JSON.stringify(before)} + ${JSON.stringify(after.split(' ')[0])} → ${kind} (${says})`, () => {
      const result = joinHyphenated(before, after, IDS, page ? buildLexicon(page) : undefined);
      expect(result?.text.startsWith(text)).toBe(true);
      expect(result?.repair.kind).toBe(kind);
      expect(result?.repair.reason).toContain(says);
    });
  }

  it('keeps the other reading as the alternative when the hyphen is repeated', () => {
    const result = joinHyphenated('Où va-t-', '-il donc', IDS);
    expect(result?.alternative).toBe('Où va-til donc');
  });
});
