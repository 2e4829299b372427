import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, expectWhole, findRepair, otherOf, page, rejecting, repairsOf } from './examples';

const PASS = 'splitInlineJumps';

const CONTINUED = page(['## 科技创新成果丰硕', '', '(上接第1版)听取市科技局关于科技创新工作的汇报，研究部署今年重点工作，要求各部门加大投入，推动成果转化。', '', '记者 尹哲'], 'page.md');

const SPLIT = 'split-jump (上接第1版)听取市科技局关于科技创新工作的汇报，研究部署今年重点工作，要求各部门加大投入，推动成果转化。 → (上接第1版)⏎听取市科技局关于科技创新工作的汇报，研究部署今年重点工作，要求各部门加大投入，推动成果转化。';

describe('splitInlineJumps', () => {
  it('cuts a jump line the OCR ran into its paragraph off into the article’s jumps', () => {
    const result = reconstruct(CONTINUED);
    expect(articlesOf(result)).toEqual([
      { headline: '科技创新成果丰硕', byline: '记者 尹哲', paragraphs: ['听取市科技局关于科技创新工作的汇报，研究部署今年重点工作，要求各部门加大投入，推动成果转化。'], jumps: ['(上接第1版)'] },
    ]);
    expect(repairsOf(result, PASS, CONTINUED)).toEqual([SPLIT]);
  });

  it('cuts it off a paragraph joined from column lines too', () => {
    const source = page(['(上接第1版)听取市科技局关于科技创新', '工作的汇报，研究部署今年重点工作，要', '求各部门加大投入，推动成果转化。']);
    const result = reconstruct(source);
    expect(articlesOf(result).flatMap((a) => a.paragraphs)).toEqual(['听取市科技局关于科技创新工作的汇报，研究部署今年重点工作，要求各部门加大投入，推动成果转化。']);
    expect(repairsOf(result, PASS, source)).toEqual([SPLIT]);
  });

  it('leaves a jump line printed on its own line to recogniseLineForms, and a paragraph opening with `(一)` alone', () => {
    const source = page([
      '## 科技创新成果丰硕',
      '',
      '(上接第1版)',
      '',
      '(一)加强组织领导，压实各方责任，确保各项工作落到实处，推动科技成果转化应用。',
    ], 'page.md');
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: '科技创新成果丰硕', paragraphs: ['(一)加强组织领导，压实各方责任，确保各项工作落到实处，推动科技成果转化应用。'], jumps: ['(上接第1版)'] }]);
    expect(repairsOf(result, PASS, source)).toEqual([]);
    expect(repairsOf(result, 'recogniseLineForms', source)).toEqual(['classify-block (上接第1版): body → jump']);
  });

  it('rejecting the cut leaves the jump inside the paragraph, as the OCR read it', () => {
    const before = reconstruct(CONTINUED);
    const after = rejecting(CONTINUED, findRepair(before, PASS, SPLIT, CONTINUED), before);
    expect(articlesOf(after)).toEqual([
      { headline: '科技创新成果丰硕', byline: '记者 尹哲', paragraphs: ['(上接第1版)听取市科技局关于科技创新工作的汇报，研究部署今年重点工作，要求各部门加大投入，推动成果转化。'] },
    ]);
    expectWhole(after, CONTINUED);
  });

  // Wrong: the headline printed over a paragraph that opens with an inline jump is not
  // found. findHeadings wants the next line to show that a paragraph starts there, and
  // `(上接第1版)听取…` fills its column; the headline is left a paragraph of its own
  // (here, of the article before it: "科技创新成果丰硕" becomes its second paragraph).
  it('finds the headline over a paragraph that opens with an inline jump', () => {
    const source = page([
      '全市经济运行稳中向好',
      '',
      '本报讯 （记者 武玲芳）1月5日，市统计',
      '局发布数据，去年全市经济运行稳中向好，',
      '主要指标好于预期，消费市场加快恢复。',
      '(下转第4版)',
      '',
      '科技创新成果丰硕',
      '',
      '(上接第1版)听取市科技局关于科技创新',
      '工作的汇报，研究部署今年重点工作，要',
      '求各部门加大投入，推动成果转化。',
      '记者 尹哲',
    ]);
    expect(articlesOf(reconstruct(source))).toEqual([
      {
        headline: '全市经济运行稳中向好',
        paragraphs: ['本报讯 （记者 武玲芳）1月5日，市统计局发布数据，去年全市经济运行稳中向好，主要指标好于预期，消费市场加快恢复。'],
        jumps: ['(下转第4版)'],
      },
      { headline: '科技创新成果丰硕', byline: '记者 尹哲', paragraphs: ['听取市科技局关于科技创新工作的汇报，研究部署今年重点工作，要求各部门加大投入，推动成果转化。'], jumps: ['(上接第1版)'] },
    ]);
  });

  // Wrong: the `(上接第1版)` cut off the paragraph that opens a continued article belongs to
  // that article (GT-SPEC `jumps`), but groupArticles hands a jump to the article already
  // open: at the top of a page there is none, so it is left outside every article…
  it('gives the jump to the article it opens, at the top of the page', () => {
    const source = page(['(上接第1版)听取市科技局关于科技创新', '工作的汇报，研究部署今年重点工作，要', '求各部门加大投入，推动成果转化。']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ paragraphs: ['听取市科技局关于科技创新工作的汇报，研究部署今年重点工作，要求各部门加大投入，推动成果转化。'], jumps: ['(上接第1版)'] }]);
    expect(otherOf(result)).toEqual([]);
  });

  // …and after an article that ended with its byline, it goes to that finished article.
  it('gives the jump to the article it opens, after a finished article', () => {
    const source = page([
      '本报讯 1月5日，市统计局发布数据，去年',
      '全市经济运行稳中向好，主要指标好于预期。',
      '记者 尹哲',
      '',
      '(上接第1版)听取市科技局关于科技创新',
      '工作的汇报，研究部署今年重点工作，要',
      '求各部门加大投入，推动成果转化。',
    ]);
    expect(articlesOf(reconstruct(source))).toEqual([
      { byline: '记者 尹哲', paragraphs: ['本报讯 1月5日，市统计局发布数据，去年全市经济运行稳中向好，主要指标好于预期。'] },
      { paragraphs: ['听取市科技局关于科技创新工作的汇报，研究部署今年重点工作，要求各部门加大投入，推动成果转化。'], jumps: ['(上接第1版)'] },
    ]);
  });
});
