/**
 * joinHyphenated — example pairs: the two lines (and the page where it matters) → the joined
 * text, the repair's kind and the evidence its reason names, one line each.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, joinHyphenated } from '../../../shared/text/line-end-hyphen';

const IDS = ['L1', 'L2'];
const FR = 'que la chose est dans le cas et que les gens sont pour le moment';
const DE = 'hat sich mit der Frage und nicht auf die Sache bei';

/** [before, after, page lines or null, joined text, kind, words the reason must hold] */
type Example = readonly [string, string, readonly string[] | null, string, 'dehyphenate' | 'keep-hyphen', string];

const examples: readonly Example[] = [
  ['the recon-', 'struction of the bridge', null, 'the reconstruction of the bridge', 'dehyphenate', '“reconstruction” is in the word list'],
  ['the recon-', 'struction began', ['Reconstruction at last.', 'the reconstruction plan', 'a reconstruction', 'the recon-', 'struction began'], 'the reconstruction began', 'dehyphenate', '“reconstruction” occurs 3× on this page'],
  ['a well-', 'known man', ['He is a well-known man.', 'a well-', 'known man'], 'a well-known man', 'keep-hyphen', 'the page prints “well-known” on one line elsewhere'],
  ['a well-', 'known man', null, 'a well-known man', 'keep-hyphen', '“well” and “known” are words of their own'],
  ['the war of 1914-', '1918 ended', null, 'the war of 1914-1918 ended', 'keep-hyphen', 'a hyphen next to a figure'],
  ['the recon¬', 'struction', null, 'the reconstruction', 'dehyphenate', '“¬” only marks a line-end break'],
  ['a well¬', 'known man', ['He is a well-known man.'], 'a wellknown man', 'dehyphenate', '“¬” only marks a line-end break'],
  ['the recon\u00AD', 'struction', null, 'the reconstruction', 'dehyphenate', 'only marks a line-end break'],
  ['Cross-', 'sectional studies show', null, 'Cross-sectional studies show', 'keep-hyphen', '“cross” and “sectional” are words of their own'],
  ['The results differ. Cross-', 'sectional studies', null, 'The results differ. Cross-sectional studies', 'keep-hyphen', '“crosssectional” is not in the word list'],
  ['of self-', 'reliance and thrift', null, 'of self-reliance and thrift', 'keep-hyphen', '“self” and “reliance” are words of their own'],
  ['the Anglo-', 'Saxon kings', null, 'the Anglo-Saxon kings', 'keep-hyphen', 'the next line goes on with a capital'],
  ['Queen Vic-', 'toria reigned', null, 'Queen Victoria reigned', 'dehyphenate', 'neither “vic” nor “toria” is a word'],
  ['said Mr. Mac-', 'Donald to them', ['Mr. MacDonald was there.', 'said Mr. Mac-', 'Donald to them'], 'said Mr. MacDonald to them', 'dehyphenate', '“macdonald” occurs 1× on this page'],
  ['said Mr. Mac-', 'Donald to them', null, 'said Mr. Mac-Donald to them', 'keep-hyphen', 'the next line goes on with a capital'],
  ['by Richard Kirk-', 'land and others', null, 'by Richard Kirkland and others', 'dehyphenate', 'a hyphenation point of “kirkland”'],
  // A page that names `Mr. Kirk` does not use `kirk` as a word; one that prints `the old kirk` does.
  ['by Richard Kirk-', 'land and others', ['Mr. Kirk spoke.', 'Then Kirk left.', 'by Richard Kirk-', 'land and others'], 'by Richard Kirkland and others', 'dehyphenate', 'a hyphenation point of “kirkland”'],
  ['by Richard Kirk-', 'land and others', ['the old kirk stood', 'by Richard Kirk-', 'land and others'], 'by Richard Kirk-land and others', 'keep-hyphen', '“kirk” and “land” are words of their own'],
  ['of one thous-', 'and men', null, 'of one thousand men', 'dehyphenate', '“thousand” is in the word list'],
  ['the pre-', 'and post-war years', null, 'the pre- and post-war years', 'keep-hyphen', 'shares the end of the compound'],
  ['the Pkil*-', 'd< of it', null, 'the Pkil*d< of it', 'dehyphenate', 'ends in OCR noise'],
  [`il est peut-`, `être vrai ${FR}`, null, `il est peut-être vrai ${FR}`, 'keep-hyphen', 'French breaks no word before a vowel'],
  [`Pourquoi, dit-`, `on, ${FR}`, null, `Pourquoi, dit-on, ${FR}`, 'keep-hyphen', 'French breaks no word before a vowel'],
  [`c'est pour-`, `tant vrai ${FR}`, null, `c'est pourtant vrai ${FR}`, 'dehyphenate', 'a hyphenation point of “pourtant”'],
  [`die Regie-`, `rung ${DE}`, null, `die Regierung ${DE}`, 'dehyphenate', 'a hyphenation point of “regierung”'],
  [`nach Schleswig-`, `Holstein ${DE}`, null, `nach Schleswig-Holstein ${DE}`, 'keep-hyphen', 'the next line goes on with a capital'],
  [`die Ost-`, `und Westpreußen ${DE}`, null, `die Ost- und Westpreußen ${DE}`, 'keep-hyphen', 'shares the end of the compound'],
  ['De bemanning zag de beman-', 'ning van de boot en het schip', null, 'De bemanning zag de bemanning van de boot en het schip', 'dehyphenate', '“bemanning” occurs 1× on this page'],
];

describe('joinHyphenated', () => {
  for (const [before, after, page, text, kind, says] of examples) {
    it(`${JSON.stringify(before)} + ${JSON.stringify(after)} → ${JSON.stringify(text)} (${kind}: ${says})`, () => {
      const result = joinHyphenated(before, after, IDS, page ? buildLexicon(page) : undefined);
      expect(result?.text).toBe(text);
      expect(result?.repair.kind).toBe(kind);
      expect(result?.repair.reason).toContain(says);
    });
  }

  it('returns null when the line does not end on a hyphenated word', () => {
    expect(joinHyphenated('no hyphen', 'here', IDS)).toBeNull();
    expect(joinHyphenated('to face -', 'and remember', IDS)).toBeNull(); // a dash
    expect(joinHyphenated('to face--', 'and remember', IDS)).toBeNull();
    expect(joinHyphenated('a well-', '"known" man', IDS)).toBeNull();
    expect(joinHyphenated('the U.S.-', 'Mexico border', IDS)).toBeNull();
  });

  it('records the repair an editor reads: pass, lines, before and after, the other reading, evidence', () => {
    const result = joinHyphenated('the recon-', 'struction of the bridge', ['L4', 'L5']);
    expect(result?.repair.id).toMatch(/dehyphenate:L4-L5$/u);
    expect(result?.repair).toMatchObject({
      pass: 'joinColumnLines',
      kind: 'dehyphenate',
      lineIds: ['L4', 'L5'],
      before: 'recon-\nstruction',
      after: 'reconstruction',
      evidence: { mark: '-', language: 'en', inWordList: true, joinedOnPage: 0, compoundOnPage: 0, legalBreak: true },
    });
    expect(result?.repair.reason).toMatch(/^Re-joined “recon-” \+ “struction” as “reconstruction”: .+\.$/u);
    expect(result?.alternative).toBe('the recon-struction of the bridge');
    const kept = joinHyphenated('a well-', 'known man', ['L7', 'L8']);
    expect(kept?.repair.id).toMatch(/keep-hyphen:L7-L8$/u);
    expect(kept?.repair).toMatchObject({ before: 'well-\nknown', after: 'well-known' });
    expect(kept?.repair.reason).toMatch(/^Kept the hyphen in “well-known”: .+\.$/u);
    expect(kept?.alternative).toBe('a wellknown man');
  });

  it('is surer with stronger evidence', () => {
    const confidence = (before: string, after: string, page?: readonly string[]) => joinHyphenated(before, after, IDS, page && buildLexicon(page))?.repair.confidence ?? 0;
    expect(confidence('the recon¬', 'struction')).toBeGreaterThan(0.95);
    expect(confidence('the recon-', 'struction', ['reconstruction', 'reconstruction'])).toBeGreaterThan(confidence('the recon-', 'struction'));
    expect(confidence('a well-', 'known', ['a well-known man'])).toBeGreaterThan(confidence('a well-', 'known'));
    expect(confidence('the Pkil*-', 'd<')).toBeLessThan(0.6);
  });

  it('is deterministic: the same lines give the same text and repair', () => {
    const page = ['The reconstruction of the bridge', 'a well-known man', 'the recon-', 'struction'];
    const run = () => [
      joinHyphenated('the recon-', 'struction', IDS, buildLexicon(page)),
      joinHyphenated('a well-', 'known man', IDS, buildLexicon(page)),
      joinHyphenated('il est peut-', `être vrai ${FR}`, IDS),
    ];
    expect(run()).toEqual(run());
  });
});
