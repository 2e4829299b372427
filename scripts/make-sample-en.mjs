#!/usr/bin/env node
// Sets the English sample page the way a narrow newspaper column and an OCR/layout tool
// would leave it, and writes its ground truth from the unbroken source text, so the truth is
// exact by construction.
//
//   node scripts/make-sample-en.mjs      (writes resources/samples/en-evening-gazette.txt
//                                         and resources/samples/en-evening-gazette.gt.json)
//
// Layout of the page text: a running head, then each article as blocks separated by one
// blank line: headline (wrapped, never hyphenated), deck, byline, then paragraphs whose first
// line is indented by two spaces. Body words are hyphenated with Liang's algorithm (TeX's
// en-us patterns from the `hyphen` package) where a word does not fit; a real compound
// (`battle-field`, `Ninety-fifth`, `to-day`) may break after its own hyphen, and then the
// hyphen that ends the line belongs to the word. Texts and their sources: resources/SAMPLE-SOURCES.md.
import { writeFileSync } from 'node:fs';
import { setParagraph, setRagged } from './typeset.mjs';

const NAME = 'en-evening-gazette';
const OUT = new URL('../resources/samples/', import.meta.url);
/** Column widths tried per article, in characters; each article keeps one width. */
const WIDTHS = [28, 29, 30, 31, 32, 33, 34];
const PREFERRED_WIDTH = 31;
const INDENT = '  ';
/** TeX's \lefthyphenmin and \righthyphenmin for English. */

const PAGE = {
  header: 'THE EVENING GAZETTE',
  articles: [
    {
      headline: 'IS THERE A SANTA CLAUS?',
      byline: 'By FRANCIS P. CHURCH',
      paragraphs: [
        'We take pleasure in answering at once and thus prominently the communication below, expressing at the same time our great gratification that its faithful author is numbered among the friends of The Sun:',
        "Dear Editor: I am 8 years old. Some of my little friends say there is no Santa Claus. Papa says 'If you see it in The Sun it's so.' Please tell me the truth; is there a Santa Claus?",
        "VIRGINIA O'HANLON.",
        '115 West Ninety-fifth Street.',
        "Virginia, your little friends are wrong. They have been affected by the skepticism of a skeptical age. They do not believe except they see. They think that nothing can be which is not comprehensible by their little minds. All minds, Virginia, whether they be men's or children's, are little. In this great universe of ours man is a mere insect, an ant, in his intellect, as compared with the boundless world about him, as measured by the intelligence capable of grasping the whole of truth and knowledge.",
        'Yes, Virginia, there is a Santa Claus. He exists as certainly as love and generosity and devotion exist, and you know that they abound and give to your life its highest beauty and joy. Alas! how dreary would be the world if there were no Santa Claus. It would be as dreary as if there were no Virginias. There would be no childlike faith then, no poetry, no romance to make tolerable this existence. We should have no enjoyment, except in sense and sight. The eternal light with which childhood fills the world would be extinguished.',
        "Not believe in Santa Claus! You might as well not believe in fairies! You might get your papa to hire men to watch in all the chimneys on Christmas Eve to catch Santa Claus, but even if they did not see Santa Claus coming down, what would that prove? Nobody sees Santa Claus, but that is no sign that there is no Santa Claus. The most real things in the world are those that neither children nor men can see. Did you ever see fairies dancing on the lawn? Of course not, but that's no proof that they are not there. Nobody can conceive or imagine all the wonders there are unseen and unseeable in the world.",
        "You may tear apart the baby's rattle and see what makes the noise inside, but there is a veil covering the unseen world which not the strongest man, nor even the united strength of all the strongest men that ever lived, could tear apart. Only faith, fancy, poetry, love, romance, can push aside that curtain and view and picture the supernal beauty and glory beyond. Is it all real? Ah, Virginia, in all this world there is nothing else real and abiding.",
        'No Santa Claus! Thank God! he lives, and he lives forever. A thousand years from now, Virginia, nay, ten times ten thousand years from now, he will continue to make glad the heart of childhood.',
      ],
    },
    {
      headline: 'THE PRESIDENT AT GETTYSBURG',
      subheadline: "Dedication of the Soldiers' National Cemetery",
      paragraphs: [
        "GETTYSBURG, Pa., Nov. 19 — At the consecration of the Soldiers' National Cemetery here to-day the President spoke as follows:",
        'Four score and seven years ago our fathers brought forth on this continent, a new nation, conceived in Liberty, and dedicated to the proposition that all men are created equal.',
        'Now we are engaged in a great civil war, testing whether that nation, or any nation so conceived and so dedicated, can long endure. We are met on a great battle-field of that war. We have come to dedicate a portion of that field, as a final resting place for those who here gave their lives that that nation might live. It is altogether fitting and proper that we should do this.',
        'But, in a larger sense, we can not dedicate—we can not consecrate—we can not hallow—this ground. The brave men, living and dead, who struggled here, have consecrated it, far above our poor power to add or detract. The world will little note, nor long remember what we say here, but it can never forget what they did here. It is for us the living, rather, to be dedicated here to the unfinished work which they who fought here have thus far so nobly advanced. It is rather for us to be here dedicated to the great task remaining before us—that from these honored dead we take increased devotion to that cause for which they gave the last full measure of devotion—that we here highly resolve that these dead shall not have died in vain—that this nation, under God, shall have a new birth of freedom—and that government of the people, by the people, for the people, shall not perish from the earth.',
      ],
    },
    {
      headline: 'THE DECLARATION OF INDEPENDENCE',
      paragraphs: [
        'PHILADELPHIA, July 4 — The Congress to-day agreed to a Declaration by the Representatives of the United States, which opens as follows:',
        "When in the Course of human events, it becomes necessary for one people to dissolve the political bands which have connected them with another, and to assume among the powers of the earth, the separate and equal station to which the Laws of Nature and of Nature's God entitle them, a decent respect to the opinions of mankind requires that they should declare the causes which impel them to the separation.",
        'We hold these truths to be self-evident, that all men are created equal, that they are endowed by their Creator with certain unalienable Rights, that among these are Life, Liberty and the pursuit of Happiness.',
      ],
    },
  ],
};


function setArticle(article, width) {
  const blocks = [setRagged(article.headline, width)];
  if (article.subheadline) blocks.push(setRagged(article.subheadline, width));
  if (article.byline) blocks.push([article.byline]);
  let compoundBreaks = 0;
  for (const paragraph of article.paragraphs) {
    const set = setParagraph(paragraph, width, INDENT);
    blocks.push(set.lines);
    compoundBreaks += set.compoundBreaks;
  }
  return { blocks, compoundBreaks, width };
}

/** The width that puts the most compounds at a line end (then the one nearest 31). */
function bestSetting(article) {
  const settings = WIDTHS.map((width) => setArticle(article, width));
  settings.sort((a, b) => b.compoundBreaks - a.compoundBreaks || Math.abs(a.width - PREFERRED_WIDTH) - Math.abs(b.width - PREFERRED_WIDTH) || a.width - b.width);
  return settings[0];
}

const settings = PAGE.articles.map(bestSetting);
const blocks = [[PAGE.header], ...settings.flatMap((s) => s.blocks)];
const text = `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;

const compoundBreaks = settings.reduce((n, s) => n + s.compoundBreaks, 0);
if (compoundBreaks < 2) throw new Error(`only ${compoundBreaks} compound(s) fall at a line end; the sample needs two`);

const truth = {
  source: `${NAME}.txt`,
  script: 'latin',
  articles: PAGE.articles.map((a) => ({
    kicker: null,
    headline: a.headline,
    subheadline: a.subheadline ?? null,
    byline: a.byline ?? null,
    paragraphs: a.paragraphs,
    jumps: [],
  })),
  other: [{ kind: 'page-header', text: PAGE.header }],
};

writeFileSync(new URL(`${NAME}.txt`, OUT), text);
writeFileSync(new URL(`${NAME}.gt.json`, OUT), `${JSON.stringify(truth, null, 2)}\n`);

const lines = text.split('\n').slice(0, -1);
const hyphenEnds = lines.filter((l) => l.endsWith('-')).length;
const compounds = lines.filter((l, i) => {
  const next = lines[i + 1]?.trim().split(' ')[0] ?? '';
  const last = l.trim().split(' ').pop() ?? '';
  return l.endsWith('-') && PAGE.articles.some((a) => a.paragraphs.some((p) => p.includes(`${last}${next}`)));
});
console.log(`${NAME}.txt: ${lines.length} lines, widths ${settings.map((s) => s.width).join('/')}, ${hyphenEnds} end in "-", ${compoundBreaks} inside a compound: ${compounds.map((l) => l.trim().split(' ').pop()).join(', ')}`);
