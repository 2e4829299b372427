/**
 * Example pairs for CJK pages of printed column lines (issue #3): a headline as wide as the
 * column or wider (cjk-title-lines.ts), a short line with no final mark ending its paragraph
 * (cjk-paragraph-end.ts), and a column measured afresh after an article's byline (columns.ts).
 */
import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, expectWhole, findRepair, page, rejecting, repairsOf } from './examples';

/** Body text set in a justified column of `width` characters, as an OCR tool reads it line by line. */
function column(text: string, width: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines;
}

/** A paragraph set in the column with its first line indented two full-width spaces. */
function indented(text: string, width: number): string[] {
  const first = [...text].slice(0, width - 2).join('');
  return [`\u3000\u3000${first}`, ...column(text.slice(first.length), width)];
}

const BODY_A = '本报讯 记者从市教育局获悉，全市新建的二十所中小学食堂已全部投入使用，惠及学生三万余名。';
const BODY_B = '市卫健委近日组织专家深入社区，为老年人开展健康体检和用药指导服务，受到居民普遍欢迎。';

describe('CJK headlines as wide as their column', () => {
  it('takes a line with no punctuation over a dateline as the headline, though it is wider than the column', () => {
    const source = page(['全市中小学新建食堂全部投入使用', ...column(BODY_A, 12)]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: '全市中小学新建食堂全部投入使用', paragraphs: [BODY_A] }]);
    expect(repairsOf(result, 'findHeadings', source)).toEqual(['classify-block 全市中小学新建食堂全部投入使用: body → heading']);
    expect(findRepair(result, 'findHeadings', 'classify-block 全市中小学新建食堂全部投入使用: body → heading', source).reason).toContain('dateline');
    expectWhole(result, source);
  });

  it('takes a wider line after a finished paragraph as the next article’s headline, and keeps the space between its halves', () => {
    const source = page(['教育新闻', ...column(BODY_A, 12), '健康服务进社区 银龄生活更安心', ...column(BODY_B, 12)]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '教育新闻', paragraphs: [BODY_A] },
      { headline: '健康服务进社区 银龄生活更安心', paragraphs: [BODY_B] },
    ]);
    const repair = findRepair(result, 'findHeadings', 'classify-block 健康服务进社区 银龄生活更安心: body → heading', source);
    expect(repair.reason).toContain('wider than the 12-character column');
    // Rejected, the line is body again and runs into the paragraph before it.
    const after = rejecting(source, repair);
    expect(articlesOf(after).map((a) => a.headline)).not.toContain('健康服务进社区 银龄生活更安心');
  });

  it('reads a decimal point in a wide headline as no full stop', () => {
    const source = page(['全市今年民生支出已达2695.9亿元', ...column(BODY_A, 12)]);
    expect(articlesOf(reconstruct(source))).toEqual([{ headline: '全市今年民生支出已达2695.9亿元', paragraphs: [BODY_A] }]);
  });

  it('leaves a paragraph’s first line with no mark in the paragraph when the next line runs on from it', () => {
    // `落实好十二件民生实事是` stands under the headline two characters short, as a paragraph's
    // first line does when the OCR dropped its indent; the next line fills the column.
    const body = '落实好十二件民生实事是省政府今年向全省人民作出的庄严承诺，各部门正在全力推进。';
    const source = page(['民生实事进展顺利', ...['落实好十二件民生实事是', ...column(body.slice(11), 13)]]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: '民生实事进展顺利', paragraphs: [body] }]);
  });
});

describe('CJK paragraph ends without a final mark', () => {
  it('ends a paragraph at a line well short of its justified column, and at a one-line entry before an indented line', () => {
    const source = page([
      '停水通知',
      '　　兹因道路施工，定于本月',
      '三十日十五时至三十一日十五',
      '时在下列各地区暂停供水，现',
      '通知如下：',
      '迎泽大街路南（金阳南路）',
      '　　望相关区域内的用户周知',
      '并提前做好储水准备，因停水',
      '给您带来的不便请予以谅解。',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '停水通知', paragraphs: ['兹因道路施工，定于本月三十日十五时至三十一日十五时在下列各地区暂停供水，现通知如下：', '迎泽大街路南（金阳南路）', '望相关区域内的用户周知并提前做好储水准备，因停水给您带来的不便请予以谅解。'] },
    ]);
    const repair = findRepair(result, 'joinColumnLines', 'paragraph-break 通知如下：⏎迎泽大街路南（金阳南路） → 通知如下：⏎⏎迎泽大街路南（金阳南路）', source);
    expect(repair.reason).toContain('well short of its justified column');
    expect(repair.confidence).toBe(0.8);
    const after = rejecting(source, repair);
    expect(articlesOf(after)[0]?.paragraphs[0]).toBe('兹因道路施工，定于本月三十日十五时至三十一日十五时在下列各地区暂停供水，现通知如下：迎泽大街路南（金阳南路）');
  });

  it('keeps joining a paragraph whose first line stops short (set in) and whose other lines fill the column', () => {
    const text = '为抢抓国家重大基础设施建设政策机遇，市城区城建重点工程领导组大力践行市委战略举措，改善城市人居环境。';
    const source = page(['城建工程稳步推进', '为抢抓国家重大基础设施', ...column(text.slice(11), 14)]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: '城建工程稳步推进', paragraphs: [text] }]);
    expect(repairsOf(result, 'joinColumnLines', source).filter((r) => r.startsWith('paragraph-break'))).toEqual([]);
  });
});

describe('CJK column measured per article', () => {
  it('measures a new article after a byline by its own column, not the wider one before it', () => {
    // The first article is set 14 wide, the next 11 (too close to tell apart as two measures):
    // measured across the byline, the new article's first line, set in two characters, would
    // look short enough for a headline.
    const first = '今年的残疾儿童抢救性康复救助工作具有以下特点，对象精准，条件规范，内容明确，流程优化，每一步都进行了明确的规范和优化。';
    const second = '听取市科技局关于科技创新工作进展情况的报告，市住建局关于全市重点工程情况的报告，审议有关事项。';
    const source = page(['康复救助工作取得实效', ...indented(first, 14), '记者 尹哲', '市人大常委会举行会议', '(上接第1版)', second.slice(0, 9), ...column(second.slice(9), 11)]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '康复救助工作取得实效', byline: '记者 尹哲', paragraphs: [first] },
      { headline: '市人大常委会举行会议', paragraphs: [second], jumps: ['(上接第1版)'] },
    ]);
  });
});
