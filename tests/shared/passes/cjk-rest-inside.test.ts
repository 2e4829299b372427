import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, expectWhole, findRepair, page, rejecting, repairsOf } from './examples';

const BRIDGE_1 = '本报讯 今年以来，我市加快推进汾河大桥改造工程，新建引桥两座，拓宽桥面四米。';
const CUT = '据介绍，大桥改造期间将分段施工，施工路段实行交通管制，引桥建成后汾河大桥的通行';
const REST = '能力将提高一倍，大桥东西两岸交通拥堵问题将得到缓解。';
const BRIDGE_3 = '市政部门提醒，汾河大桥改造施工期间，请市民绕行迎泽大桥和南内环桥。';
const LIBRARY_1 = '本报讯 近日，市图书馆新馆正式向读者开放，新馆藏书一百二十万册，设有少儿阅览区和古籍阅览室。';
const LIBRARY_2 = '新馆开放首日，读者络绎不绝，不少家长带着孩子在少儿阅览区读书，古籍阅览室也迎来众多读者。';

/** The bridge report is cut at a column end; its rest is printed inside the library report, with its byline. */
const INSIDE = page([
  '汾河大桥改造工程加快推进', '', BRIDGE_1, '', CUT, '',
  '市图书馆新馆向读者开放', '', LIBRARY_1, '', REST, '', BRIDGE_3, '', '(张明)', '', LIBRARY_2, '', '(王强)', '',
]);
const JOIN = `rejoin-fragment ${CUT}⏎${REST} → ${CUT}${REST}`;

describe('rejoinFragments: the rest of a CJK paragraph printed inside the next article', () => {
  it('joins the rest, brings back what follows it with its byline, and lets the other article run on', () => {
    const result = reconstruct(INSIDE);
    expect(articlesOf(result)).toEqual([
      { headline: '汾河大桥改造工程加快推进', byline: '(张明)', paragraphs: [BRIDGE_1, CUT + REST, BRIDGE_3] },
      { headline: '市图书馆新馆向读者开放', byline: '(王强)', paragraphs: [LIBRARY_1, LIBRARY_2] },
    ]);
    expect(repairsOf(result, 'rejoinFragments', INSIDE)).toEqual([JOIN, expect.stringMatching(/^reorder-fragment Kept “新馆开放首日/u)]);
  });

  it('leaves the page as printed when the editor rejects the join', () => {
    const before = reconstruct(INSIDE);
    const after = rejecting(INSIDE, findRepair(before, 'rejoinFragments', JOIN, INSIDE), before);
    expect(articlesOf(after)[0]?.paragraphs).toEqual([BRIDGE_1, CUT]);
    expect(repairsOf(after, 'rejoinFragments', INSIDE)).toEqual([]);
    expectWhole(after, INSIDE);
  });

  it('leaves a paragraph of the other article where it is when it does not read with the cut one', () => {
    const source = page(['汾河大桥改造工程加快推进', '', BRIDGE_1, '', CUT, '', '市图书馆新馆向读者开放', '', LIBRARY_1, '', LIBRARY_2, '', '(王强)', '']);
    const result = reconstruct(source);
    expect(articlesOf(result)[1]?.paragraphs).toEqual([LIBRARY_1, LIBRARY_2]);
    expect(repairsOf(result, 'rejoinFragments', source)).toEqual([]);
  });
});
