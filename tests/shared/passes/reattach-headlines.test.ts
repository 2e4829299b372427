import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, expectWhole, findRepair, otherOf, page, rejecting, repairsOf } from './examples';

const PASS = 'reattachHeadlines';

const HOUSING = '本报讯 今年以来，我市扎实推进老旧小区改造，累计完成改造小区三百余个，惠及居民五万余户，加装电梯一百余部，居民生活条件明显改善。';
const THEATRE = '本报讯 近日，市文旅局启动冬季文化惠民活动，组织文艺院团深入社区和乡村，开展送戏下乡演出，全年计划演出一千余场，丰富群众文化生活。';

/** Two articles without headlines, and the page's last line: a headline for each, run together. */
function twoArticlesThen(...last: string[]) {
  return page([
    '本报讯 今年以来，我市扎实推进老旧小区改造，',
    '累计完成改造小区三百余个，惠及居民五万余户，',
    '加装电梯一百余部，居民生活条件明显改善。',
    '记者 尹哲',
    '',
    '本报讯 近日，市文旅局启动冬季文化惠民活动，',
    '组织文艺院团深入社区和乡村，开展送戏下乡演出，',
    '全年计划演出一千余场，丰富群众文化生活。',
    '(袁剑锋、杨润德)',
    '',
    ...last,
  ]);
}

const MERGED = twoArticlesThen('老旧小区改造提速 送戏下乡惠及群众');
const SPLIT_0 = 'split-headline 老旧小区改造提速 送戏下乡惠及群众 → 老旧小区改造提速';
const SPLIT_1 = 'split-headline 老旧小区改造提速 送戏下乡惠及群众 → 送戏下乡惠及群众';

describe('reattachHeadlines', () => {
  it('splits a line holding two headlines when its halves match different articles', () => {
    const result = reconstruct(MERGED);
    expect(articlesOf(result)).toEqual([
      { headline: '老旧小区改造提速', byline: '记者 尹哲', paragraphs: [HOUSING] },
      { headline: '送戏下乡惠及群众', byline: '(袁剑锋、杨润德)', paragraphs: [THEATRE] },
    ]);
    expect(otherOf(result)).toEqual([]);
    // Best match first.
    expect(repairsOf(result, PASS, MERGED)).toEqual([SPLIT_1, SPLIT_0]);
  });

  it('keeps a couplet headline whole when both its halves match the same article', () => {
    const source = twoArticlesThen('送戏下乡进社区 文化惠民暖人心');
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { byline: '记者 尹哲', paragraphs: [HOUSING] },
      { headline: '送戏下乡进社区 文化惠民暖人心', byline: '(袁剑锋、杨润德)', paragraphs: [THEATRE] },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual(['attach-headline 送戏下乡进社区 文化惠民暖人心 → 送戏下乡进社区 文化惠民暖人心']);
  });

  it('gives an orphaned headline at the end of the page to the article it matches (Latin)', () => {
    const source = page([
      'The harbour board met yesterday afternoon',
      'to consider the tenders for the new wharf,',
      'and the lowest tender was accepted.',
      'By JOHN SMITH',
      '',
      'The cricket club held its annual meeting',
      'on Tuesday evening, when the officers for',
      'the coming season were elected.',
      'By A CORRESPONDENT',
      '',
      'CRICKET CLUB ELECTS OFFICERS',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { byline: 'By JOHN SMITH', paragraphs: ['The harbour board met yesterday afternoon to consider the tenders for the new wharf, and the lowest tender was accepted.'] },
      { headline: 'CRICKET CLUB ELECTS OFFICERS', byline: 'By A CORRESPONDENT', paragraphs: ['The cricket club held its annual meeting on Tuesday evening, when the officers for the coming season were elected.'] },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual(['attach-headline CRICKET CLUB ELECTS OFFICERS → CRICKET CLUB ELECTS OFFICERS']);
  });

  it('leaves a headline that matches no article where it is, and never gives one to an article that has its own', () => {
    const source = page([
      '康复之光照童心',
      '',
      '本报讯 （记者 武玲芳）12月12日，市',
      '政府新闻办召开新闻发布会，介绍残疾',
      '儿童康复救助工作情况。',
      '记者 尹哲',
      '',
      '残疾儿童康复救助',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: '康复之光照童心', byline: '记者 尹哲', paragraphs: ['本报讯 （记者 武玲芳）12月12日，市政府新闻办召开新闻发布会，介绍残疾儿童康复救助工作情况。'] }]);
    expect(otherOf(result)).toEqual(['other: 残疾儿童康复救助']);
    expect(result.other[0]?.note).toBe('a heading that matched no article');
    expect(repairsOf(result, PASS, source)).toEqual([]);
  });

  it('rejecting one half of a split leaves that half on the page and gives the other half still', () => {
    const before = reconstruct(MERGED);
    const after = rejecting(MERGED, findRepair(before, PASS, SPLIT_1, MERGED), before);
    expect(articlesOf(after)).toEqual([
      { headline: '老旧小区改造提速', byline: '记者 尹哲', paragraphs: [HOUSING] },
      { byline: '(袁剑锋、杨润德)', paragraphs: [THEATRE] },
    ]);
    expect(otherOf(after)).toEqual(['other: 送戏下乡惠及群众']);
    expect(repairsOf(after, PASS, MERGED)).toEqual([SPLIT_0]);
    expectWhole(after, MERGED);
  });

  // Wrong: two orphaned headlines printed one per line at the end of the page (GT-SPEC's
  // "orphaned headlines") are never taken as headings: two short lines in a row start a
  // "narrower column" in measureColumns, against which neither is short, so findHeadings
  // passes them by; they are joined into one body paragraph (`老旧小区改造惠及五万户送戏…`)
  // that becomes an article of its own.
  it('gives two orphaned headlines printed one per line at the end of the page to their articles', () => {
    const source = twoArticlesThen('老旧小区改造惠及五万户', '送戏下乡丰富群众文化生活');
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '老旧小区改造惠及五万户', byline: '记者 尹哲', paragraphs: [HOUSING] },
      { headline: '送戏下乡丰富群众文化生活', byline: '(袁剑锋、杨润德)', paragraphs: [THEATRE] },
    ]);
  });
});
