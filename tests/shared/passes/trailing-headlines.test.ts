import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, expectWhole, findRepair, otherOf, page, rejecting, repairsOf } from './examples';

const PASS = 'moveTrailingHeadlines';

const BRIDGE = '本报讯 今年以来，我市加快推进汾河大桥改造工程，新建引桥两座，拓宽桥面四米，大桥改造完成后通行能力将提高一倍。';
const BRIDGE_2 = '据介绍，大桥改造期间将分段施工，施工路段实行交通管制，市民出行请提前规划路线。';
const LIBRARY = '本报讯 近日，市图书馆新馆正式向读者开放，新馆藏书一百二十万册，设有少儿阅览区和古籍阅览室，每天开放十二小时。';
const LIBRARY_2 = '新馆开放首日，读者络绎不绝，不少家长带着孩子在少儿阅览区读书。';

/** Each headline printed under its own article's text, before the next article. */
const TRAILING = page(['', BRIDGE, '', BRIDGE_2, '', '(张明、李华)', '', '汾河大桥改造工程加快推进', '', LIBRARY, '', LIBRARY_2, '', '(王强)', '', '市图书馆新馆向读者开放', '']);

describe('moveTrailingHeadlines', () => {
  it('gives headlines printed after their own text to the article above, one after the other', () => {
    const result = reconstruct(TRAILING);
    expect(articlesOf(result)).toEqual([
      { headline: '汾河大桥改造工程加快推进', byline: '(张明、李华)', paragraphs: [BRIDGE, BRIDGE_2] },
      { headline: '市图书馆新馆向读者开放', byline: '(王强)', paragraphs: [LIBRARY, LIBRARY_2] },
    ]);
    expect(otherOf(result)).toEqual([]);
    expect(repairsOf(result, PASS, TRAILING)).toEqual(['attach-headline 汾河大桥改造工程加快推进 → 汾河大桥改造工程加快推进']);
  });

  it('leaves the headline out of the article above when the editor rejects the move', () => {
    const before = reconstruct(TRAILING);
    const after = rejecting(TRAILING, findRepair(before, PASS, 'attach-headline 汾河大桥改造工程加快推进 → 汾河大桥改造工程加快推进', TRAILING), before);
    expect(articlesOf(after)[0]).toEqual({ byline: '(张明、李华)', paragraphs: [BRIDGE, BRIDGE_2] });
    expect(repairsOf(after, PASS, TRAILING)).toEqual([]);
    expectWhole(after, TRAILING);
  });

  it('keeps a headline over the text it matches, even after an article without one', () => {
    const source = page(['', BRIDGE, '', '(张明、李华)', '', '市图书馆新馆向读者开放', '', LIBRARY, '', LIBRARY_2, '']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { byline: '(张明、李华)', paragraphs: [BRIDGE] },
      { headline: '市图书馆新馆向读者开放', paragraphs: [LIBRARY, LIBRARY_2] },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual([]);
  });

  it('does not move a heading that only names a kind of text (`公告`), which any notice matches', () => {
    const notice = '本公司定于下月起对办公楼进行维修，维修期间暂停对外办公，特此公告。';
    const source = page(['', LIBRARY, '', '特此公告', '', '公告', '', notice, '']);
    const result = reconstruct(source);
    expect(repairsOf(result, PASS, source)).toEqual([]);
  });
});
