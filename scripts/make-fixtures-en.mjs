#!/usr/bin/env node
// Sets six English test pages the way narrow newspaper columns and an OCR/layout tool leave
// them, and writes each page's ground truth (GT-SPEC shape) from the unbroken source text, so
// the truth is exact by construction.
//
//   node scripts/make-fixtures-en.mjs      (writes tests/fixtures/en/*.txt and *.gt.json)
//
// Each page exercises one layout phenomenon or a mix (tests/fixtures/en/README.md):
//   en-01  narrow columns (24–32 chars), paragraphs marked by an indent only, no blank lines;
//          real compounds (`well-known`, `self-reliance`, `1914-1918`) broken at their hyphen
//   en-02  blank lines between paragraphs, no indent
//   en-03  interleaved articles, one paragraph cut mid-sentence at a column end
//   en-04  every headline printed at the end of the page, in another order
//   en-05  running head, two-line headline with a deck, byline, dateline, caption, jump lines
//   en-06  double-spaced: a blank line after every printed line
//
// Body words are hyphenated with Liang's algorithm (TeX's en-us patterns from the `hyphen`
// package) where a word does not fit; a real compound may break after its own hyphen, and
// then the hyphen that ends the line belongs to the word. Column widths and the order of the
// orphaned headlines come from a seeded PRNG (mulberry32), so a re-run writes the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { setParagraph, setRagged } from './typeset.mjs';

const OUT = new URL('../tests/fixtures/en/', import.meta.url);
const SEED = 0x6a11e7;
/** TeX's \lefthyphenmin and \righthyphenmin for English. */

// ---------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rand, lo, hi) {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

function shuffle(rand, items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Setting type


/**
 * Headlines are set ragged in as few lines as the greedy setting takes, but balanced, as a
 * compositor would: `WHERE I LIVED, AND / WHAT I LIVED FOR`, not `… WHAT I LIVED / FOR`.
 */
function setHeadline(text, width) {
  const words = text.split(' ');
  const n = setRagged(text, width).length;
  // best[i][j]: the smallest longest line setting words[i..] in j lines, with where to break.
  const memo = new Map();
  const best = (i, j) => {
    const key = `${i},${j}`;
    if (memo.has(key)) return memo.get(key);
    let result = { longest: Infinity, breaks: [] };
    if (j === 1) {
      const line = words.slice(i).join(' ');
      if (line.length <= width) result = { longest: line.length, breaks: [] };
    } else {
      for (let k = i + 1; k <= words.length - (j - 1); k++) {
        const line = words.slice(i, k).join(' ');
        if (line.length > width) break;
        const rest = best(k, j - 1);
        const longest = Math.max(line.length, rest.longest);
        if (longest < result.longest) result = { longest, breaks: [k, ...rest.breaks] };
      }
    }
    memo.set(key, result);
    return result;
  };
  const { breaks } = best(0, n);
  const cuts = [0, ...breaks, words.length];
  return cuts.slice(1).map((end, i) => words.slice(cuts[i], end).join(' '));
}

/**
 * The first `k` lines of a set paragraph, where `k` is the first line from `from` on that
 * ends between two words and inside a sentence: where a column may end mid-sentence.
 */
function cutPoint(text, set, from) {
  for (let k = Math.max(1, from); k < set.lines.length; k++) {
    const line = set.lines[k - 1];
    const before = text.slice(0, set.ends[k - 1]);
    if (!line.endsWith('-') && !/[.!?:;,"')]$/u.test(before)) return k;
  }
  throw new Error(`no mid-sentence line end in "${text.slice(0, 40)}…"`);
}

// ---------------------------------------------------------------------------------------
// The texts. Sources and licence: tests/fixtures/en/README.md. Sentences marked WRITTEN
// were written for the fixtures (datelines, framing sentences, captions), in period style.

const EMERSON = {
  headline: 'MR. EMERSON ON SELF-RELIANCE',
  paragraphs: [
    // WRITTEN
    'The well-known lecturer of Concord, Mr. Ralph Waldo Emerson, has gathered twelve of his lectures into a volume of Essays. From the second, on self-reliance, we take the following passages:',
    'I read the other day some verses written by an eminent painter which were original and not conventional. The soul always hears an admonition in such lines, let the subject be what it may. The sentiment they instil is of more value than any thought they may contain. To believe your own thought, to believe that what is true for you in your private heart is true for all men,—that is genius. Speak your latent conviction, and it shall be the universal sense; for the inmost in due time becomes the outmost,—and our first thought is rendered back to us by the trumpets of the Last Judgment.',
    'Trust thyself: every heart vibrates to that iron string. Accept the place the divine providence has found for you, the society of your contemporaries, the connection of events. Great men have always done so, and confided themselves childlike to the genius of their age, betraying their perception that the absolutely trustworthy was seated at their heart, working through their hands, predominating in all their being.',
    'A foolish consistency is the hobgoblin of little minds, adored by little statesmen and philosophers and divines. With consistency a great soul has simply nothing to do. He may as well concern himself with his shadow on the wall. Speak what you think now in hard words, and to-morrow speak what to-morrow thinks in hard words again, though it contradict every thing you said to-day.',
    'And so the reliance on Property, including the reliance on governments which protect it, is the want of self-reliance. Men have looked away from themselves and at things so long, that they have come to esteem the religious, learned, and civil institutions as guards of property, and they deprecate assaults on these, because they feel them to be assaults on property.',
    'Nothing can bring you peace but yourself. Nothing can bring you peace but the triumph of principles.',
  ],
};

// WRITTEN: a local news item, so that a year range stands in body text.
const TABLET = {
  headline: 'PARISH HONORS ITS DEAD',
  paragraphs: [
    "A bronze tablet bearing the names of the forty-one men of this parish who fell in the war of 1914-1918 was unveiled yesterday afternoon in the porch of St. Mark's Church.",
    'The rector read the names, and the Governor, who served in France with the regiment, laid a wreath beneath them. The tablet was cast by a well-known firm of Boston founders and was paid for by the subscriptions of the parish, no gift being larger than five dollars.',
  ],
};

const SECOND_INAUGURAL = {
  headline: "THE PRESIDENT'S SECOND INAUGURAL",
  paragraphs: [
    // WRITTEN
    'WASHINGTON, March 4 — The President took the oath of office for the second time at noon to-day on the east portico of the Capitol, and then read his address, as follows:',
    'Fellow-Countrymen: At this second appearing to take the oath of the Presidential office there is less occasion for an extended address than there was at the first. Then a statement somewhat in detail of a course to be pursued seemed fitting and proper. Now, at the expiration of four years, during which public declarations have been constantly called forth on every point and phase of the great contest which still absorbs the attention and engrosses the energies of the nation, little that is new could be presented. The progress of our arms, upon which all else chiefly depends, is as well known to the public as to myself, and it is, I trust, reasonably satisfactory and encouraging to all. With high hope for the future, no prediction in regard to it is ventured.',
    'On the occasion corresponding to this four years ago all thoughts were anxiously directed to an impending civil war. All dreaded it, all sought to avert it. While the inaugural address was being delivered from this place, devoted altogether to saving the Union without war, insurgent agents were in the city seeking to destroy it without war—seeking to dissolve the Union and divide effects by negotiation. Both parties deprecated war, but one of them would make war rather than let the nation survive, and the other would accept war rather than let it perish, and the war came.',
    "With malice toward none, with charity for all, with firmness in the right as God gives us to see the right, let us strive on to finish the work we are in, to bind up the nation's wounds, to care for him who shall have borne the battle and for his widow and his orphan, to do all which may achieve and cherish a just and lasting peace among ourselves and with all nations.",
  ],
};

const HOUSE_DIVIDED = {
  headline: 'A HOUSE DIVIDED',
  paragraphs: [
    // WRITTEN
    'SPRINGFIELD, Ill., June 16 — Mr. Lincoln, accepting the nomination of the Republican State Convention for the Senate, spoke in the Hall of Representatives this evening. He began:',
    'Mr. President and Gentlemen of the Convention: If we could first know where we are, and whither we are tending, we could then better judge what to do, and how to do it.',
    'We are now far into the fifth year, since a policy was initiated, with the avowed object, and confident promise, of putting an end to slavery agitation. Under the operation of that policy, that agitation has not only, not ceased, but has constantly augmented. In my opinion, it will not cease, until a crisis shall have been reached, and passed.',
    '"A house divided against itself cannot stand." I believe this government cannot endure, permanently half slave and half free. I do not expect the Union to be dissolved—I do not expect the house to fall—but I do expect it will cease to be divided. It will become all one thing or all the other.',
  ],
};

const ANTHONY = {
  headline: 'MISS ANTHONY ON HER INDICTMENT',
  paragraphs: [
    'Friends and fellow-citizens: I stand before you to-night under indictment for the alleged crime of having voted at the last presidential election, without having a lawful right to vote. It shall be my work this evening to prove to you that in thus voting, I not only committed no crime, but, instead, simply exercised my citizen\'s rights, guaranteed to me and all United States citizens by the National Constitution, beyond the power of any state to deny.',
    'The preamble of the Federal Constitution says:',
    '"We, the people of the United States, in order to form a more perfect union, establish justice, insure domestic tranquillity, provide for the common defence, promote the general welfare, and secure the blessings of liberty to ourselves and our posterity, do ordain and establish this Constitution for the United States of America."',
    'It was we, the people; not we, the white male citizens; nor yet we, the male citizens; but we, the whole people, who formed the Union. And we formed it, not to give the blessings of liberty, but to secure them; not to the half of ourselves and the half of our posterity, but to the whole people—women as well as men.',
  ],
};

const WAR_MESSAGE = {
  headline: 'PRESIDENT ASKS CONGRESS TO DECLARE WAR',
  paragraphs: [
    // WRITTEN
    'WASHINGTON, April 2 — The President appeared before the two Houses of Congress in joint session at half past eight o\'clock to-night and asked them to declare that a state of war exists with the German Government. He said in part:',
    'We are glad, now that we see the facts with no veil of false pretence about them, to fight thus for the ultimate peace of the world and for the liberation of its peoples, the German peoples included: for the rights of nations great and small and the privilege of men everywhere to choose their way of life and of obedience. The world must be made safe for democracy. Its peace must be planted upon the tested foundations of political liberty.',
    'It is a distressing and oppressive duty, Gentlemen of the Congress, which I have performed in thus addressing you. There are, it may be, many months of fiery trial and sacrifice ahead of us. It is a fearful thing to lead this great peaceful people into war, into the most terrible and disastrous of all wars, civilization itself seeming to be in the balance. But the right is more precious than peace, and we shall fight for the things which we have always carried nearest our hearts,—for democracy, for the right of those who submit to authority to have a voice in their own Governments, for the rights and liberties of small nations, for a universal dominion of right by such a concert of free peoples as shall bring peace and safety to all nations and make the world itself at last free.',
    'To such a task we can dedicate our lives and our fortunes, everything that we are and everything that we have, with the pride of those who know that the day has come when America is privileged to spend her blood and her might for the principles that gave her birth and happiness and the peace which she has treasured. God helping her, she can do no other.',
  ],
};

const ARENA = {
  headline: 'THE MAN IN THE ARENA',
  paragraphs: [
    // WRITTEN
    'PARIS, April 23 — Col. Theodore Roosevelt spoke at the Sorbonne this afternoon before a great audience on "Citizenship in a Republic." The passage most applauded was this:',
    'It is not the critic who counts; not the man who points out how the strong man stumbles, or where the doer of deeds could have done them better. The credit belongs to the man who is actually in the arena, whose face is marred by dust and sweat and blood; who strives valiantly; who errs, who comes short again and again, because there is no effort without error and shortcoming; but who does actually strive to do the deeds; who knows great enthusiasms, the great devotions; who spends himself in a worthy cause; who at the best knows in the end the triumph of high achievement, and who at the worst, if he fails, at least fails while daring greatly, so that his place shall never be with those cold and timid souls who neither know victory nor defeat.',
  ],
};

const CIVIL_GOVERNMENT = {
  headline: 'RESISTANCE TO CIVIL GOVERNMENT',
  paragraphs: [
    'I heartily accept the motto,—"That government is best which governs least;" and I should like to see it acted up to more rapidly and systematically. Carried out, it finally amounts to this, which also I believe,—"That government is best which governs not at all;" and when men are prepared for it, that will be the kind of government which they will have. Government is at best but an expedient; but most governments are usually, and all governments are sometimes, inexpedient.',
    'The objections which have been brought against a standing army, and they are many and weighty, and deserve to prevail, may also at last be brought against a standing government. The standing army is only an arm of the standing government. The government itself, which is only the mode which the people have chosen to execute their will, is equally liable to be abused and perverted before the people can act through it.',
    'But, to speak practically and as a citizen, unlike those who call themselves no-government men, I ask for, not at once no government, but at once a better government. Let every man make known what kind of government would command his respect, and that will be one step toward obtaining it.',
  ],
};

const CHIEF_JOSEPH = {
  headline: 'CHIEF JOSEPH SURRENDERS',
  paragraphs: [
    // WRITTEN
    'BEAR PAW MOUNTAINS, Mont., Oct. 5 — Chief Joseph of the Nez Perces surrendered to General Miles to-day. His answer, carried to General Howard by a messenger, was as follows:',
    'Tell General Howard I know his heart. What he told me before, I have it in my heart. I am tired of fighting. Our chiefs are killed. Looking Glass is dead. Too-hul-hul-sote is dead. The old men are all dead. It is the young men who say yes or no. He who led on the young men is dead. It is cold, and we have no blankets. The little children are freezing to death. My people, some of them, have run away to the hills, and have no blankets, no food; no one knows where they are—perhaps freezing to death. I want to have time to look for my children and see how many of them I can find. Maybe I shall find them among the dead. Hear me, my chiefs! I am tired; my heart is sick and sad. From where the sun now stands I will fight no more forever.',
  ],
};

const FOURTEEN_POINTS = {
  headline: 'PRESIDENT STATES FOURTEEN TERMS OF A JUST PEACE',
  subheadline: 'Asks Open Covenants, Freedom of the Seas and a League of Nations',
  byline: 'By EDWARD T. HARLAN', // WRITTEN: an invented correspondent
  paragraphs: [
    // WRITTEN
    'WASHINGTON, Jan. 8 — President Wilson went before Congress at noon to-day and laid down the programme of the world\'s peace, which he said was "the only possible programme." The points follow in part:',
    'I. Open covenants of peace, openly arrived at, after which there shall be no private international understandings of any kind but diplomacy shall proceed always frankly and in the public view.',
    'II. Absolute freedom of navigation upon the seas, outside territorial waters, alike in peace and in war, except as the seas may be closed in whole or in part by international action for the enforcement of international covenants.',
    'III. The removal, so far as possible, of all economic barriers and the establishment of an equality of trade conditions among all the nations consenting to the peace and associating themselves for its maintenance.',
    'IV. Adequate guarantees given and taken that national armaments will be reduced to the lowest point consistent with domestic safety.',
    'V. A free, open-minded, and absolutely impartial adjustment of all colonial claims, based upon a strict observance of the principle that in determining all such questions of sovereignty the interests of the populations concerned must have equal weight with the equitable claims of the government whose title is to be determined.',
  ],
  // WRITTEN
  caption: 'The President reading his address to the two Houses in joint session. (Photo by Ledger Staff Photographer)',
  jump: 'Continued on Page 9',
};

const JEFFERSON = {
  headline: "JEFFERSON'S FIRST INAUGURAL",
  jump: 'Continued from Page 1',
  paragraphs: [
    // The page-1 part ended "Let us, then,"; this page begins mid-sentence.
    'fellow-citizens, unite with one heart and one mind. Let us restore to social intercourse that harmony and affection without which liberty and even life itself are but dreary things. And let us reflect that, having banished from our land that religious intolerance under which mankind so long bled and suffered, we have yet gained little if we countenance a political intolerance as despotic, as wicked, and capable of as bitter and bloody persecutions.',
    'But every difference of opinion is not a difference of principle. We have called by different names brethren of the same principle. We are all Republicans, we are all Federalists. If there be any among us who would wish to dissolve this Union or to change its republican form, let them stand undisturbed as monuments of the safety with which error of opinion may be tolerated where reason is left free to combat it.',
  ],
};

const BIXBY = {
  headline: 'THE PRESIDENT TO A MOTHER OF FIVE SONS',
  paragraphs: [
    // WRITTEN
    'BOSTON, Nov. 25 — The following letter from the President was delivered to-day to Mrs. Lydia Bixby of this city:',
    'Dear Madam,—I have been shown in the files of the War Department a statement of the Adjutant General of Massachusetts that you are the mother of five sons who have died gloriously on the field of battle. I feel how weak and fruitless must be any words of mine which should attempt to beguile you from the grief of a loss so overwhelming. But I cannot refrain from tendering you the consolation that may be found in the thanks of the Republic they died to save. I pray that our Heavenly Father may assuage the anguish of your bereavement, and leave you only the cherished memory of the loved and lost, and the solemn pride that must be yours to have laid so costly a sacrifice upon the altar of freedom.',
    'Yours, very sincerely and respectfully,',
    'A. LINCOLN.',
  ],
};

const WALDEN = {
  headline: 'WHERE I LIVED, AND WHAT I LIVED FOR',
  paragraphs: [
    'I went to the woods because I wished to live deliberately, to front only the essential facts of life, and see if I could not learn what it had to teach, and not, when I came to die, discover that I had not lived. I did not wish to live what was not life, living is so dear; nor did I wish to practise resignation, unless it was quite necessary. I wanted to live deep and suck out all the marrow of life, to live so sturdily and Spartan-like as to put to rout all that was not life, to cut a broad swath and shave close, to drive life into a corner, and reduce it to its lowest terms, and, if it proved to be mean, why then to get the whole and genuine meanness of it, and publish its meanness to the world; or if it were sublime, to know it by experience, and be able to give a true account of it in my next excursion.',
    'Still we live meanly, like ants; though the fable tells us that we were long ago changed into men; like pygmies we fight with cranes; it is error upon error, and clout upon clout, and our best virtue has for its occasion a superfluous and evitable wretchedness. Our life is frittered away by detail. An honest man has hardly need to count more than his ten fingers, or in extreme cases he may add his ten toes, and lump the rest. Simplicity, simplicity, simplicity!',
  ],
};

// ---------------------------------------------------------------------------------------
// Pages. Each builder gets column widths (one per article, drawn from the PRNG) and returns
// the printed blocks ({lines, gap}: blank lines before the block) and the ground truth.

function article(a, overrides = {}) {
  return {
    kicker: null,
    headline: a.headline,
    subheadline: a.subheadline ?? null,
    byline: a.byline ?? null,
    paragraphs: a.paragraphs,
    jumps: [],
    ...overrides,
  };
}

/** The last few words of a text, for a note. */
function tail(text) {
  return text.split(' ').slice(-5).join(' ');
}

/** All of an article's paragraphs set at `width`, each as one block. */
function paragraphBlocks(a, width, indent, gap) {
  return a.paragraphs.map((p) => ({ lines: setParagraph(p, width, indent).lines, gap }));
}

const PAGES = [
  {
    name: 'en-01-narrow-indent',
    exercises: 'narrow columns (24–32 characters) with Liang hyphenation; paragraphs marked by an indented first line only, no blank line anywhere; compounds `well-known`, `self-reliance`, `1914-1918` broken at their own hyphen',
    widths: [[24, 32], [24, 27]],
    mustBreak: ['well-known', 'self-reliance', '1914-1918'],
    build([w1, w2]) {
      const blocks = [
        { lines: setHeadline(EMERSON.headline, w1), gap: 0 },
        ...paragraphBlocks(EMERSON, w1, '  ', 0),
        { lines: setHeadline(TABLET.headline, w2), gap: 0 },
        ...paragraphBlocks(TABLET, w2, '  ', 0),
      ];
      return {
        blocks,
        articles: [article(EMERSON), article(TABLET)],
        other: [],
        notes: [
          'No blank line on the page: a paragraph starts at an indented line, a headline is a capitals line set ragged.',
          'The hyphen of SELF-RELIANCE in the first headline is printed and kept; headlines are never hyphenated at a line end.',
          'forty-one, self-reliance, to-morrow, well-known and 1914-1918 are real compounds: where they break at their own hyphen, the hyphen stays.',
        ],
      };
    },
  },
  {
    name: 'en-02-blank-lines',
    exercises: 'paragraphs separated by a blank line, no indent; last lines of paragraphs that fill the column; datelines',
    widths: [[30, 36], [30, 36]],
    build([w1, w2]) {
      const blocks = [
        { lines: setHeadline(SECOND_INAUGURAL.headline, w1), gap: 0 },
        ...paragraphBlocks(SECOND_INAUGURAL, w1, '', 1),
        { lines: setHeadline(HOUSE_DIVIDED.headline, w2), gap: 1 },
        ...paragraphBlocks(HOUSE_DIVIDED, w2, '', 1),
      ];
      return {
        blocks,
        articles: [article(SECOND_INAUGURAL), article(HOUSE_DIVIDED)],
        other: [],
        notes: [
          'No paragraph is indented: a blank line alone separates paragraphs, and a headline from its body.',
          'The dateline sentence (WASHINGTON, March 4 — …) opens the first paragraph and stays inside it.',
        ],
      };
    },
  },
  {
    name: 'en-03-interleaved',
    exercises: "interleaved articles: A's paragraphs printed between B's, one of A's paragraphs cut mid-sentence at a column end and continued after B's block",
    widths: [[28, 31], [32, 36]],
    build([wb, wa]) {
      const [b1, b2, b3, b4] = ANTHONY.paragraphs;
      const [a1, a2, a3, a4] = WAR_MESSAGE.paragraphs;
      const cut = setParagraph(a3, wa, '  ');
      const k = cutPoint(a3, cut, Math.floor(cut.lines.length / 2));
      const set = (p, w) => ({ lines: setParagraph(p, w, '  ').lines, gap: 1 });
      const blocks = [
        { lines: setHeadline(ANTHONY.headline, wb), gap: 0 },
        set(b1, wb),
        set(b2, wb),
        { lines: setHeadline(WAR_MESSAGE.headline, wa), gap: 1 },
        set(a1, wa),
        set(a2, wa),
        { lines: cut.lines.slice(0, k), gap: 1 },
        set(b3, wb),
        set(b4, wb),
        { lines: cut.lines.slice(k), gap: 1 },
        set(a4, wa),
      ];
      const printedCut = a3.slice(0, cut.ends[k - 1]);
      return {
        blocks,
        articles: [article(ANTHONY), article(WAR_MESSAGE)],
        other: [],
        notes: [
          "MISS ANTHONY ON HER INDICTMENT comes first: its first paragraph starts the page's body text. The war message's headline and first paragraphs are printed between its second and third paragraphs.",
          `The war message's third paragraph is cut at a column end after "…${tail(printedCut)}" and goes on after Miss Anthony's last paragraph; it is one paragraph.`,
          'The two articles are set to different measures (column widths), as neighbouring columns of different stories are.',
        ],
      };
    },
  },
  {
    name: 'en-04-headlines-moved',
    exercises: 'orphaned headlines: every headline printed together at the end of the page, in an order different from the articles; two blank lines between articles, one between paragraphs',
    widths: [[26, 34], [26, 34], [26, 34]],
    build(widths, rand) {
      const list = [ARENA, CIVIL_GOVERNMENT, CHIEF_JOSEPH];
      let order = [0, 1, 2];
      while (order.every((v, i) => v === i)) order = shuffle(rand, order);
      const blocks = [];
      list.forEach((a, i) => blocks.push(...paragraphBlocks(a, widths[i], '  ', 1).map((b, j) => (j === 0 ? { ...b, gap: i === 0 ? 0 : 2 } : b))));
      order.forEach((i, n) => blocks.push({ lines: setHeadline(list[i].headline, widths[i]), gap: n === 0 ? 2 : 1 }));
      return {
        blocks,
        articles: list.map((a) => article(a)),
        other: [],
        notes: [
          `The headlines are printed after all the body text, in the order ${order.map((i) => list[i].headline).join(' / ')}; each belongs to the article whose text it names.`,
          'RESISTANCE TO CIVIL GOVERNMENT has no dateline: only the wider gap (two blank lines) and the change of subject separate it from the article before it.',
        ],
      };
    },
  },
  {
    name: 'en-05-furniture',
    exercises: 'running head, two-line capitals headline with a title-case deck, byline, dateline, photo caption (Photo by …), jump lines Continued on Page 9 / Continued from Page 1, a compound in the body (open-minded)',
    widths: [[28, 32], [30, 34]],
    build([wa, wb]) {
      const header = '4 THE EVENING LEDGER, NEW YORK, TUESDAY, JANUARY 8, 1918';
      const paras = FOURTEEN_POINTS.paragraphs;
      const last = paras[paras.length - 1];
      const lastSet = setParagraph(last, wa, '  ');
      const k = cutPoint(last, lastSet, Math.floor(lastSet.lines.length / 2));
      const printedLast = last.slice(0, lastSet.ends[k - 1]);
      const set = (p, w) => ({ lines: setParagraph(p, w, '  ').lines, gap: 1 });
      const blocks = [
        { lines: [header], gap: 0 },
        { lines: setHeadline(FOURTEEN_POINTS.headline, wa), gap: 1 },
        { lines: setHeadline(FOURTEEN_POINTS.subheadline, wa), gap: 1 },
        { lines: [FOURTEEN_POINTS.byline], gap: 1 },
        set(paras[0], wa),
        { lines: setRagged(FOURTEEN_POINTS.caption, 2 * wa + 2), gap: 1 },
        ...paras.slice(1, -1).map((p) => set(p, wa)),
        { lines: lastSet.lines.slice(0, k), gap: 1 },
        { lines: [FOURTEEN_POINTS.jump], gap: 1 },
        { lines: setHeadline(JEFFERSON.headline, wb), gap: 2 },
        { lines: [JEFFERSON.jump], gap: 1 },
        ...JEFFERSON.paragraphs.map((p, i) => ({ lines: setParagraph(p, wb, i === 0 ? '' : '  ').lines, gap: 1 })),
      ];
      const headlineLines = setHeadline(FOURTEEN_POINTS.headline, wa).length;
      if (headlineLines !== 2) throw new Error(`the headline takes ${headlineLines} lines at ${wa}; it must take two`);
      return {
        blocks,
        articles: [
          article(FOURTEEN_POINTS, { paragraphs: [...paras.slice(0, -1), printedLast], jumps: [FOURTEEN_POINTS.jump] }),
          article(JEFFERSON, { jumps: [JEFFERSON.jump] }),
        ],
        other: [
          { kind: 'page-header', text: header },
          { kind: 'caption', text: FOURTEEN_POINTS.caption },
        ],
        notes: [
          'The two capitals lines PRESIDENT STATES FOURTEEN / TERMS OF A JUST PEACE are one headline; the title-case lines under them are its deck (subheadline).',
          `Point V is cut where the column ends ("…${tail(printedLast)}") and goes on on page 9 (Continued on Page 9): the paragraph ends mid-sentence as printed, the rest is not on this page.`,
          'The caption is set across two columns, between the dateline paragraph and point I; it is page-level (other), with its photo credit.',
          "JEFFERSON'S FIRST INAUGURAL is the continuation of an article from page 1: its first paragraph begins mid-sentence (fellow-citizens, …) and is not indented, as a continued column is not; the text before it is on page 1.",
        ],
      };
    },
  },
  {
    name: 'en-06-double-spaced',
    exercises: 'double-spaced page: a blank line after every printed line; paragraphs marked by indent only; letter closing and signature as paragraphs',
    widths: [[28, 34], [28, 34]],
    doubleSpaced: true,
    build([w1, w2]) {
      const blocks = [
        { lines: setHeadline(BIXBY.headline, w1), gap: 0 },
        ...BIXBY.paragraphs.map((p, i) => ({ lines: setParagraph(p, w1, i === 3 ? '          ' : '  ').lines, gap: 0 })),
        { lines: setHeadline(WALDEN.headline, w2), gap: 0 },
        ...paragraphBlocks(WALDEN, w2, '  ', 0),
      ];
      return {
        blocks,
        articles: [article(BIXBY), article(WALDEN)],
        other: [],
        notes: [
          'Every printed line is followed by one blank line, so blank lines say nothing about paragraphs: an indented line starts one.',
          'The letter closing (Yours, very sincerely and respectfully,) and the signature (A. LINCOLN.) are part of the printed letter: paragraphs of their own, not a byline.',
        ],
      };
    },
  },
];

// ---------------------------------------------------------------------------------------
// Writing and checking

function render(blocks, doubleSpaced) {
  const lines = [];
  for (const block of blocks) {
    if (lines.length > 0) for (let i = 0; i < block.gap; i++) lines.push('');
    lines.push(...block.lines);
  }
  const out = doubleSpaced ? lines.flatMap((l) => (l === '' ? [] : [l, ''])) : lines;
  if (doubleSpaced) out.pop();
  return `${out.join('\n')}\n`;
}

/** Compounds broken at their own hyphen in the printed lines (`self-` + `reliance`). */
function compoundBreaks(lines, truthText) {
  const printed = lines.filter((l) => l.trim() !== '');
  const found = [];
  printed.forEach((line, i) => {
    if (!line.endsWith('-')) return;
    const last = line.trim().split(' ').pop() ?? '';
    const next = printed[i + 1]?.trim().split(' ')[0] ?? '';
    const word = (last + next).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (truthText.includes(word) && word.includes('-')) found.push(word);
  });
  return found;
}

function countChars(s) {
  const counts = new Map();
  for (const ch of s) if (!/\s/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** Every printed character is in the truth once; only the hyphens of split words go. */
function checkAccounting(name, text, truthText, compounds) {
  const lines = text.split('\n');
  const printed = lines.filter((l) => l.trim() !== '');
  const splitWords = printed.filter((l) => l.endsWith('-')).length - compounds.length;
  const page = countChars(text);
  const gt = countChars(truthText);
  for (const ch of new Set([...page.keys(), ...gt.keys()])) {
    const expected = (gt.get(ch) ?? 0) + (ch === '-' ? splitWords : 0);
    if ((page.get(ch) ?? 0) !== expected) throw new Error(`${name}: "${ch}" ${page.get(ch) ?? 0} times on the page, ${expected} expected from the truth`);
  }
}

function truthStrings(truth) {
  return [
    ...truth.articles.flatMap((a) => [a.kicker, a.headline, a.subheadline, a.byline, ...a.paragraphs, ...a.jumps]),
    ...truth.other.map((o) => o.text),
  ].filter((s) => s !== null);
}

mkdirSync(OUT, { recursive: true });
const rand = mulberry32(SEED);
for (const spec of PAGES) {
  let made = null;
  for (let attempt = 0; attempt < 200 && made === null; attempt++) {
    const widths = spec.widths.map(([lo, hi]) => pick(rand, lo, hi));
    let built;
    try {
      built = spec.build(widths, rand);
    } catch (error) {
      if (attempt === 199) throw error;
      continue;
    }
    const text = render(built.blocks, spec.doubleSpaced === true);
    const truthText = truthStrings({ articles: built.articles, other: built.other }).join('\n');
    const compounds = compoundBreaks(text.split('\n'), truthText);
    if ((spec.mustBreak ?? []).every((w) => compounds.includes(w))) made = { widths, built, text, compounds };
  }
  if (made === null) throw new Error(`${spec.name}: no column widths put ${spec.mustBreak.join(', ')} at a line end`);
  const { widths, built, text, compounds } = made;
  const truth = {
    source: `${spec.name}.txt`,
    script: 'latin',
    articles: built.articles,
    other: built.other,
    notes: built.notes,
  };
  checkAccounting(spec.name, text, truthStrings(truth).join('\n'), compounds);
  const bodyWidths = text.split('\n').map((l) => l.length);
  writeFileSync(new URL(`${spec.name}.txt`, OUT), text);
  writeFileSync(new URL(`${spec.name}.gt.json`, OUT), `${JSON.stringify(truth, null, 2)}\n`);
  const hyphenEnds = text.split('\n').filter((l) => l.endsWith('-')).length;
  console.log(`${spec.name}.txt: ${text.split('\n').length - 1} lines (longest ${Math.max(...bodyWidths)}), widths ${widths.join('/')}, ${hyphenEnds} end in "-", compounds at a line end: ${compounds.join(', ') || 'none'}`);
}
