import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, expectWhole, findRepair, otherOf, page, rejecting, repairsOf } from './examples';

const PASS = 'groupArticles';

/** Two reports under one headline stack: the second opens with its own dateline. */
const TWO_REPORTS = page([
  '守护青山绿水 增进民生福祉',
  '晋源区全力打造宜居美丽家园',
  '',
  '本报讯 （记者 武玲芳）今年以来，晋源区',
  '坚持生态优先，全力推进城乡环境整治，',
  '取得明显成效。',
  '　　全区共清理河道十二条，新建绿地三十',
  '余处，群众满意度明显提升。',
  '',
  '本报讯 清徐县日前召开人代会，审议通过',
  '政府工作报告，明确今年重点任务。',
]);

const FIRST = {
  kicker: '守护青山绿水 增进民生福祉',
  headline: '晋源区全力打造宜居美丽家园',
  paragraphs: ['本报讯 （记者 武玲芳）今年以来，晋源区坚持生态优先，全力推进城乡环境整治，取得明显成效。', '全区共清理河道十二条，新建绿地三十余处，群众满意度明显提升。'],
};
const SECOND = { paragraphs: ['本报讯 清徐县日前召开人代会，审议通过政府工作报告，明确今年重点任务。'] };

describe('groupArticles', () => {
  it('gives a heading stack its roles, and opens an article at a dateline (CJK)', () => {
    const result = reconstruct(TWO_REPORTS);
    expect(articlesOf(result)).toEqual([FIRST, SECOND]);
    expect(repairsOf(result, PASS, TWO_REPORTS)).toEqual([
      'classify-block 晋源区全力打造宜居美丽家园: heading → headline',
      'classify-block 守护青山绿水 增进民生福祉: heading → kicker',
      'split-articles Started a new article at “本报讯 清徐县日前召开人代会，审议通过政…”: it opens with a dateline.',
    ]);
  });

  it('does not split at the `本报讯 （记者 武玲芳）` dateline that opens an article’s first paragraph', () => {
    const result = reconstruct(TWO_REPORTS);
    expect(result.repairs.filter((r) => r.kind === 'split-articles').flatMap((r) => r.lineIds)).not.toContain('L4');
  });

  it('stacks a Latin head from the top: the headline, then its decks', () => {
    const source = page([
      'HARBOUR BOARD.',
      'TENDERS FOR THE NEW WHARF.',
      'The Lowest Accepted',
      '',
      'The harbour board met yesterday after-',
      'noon to consider the tenders for the new',
      'wharf, and after a long discussion the',
      'lowest tender was accepted.',
      '',
      'WASHINGTON, Jan. 3 — The President',
      'returned to the capital this morning after',
      'a short holiday in the South.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: 'HARBOUR BOARD.',
        subheadline: 'TENDERS FOR THE NEW WHARF. The Lowest Accepted',
        paragraphs: ['The harbour board met yesterday afternoon to consider the tenders for the new wharf, and after a long discussion the lowest tender was accepted.'],
      },
      { paragraphs: ['WASHINGTON, Jan. 3 — The President returned to the capital this morning after a short holiday in the South.'] },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual([
      'classify-block HARBOUR BOARD.: heading → headline',
      'classify-block TENDERS FOR THE NEW WHARF.: heading → deck',
      'classify-block The Lowest Accepted: heading → deck',
      'split-articles Started a new article at “WASHINGTON, Jan. 3 —…”: it opens with a dateline.',
    ]);
  });

  it('takes the lines above a kicker as a section label over several articles (markdown)', () => {
    const source = page(
      [
        '## 关注县（市、区）两会',
        '',
        '## 守护青山绿水 增进民生福祉',
        '',
        '# 晋源区全力打造宜居美丽家园',
        '',
        '本报讯 （记者 武玲芳）今年以来，晋源区坚持生态优先，全力推进城乡环境整治工作，取得明显成效。',
        '',
        '记者 尹哲',
        '',
        '# 清徐县人代会闭幕',
        '',
        '本报讯 清徐县日前召开人代会，审议通过政府工作报告，明确今年经济社会发展重点任务。',
      ],
      'page.md',
    );
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { kicker: '守护青山绿水 增进民生福祉', headline: '晋源区全力打造宜居美丽家园', byline: '记者 尹哲', paragraphs: ['本报讯 （记者 武玲芳）今年以来，晋源区坚持生态优先，全力推进城乡环境整治工作，取得明显成效。'] },
      { headline: '清徐县人代会闭幕', paragraphs: ['本报讯 清徐县日前召开人代会，审议通过政府工作报告，明确今年经济社会发展重点任务。'] },
    ]);
    expect(otherOf(result)).toEqual(['section-label: 关注县（市、区）两会']);
    expect(repairsOf(result, PASS, source)).toEqual([
      'classify-block 晋源区全力打造宜居美丽家园: heading → headline',
      'classify-block 守护青山绿水 增进民生福祉: heading → kicker',
      'classify-block 关注县（市、区）两会: heading → section-label',
      'classify-block 清徐县人代会闭幕: heading → headline',
    ]);
  });

  it('closes an article at its byline, and sets a lone short sentence after it aside as a caption', () => {
    const source = page([
      '城建项目加快推进',
      '',
      '本报讯 今年以来，我市城建项目全面提',
      '速，各项工作有序推进，确保任务落实。',
      '记者 尹哲',
      '市民在新建的滨河公园内晨练健身。',
      '',
      '社区服务提质增效',
      '',
      '本报讯 近日，我市召开社区服务工作推',
      '进会，部署下一阶段重点任务，要求各区',
      '县压实责任，抓好落实。',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '城建项目加快推进', byline: '记者 尹哲', paragraphs: ['本报讯 今年以来，我市城建项目全面提速，各项工作有序推进，确保任务落实。'] },
      { headline: '社区服务提质增效', paragraphs: ['本报讯 近日，我市召开社区服务工作推进会，部署下一阶段重点任务，要求各区县压实责任，抓好落实。'] },
    ]);
    expect(otherOf(result)).toEqual(['caption: 市民在新建的滨河公园内晨练健身。']);
    expect(repairsOf(result, PASS, source)).toEqual([
      'classify-block 城建项目加快推进: heading → headline',
      'classify-block 社区服务提质增效: heading → headline',
      'classify-block 市民在新建的滨河公园内晨练健身。: body → caption',
    ]);
  });

  it('rejecting a split between articles leaves one article', () => {
    const before = reconstruct(TWO_REPORTS);
    const split = findRepair(before, PASS, 'split-articles Started a new article at “本报讯 清徐县日前召开人代会，审议通过政…”: it opens with a dateline.', TWO_REPORTS);
    const after = rejecting(TWO_REPORTS, split, before);
    expect(articlesOf(after)).toEqual([{ ...FIRST, paragraphs: [...FIRST.paragraphs, ...SECOND.paragraphs] }]);
  });

  it('rejecting a kicker leaves the line a heading that matched no article, and the rest as it was', () => {
    const before = reconstruct(TWO_REPORTS);
    const kicker = findRepair(before, PASS, 'classify-block 守护青山绿水 增进民生福祉: heading → kicker', TWO_REPORTS);
    const after = rejecting(TWO_REPORTS, kicker, before);
    const { kicker: _dropped, ...rest } = FIRST;
    expect(articlesOf(after)).toEqual([rest, SECOND]);
    expect(otherOf(after)).toEqual(['other: 守护青山绿水 增进民生福祉']);
    expectWhole(after, TWO_REPORTS);
  });

  // Wrong: a dash-led deck under the headline (GT-SPEC subheadline: `——我市推进民生实事取得
  // 新成效`, "keep its dashes as printed") is taken as the headline: without markup the lowest
  // line of the stack is the headline, and the line above it, about as long, is then read as
  // the first line of a two-line headline. Result: headline “晋源区… ——生态…”, no subheadline.
  it('takes a dash-led line under the headline as its deck', () => {
    const source = page([
      '晋源区全力打造宜居美丽家园',
      '——生态环境质量持续改善',
      '',
      '本报讯 （记者 武玲芳）今年以来，晋源区',
      '坚持生态优先，全力推进城乡环境整治，',
      '取得明显成效。全区共清理河道十二条，',
      '新建绿地三十余处，群众满意度明显提升。',
    ]);
    expect(articlesOf(reconstruct(source))).toEqual([
      {
        headline: '晋源区全力打造宜居美丽家园',
        subheadline: '——生态环境质量持续改善',
        paragraphs: ['本报讯 （记者 武玲芳）今年以来，晋源区坚持生态优先，全力推进城乡环境整治，取得明显成效。全区共清理河道十二条，新建绿地三十余处，群众满意度明显提升。'],
      },
    ]);
  });

  // Wrong: a `Continued from` jump line that opens the continued text at the top of a page
  // belongs to that article (GT-SPEC `jumps`), but a jump only ever joins the article already
  // open, and there is none yet: it is left in `other` as "a jump outside any article".
  // (The CJK `(上接第1版)` case is in split-inline-jumps.test.ts.)
  it('gives a jump line that opens the page to the article it opens (Latin)', () => {
    const source = page(['(Continued from Page 1)', 'The council then turned to the question', 'of the new roads, which was put off.']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ paragraphs: ['The council then turned to the question of the new roads, which was put off.'], jumps: ['(Continued from Page 1)'] }]);
    expect(otherOf(result)).toEqual([]);
  });
});

describe('groupArticles: a line in brackets between paragraphs', () => {
  const DISPATCHES = page([
    'THE NEWS FROM TONKIN',
    '',
    'The admiral reached the river mouth at dawn and the fleet',
    'anchored below the forts before the tide turned.',
    '',
    '(BY SPECIAL WIRE)',
    '',
    'A second message says the forts were taken by noon and the',
    'garrison has withdrawn to the hills beyond the town.',
  ]);

  it('keeps a dispatch line inside its article, as a sub-heading', () => {
    const result = reconstruct(DISPATCHES);
    expect(articlesOf(result)).toHaveLength(1);
    expect(articlesOf(result)[0]?.headline).toBe('THE NEWS FROM TONKIN');
    expect(articlesOf(result)[0]?.paragraphs).toContain('(BY SPECIAL WIRE)');
    expect(result.repairs.filter((r) => r.pass === PASS && /wholly in brackets/u.test(r.reason)).map((r) => r.after)).toEqual(['subheading']);
  });

  it('rejecting it takes the line for a heading again, out of the running text', () => {
    const before = reconstruct(DISPATCHES);
    const repair = before.repairs.find((r) => /wholly in brackets/u.test(r.reason));
    const after = reconstruct(DISPATCHES, { rejected: new Set([repair?.id ?? '']) });
    expect(after.declined.map((r) => r.id)).toEqual([repair?.id]);
    expect(articlesOf(after).flatMap((a) => a.paragraphs)).not.toContain('(BY SPECIAL WIRE)');
  });
});
