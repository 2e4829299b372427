import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, otherOf, page, repairsOf } from './examples';

const BRIDGE = '本报讯 今年以来，我市加快推进汾河大桥改造工程，新建引桥两座，拓宽桥面四米，大桥改造完成后通行能力将提高一倍。';
const LIBRARY = '本报讯 近日，市图书馆新馆正式向读者开放，新馆藏书一百二十万册，设有少儿阅览区和古籍阅览室，每天开放十二小时。';

describe('groupArticles: a notice ends with its signature and date', () => {
  const first = '因供水管道维修，定于本月十日对东城区部分街道停止供水，请用户提前储水。';
  const second = '本中心空调维修项目已具备采购条件，现公开邀请具备相应资质的单位参加报价。';

  it('starts a new article after the date', () => {
    const source = page(['停水通知', '', first, '', '特此通知', '', '市供水公司', '', '2023年2月10日', '', second, '', '特此公告', '', '2023年2月11日', '']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '停水通知', paragraphs: [first, '特此通知', '市供水公司', '2023年2月10日'] },
      { paragraphs: [second, '特此公告', '2023年2月11日'] },
    ]);
    expect(repairsOf(result, 'groupArticles', source)).toContain('split-articles Started a new article at “本中心空调维修项目已具备采购条件，现公开…”: the notice before it ended with its signature and date.');
  });

  it('keeps a note printed under the date in the notice', () => {
    const source = page(['停水通知', '', first, '', '特此通知', '', '市供水公司', '', '2023年2月10日', '', '注：恢复供水时间另行通知', '']);
    expect(articlesOf(reconstruct(source))).toEqual([{ headline: '停水通知', paragraphs: [first, '特此通知', '市供水公司', '2023年2月10日', '注：恢复供水时间另行通知'] }]);
  });
});

describe('reattachHeadlines: whole heads first', () => {
  it('gives each article one head when a line matches two of them, the page read as a whole', () => {
    // `今年新建工程每天开放` shares about as much with both articles, and a little more with the
    // bridge; `桥面拓宽交通顺畅` fits the bridge only. Best match first would leave the library none.
    const source = page(['', BRIDGE, '', '(张明)', '', LIBRARY, '', '(王强)', '', '今年新建工程每天开放', '', '桥面拓宽交通顺畅', '']);
    const result = reconstruct(source);
    expect(articlesOf(result).map((a) => a.headline)).toEqual(['桥面拓宽交通顺畅', '今年新建工程每天开放']);
    expect(otherOf(result)).toEqual([]);
  });

  it('keeps a two-part line over a headline as its kicker when both match the same article', () => {
    const source = page(['', BRIDGE, '', '(张明)', '', LIBRARY, '', '(王强)', '', '改造汾河大桥 提升通行能力', '', '大桥改造工程加快推进', '']);
    const result = reconstruct(source);
    expect(articlesOf(result)[0]).toEqual({ kicker: '改造汾河大桥 提升通行能力', headline: '大桥改造工程加快推进', byline: '(张明)', paragraphs: [BRIDGE] });
    expect(repairsOf(result, 'reattachHeadlines', source)).toEqual([
      'attach-headline 大桥改造工程加快推进 → 大桥改造工程加快推进',
      'attach-headline 改造汾河大桥 提升通行能力 → 改造汾河大桥 提升通行能力',
    ]);
  });

  it('gives an article headed only by a label its real headline, and sets the label aside', () => {
    const source = page(['', BRIDGE, '', '(张明)', '', '关注民生实事', '', LIBRARY, '', '(王强)', '', '图书馆新馆开放迎客', '']);
    const result = reconstruct(source);
    expect(articlesOf(result)[1]).toEqual({ headline: '图书馆新馆开放迎客', byline: '(王强)', paragraphs: [LIBRARY] });
    expect(otherOf(result)).toEqual(['section-label: 关注民生实事']);
  });
});
