import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, findRepair, otherOf, page, rejecting, repairsOf } from './examples';

const PASS = 'rejoinFragments';

const CUT = '本报讯 为进一步稳定就业，市人社局近日出台十项措施，从多个方面促进群众增收：一是扩大就业岗位供给，二是加大技能培训力度，三是落实创业担保贷款，四是优化';
const GOES_ON = '创业服务环境，五是提升公共就业服务水平，六是兜牢困难群体就业底线，确保各项措施落地见效。';
const TRAVEL = '本报讯 昨日是春运首日，全市各大车站客流总体平稳，铁路、公路部门加开班次，保障旅客顺利出行，未发生旅客滞留情况。';

/** One paragraph per line; a list cut after item four goes on, past another article, at item five. */
const ACROSS = page(['我市出台措施稳就业促增收', '', CUT, '', TRAVEL, '', '记者 尹哲', '', GOES_ON, '', '报名地址：', '', '市人社局一楼服务大厅']);

const JOIN = `rejoin-fragment ${CUT}⏎${GOES_ON} → ${CUT}${GOES_ON}`;

describe('rejoinFragments', () => {
  it('joins a paragraph cut mid-list with the fragment that goes on with the list, past the article printed between', () => {
    const result = reconstruct(ACROSS);
    expect(articlesOf(result)).toEqual([
      // `报名地址：` introduces what follows, and the address is an entry of its own: neither is a cut.
      { headline: '我市出台措施稳就业促增收', paragraphs: [CUT + GOES_ON, '报名地址：', '市人社局一楼服务大厅'] },
      { byline: '记者 尹哲', paragraphs: [TRAVEL] },
    ]);
    expect(repairsOf(result, PASS, ACROSS)).toEqual([JOIN]);
  });

  it('joins a Latin paragraph cut mid-sentence with the next one, with one space', () => {
    const source = page([
      'HARBOUR BOARD MEETS',
      '',
      'The harbour board met yesterday afternoon to consider the tenders for the new wharf, and',
      'after a long discussion the lowest tender, that of Messrs. Brown and Co., was accepted by the board.',
      'The chairman said that the work would begin in the spring and would take two years to complete.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: 'HARBOUR BOARD MEETS',
        paragraphs: [
          'The harbour board met yesterday afternoon to consider the tenders for the new wharf, and after a long discussion the lowest tender, that of Messrs. Brown and Co., was accepted by the board.',
          'The chairman said that the work would begin in the spring and would take two years to complete.',
        ],
      },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual([
      'rejoin-fragment The harbour board met yesterday afternoon to consider the tenders for the new wharf, and⏎after a long discussion the lowest tender, that of Messrs. Brown and Co., was accepted by the board. → The harbour board met yesterday afternoon to consider the tenders for the new wharf, and after a long discussion the lowest tender, that of Messrs. Brown and Co., was accepted by the board.',
    ]);
  });

  it('does not join paragraphs that end their sentences, or a line with no clause in it', () => {
    const source = page([
      '关于调整信访接待时间的公告',
      '',
      '为方便群众来访，经研究决定，自3月1日起，市信访局接待时间调整为每周一至周五上午8时至12时。',
      '来访群众请携带本人有效身份证件，按照工作人员指引有序排队登记，文明表达诉求。',
      '太原市信访局',
      '2023年2月10日',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result).flatMap((a) => a.paragraphs)).toEqual([
      '为方便群众来访，经研究决定，自3月1日起，市信访局接待时间调整为每周一至周五上午8时至12时。',
      '来访群众请携带本人有效身份证件，按照工作人员指引有序排队登记，文明表达诉求。',
      '太原市信访局',
      '2023年2月10日',
    ]);
    expect(repairsOf(result, PASS, source)).toEqual([]);
  });

  it('moves the paragraphs printed between the cut and its continuation back to the article they share a subject with', () => {
    const tail = '各大车站还开设了便民服务窗口，为春运旅客提供热水、充电和行李寄存等服务。';
    const source = page(['春运首日客流平稳', '', '本报讯 昨日是春运首日，全市各大车站客流总体平稳，铁路、公路部门加开班次，保障旅客顺利出行。', '', '我市出台措施稳就业促增收', '', CUT, '', tail, '', '记者 尹哲', '', GOES_ON]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '春运首日客流平稳', byline: '记者 尹哲', paragraphs: ['本报讯 昨日是春运首日，全市各大车站客流总体平稳，铁路、公路部门加开班次，保障旅客顺利出行。', tail] },
      { headline: '我市出台措施稳就业促增收', paragraphs: [CUT + GOES_ON] },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual([JOIN, 'reorder-fragment Moved 2 block(s) starting “各大车站还开设了便民服务…” back to the article they continue: they share its subject, not the one printed around them.']);

    // The move builds on the join: rejecting the join takes the move with it.
    const join = findRepair(result, PASS, JOIN, source);
    expect(result.repairs.find((r) => r.kind === 'reorder-fragment')?.dependsOn).toEqual([join.id]);
    const after = rejecting(source, join, result);
    expect(after.repairs.filter((r) => r.kind === 'reorder-fragment')).toEqual([]);
    // The cut still stops mid-sentence, so the pass may join it with the next paragraph
    // instead (a new repair the editor can reject in turn); the continuation stays apart.
    expect(articlesOf(after).flatMap((a) => a.paragraphs)).toContain(GOES_ON);
    expect(articlesOf(after)[0]).toEqual({ headline: '春运首日客流平稳', paragraphs: ['本报讯 昨日是春运首日，全市各大车站客流总体平稳，铁路、公路部门加开班次，保障旅客顺利出行。'] });
  });

  it('rejecting the join leaves the cut paragraph and its continuation where the page printed them', () => {
    const before = reconstruct(ACROSS);
    const after = rejecting(ACROSS, findRepair(before, PASS, JOIN, ACROSS), before);
    expect(articlesOf(after)).toEqual([
      { headline: '我市出台措施稳就业促增收', paragraphs: [CUT] },
      { byline: '记者 尹哲', paragraphs: [TRAVEL] },
      { paragraphs: [GOES_ON, '报名地址：', '市人社局一楼服务大厅'] },
    ]);
  });

  // The headline of the article printed after a paragraph cut mid-sentence: the line above
  // (`…四是优化`) ends no sentence, but the dateline under it opens an article, so it is a
  // headline and not the cut sentence's continuation (`…四是优化春运首日客流平稳`).
  it('does not run the next article’s headline into a paragraph cut mid-sentence', () => {
    const source = page(['我市出台措施稳就业促增收', '', CUT, '', '春运首日客流平稳', '', TRAVEL, '', GOES_ON]);
    const result = reconstruct(source);
    expect(articlesOf(result).flatMap((a) => a.paragraphs).filter((p) => p.includes('春运首日客流平稳'))).toEqual([]);
    expect(articlesOf(result).map((a) => a.headline)).toEqual(['我市出台措施稳就业促增收', '春运首日客流平稳']);
  });

  // Wrong: when the continuation is found in a later article, the paragraphs (and the byline)
  // that followed the cut in its own article fall out of every article if no earlier article
  // reads better with them: joinElsewhere rebuilds the article from the units up to the cut
  // and the later article's units only, and puts the tail back only when it moves it. They
  // end in `other` (kind "other", no note) instead of staying in the article.
  it('keeps the paragraphs that followed the cut in the article when they belong to it', () => {
    const own = '市人社局有关负责人表示，将加强督导检查，推动就业措施尽快落地见效。';
    const source = page(['春运首日客流平稳', '', '本报讯 昨日是春运首日，全市各大车站客流总体平稳，铁路、公路部门加开班次，保障旅客顺利出行。', '', '我市出台措施稳就业促增收', '', CUT, '', own, '', '记者 尹哲', '', GOES_ON]);
    const result = reconstruct(source);
    expect(otherOf(result)).toEqual([]);
    expect(articlesOf(result)).toEqual([
      { headline: '春运首日客流平稳', paragraphs: ['本报讯 昨日是春运首日，全市各大车站客流总体平稳，铁路、公路部门加开班次，保障旅客顺利出行。'] },
      { headline: '我市出台措施稳就业促增收', byline: '记者 尹哲', paragraphs: [CUT + GOES_ON, own] },
    ]);
  });
});
