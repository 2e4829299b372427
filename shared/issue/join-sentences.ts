/**
 * A sentence cut by a jump (`…the watchman said he saw` / `smoke rising from the roof…`) is
 * one paragraph across the two parts: the first part's last paragraph ends no sentence, and
 * the continuation's first paragraph runs on (a lower-case start in Latin script; in Chinese,
 * the first part ends without a closing mark). Each join is a `rejoin-fragment` repair that
 * depends on the link: rejecting the link leaves both undone, rejecting the join alone keeps
 * the link and the two paragraphs.
 *
 * When it is wrong: a first part that ends on a heading-like line with no stop (`Votes cast:`
 * ends in a colon, which counts as an end) and a continuation that opens in lower case with
 * a new sentence (`e-mail` addresses, `iPhone`): rare, and the editor rejects the join.
 */
import type { Paragraph } from '../model/reconstruction';
import type { Repair, RepairId } from '../model/repair';
import { bodyParagraphs } from './find-jump-lines';
import type { ArticlePart, IssueArticle, JumpLink } from './issue';

/** Where an issue article's parts are joined: the last paragraph of part `after` runs on into the first of part `after + 1`. */
export interface PartJoin {
  readonly after: number;
  readonly repairId: RepairId;
  /** The joined paragraph's text. */
  readonly text: string;
}

const ENDS_SENTENCE = /[.!?:;…。！？；：”"’)\]）」』»]$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The text of `a` run on into `b`, or null when `a` ends a sentence or `b` starts one. */
function runOn(a: string, b: string): { text: string; hyphen: boolean } | null {
  const end = a.trimEnd();
  const start = b.trimStart();
  if (end === '' || start === '' || ENDS_SENTENCE.test(end)) return null;
  // Chinese ends a sentence with a closing mark; a comma (`，`) or a bare character runs on.
  if (CJK.test(end.slice(-2))) return CJK.test(start.charAt(0)) ? { text: `${end}${start}`, hyphen: false } : null;
  if (!/^\p{Ll}/u.test(start)) return null;
  // `fire-` / `men rushed`: the word was broken at the jump.
  if (/\p{L}-$/u.test(end)) return { text: `${end.slice(0, -1)}${start}`, hyphen: true };
  return { text: `${end} ${start}`, hyphen: false };
}

const last = <T>(xs: readonly T[]): T | undefined => xs[xs.length - 1];

function joinRepair(link: JumpLink, from: ArticlePart, to: ArticlePart, a: Paragraph, b: Paragraph, joined: { text: string; hyphen: boolean }): Repair {
  const aLine = last(a.lineIds) ?? '';
  const bLine = b.lineIds[0] ?? '';
  const cjk = CJK.test(a.text.slice(-2));
  // A few words either side of the cut; Chinese sets no spaces, so a few characters.
  const tail = cjk ? a.text.trimEnd().slice(-10) : a.text.trimEnd().split(/\s+/u).slice(-4).join(' ');
  const head = cjk ? b.text.trimStart().slice(0, 10) : b.text.trimStart().split(/\s+/u).slice(0, 4).join(' ');
  return {
    id: `linkJumps/join-sentence:${from.pageId}:${aLine}->${to.pageId}:${bLine}`,
    pass: 'linkJumps',
    kind: 'rejoin-fragment',
    reason: `Joined the paragraph that ends page ${from.pageNumber}'s part (“…${tail}”) to the one that opens its continuation on page ${to.pageNumber} (“${head}…”): the sentence runs on over the jump (${joined.hyphen ? 'a word broken with a hyphen' : cjk ? 'no closing mark before the jump' : 'no stop before the jump, a lower-case start after it'}).`,
    confidence: joined.hyphen ? 0.75 : 0.85,
    lineIds: [aLine, bLine].filter((id) => id !== ''),
    before: `${a.text} ¶ ${b.text}`,
    after: joined.text,
    dependsOn: [link.repairId],
    evidence: { fromPage: from.pageId, toPage: to.pageId, hyphen: joined.hyphen },
  };
}

/** The joins of every issue article whose parts cut a sentence; `rejected` ones are left undone and kept as declined. */
export function joinSentences(articles: readonly IssueArticle[], links: readonly JumpLink[], rejected: ReadonlySet<RepairId>): { joins: Map<string, PartJoin[]>; repairs: Repair[]; declined: Repair[] } {
  const joins = new Map<string, PartJoin[]>();
  const repairs: Repair[] = [];
  const declined: Repair[] = [];
  const linkOf = new Map(links.map((l) => [`${l.from.pageId}:${l.from.articleId}`, l]));
  for (const article of articles) {
    for (let i = 0; i + 1 < article.parts.length; i++) {
      const from = article.parts[i] as ArticlePart;
      const to = article.parts[i + 1] as ArticlePart;
      const link = linkOf.get(`${from.pageId}:${from.article.id}`);
      const a = last(bodyParagraphs(from));
      const b = bodyParagraphs(to)[0];
      if (link === undefined || a === undefined || b === undefined) continue;
      const joined = runOn(a.text, b.text);
      if (joined === null) continue;
      const repair = joinRepair(link, from, to, a, b, joined);
      if (rejected.has(repair.id)) {
        declined.push(repair);
        continue;
      }
      repairs.push(repair);
      joins.set(article.id, [...(joins.get(article.id) ?? []), { after: i, repairId: repair.id, text: joined.text }]);
    }
  }
  return { joins, repairs, declined };
}

/** Each part's body paragraphs' texts, with the joins applied: a joined paragraph is printed once, in the earlier part. */
export function joinedPartTexts(article: IssueArticle): string[][] {
  const texts = article.parts.map((part) => bodyParagraphs(part).map((p) => p.text));
  for (const join of article.joins) {
    const before = texts[join.after];
    const after = texts[join.after + 1];
    if (before === undefined || after === undefined || before.length === 0 || after.length === 0) continue;
    before[before.length - 1] = join.text;
    after.shift();
  }
  return texts;
}
