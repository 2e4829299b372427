/**
 * Example pairs for CJK title lines told by where they stand (cjk-title-runs.ts): headlines a
 * layout tool printed after all the page's text, a headline stack over a paragraph's first
 * line, a bullet sub-heading broken over two lines; and the line ends around them
 * (join-column-lines.ts, recognise-line-forms.ts): an ellipsis wrapped alone, a signature.
 */
import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, expectWhole, findRepair, otherOf, page, rejecting } from './examples';

/**
 * Body text set in a justified column of `width` characters, its first line set in two (the
 * OCR dropped the indent). A closing mark never opens a line: it hangs at the end of the one before.
 */
function paragraph(text: string, width: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = Math.min(chars.length, start + (lines.length === 0 ? width - 2 : width));
    while (end < chars.length && /[，。、；：”）]/u.test(chars[end] ?? '')) end++;
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}

const HEATING = '本报讯 昨日，市政府召开常务会议，研究部署今冬明春供暖保障工作，要求各部门压实责任，确保群众温暖过冬。';
const PARKS = '本报讯 今年以来，我市新建改建城市公园十二座，新增绿地面积三百余公顷，市民休闲空间进一步拓展。';

describe('CJK headlines printed at the page’s end', () => {
  const source = page([...paragraph(HEATING, 13), '（记者 王明）', ...paragraph(PARKS, 13), '（记者 李华）', '市政府部署冬季供暖工作', '我市新建公园十二座']);

  // Neither line is short enough for a title by the lines around it, nor wider than the 13-character column.
  it('takes the run of unmarked lines after the last credit as headlines and gives each to its article', () => {
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '市政府部署冬季供暖工作', byline: '（记者 王明）', paragraphs: [HEATING] },
      { headline: '我市新建公园十二座', byline: '（记者 李华）', paragraphs: [PARKS] },
    ]);
    const repair = findRepair(result, 'findHeadings', 'classify-block 我市新建公园十二座: body → heading', source);
    expect(repair.reason).toContain('after the page’s last finished text');
    expectWhole(result, source);
  });

  it('leaves the line a body line again when the editor rejects the repair', () => {
    const repair = findRepair(reconstruct(source), 'findHeadings', 'classify-block 我市新建公园十二座: body → heading', source);
    const after = rejecting(source, repair);
    expect(articlesOf(after).map((a) => a.headline)).not.toContain('我市新建公园十二座');
  });

  it('keeps the last lines of a paragraph cut at the page’s end, however unmarked, when they fill the column', () => {
    const cut = '本报讯 今年以来，我市新建改建城市公园十二座，新增绿地面积三百余公顷，市民休闲空间进一步拓展，下一步还将建设口袋公园和城市绿道让市民出门见绿';
    const lines = paragraph(cut, 13);
    expect(lines.slice(-2).every((l) => !/[，。]/u.test(l))).toBe(true);
    const result = reconstruct(page([...paragraph(HEATING, 13), '（记者 王明）', ...lines]));
    expect(articlesOf(result).map((a) => a.paragraphs)).toEqual([[HEATING], [cut]]);
  });
});

describe('CJK headline stacks over a paragraph', () => {
  it('takes a label, a kicker and a headline wider than the column over a set-in first line, spaces kept', () => {
    const body = '落实好十二件民生实事是省政府今年向全省人民作出的庄严承诺，各部门正在全力推进，成效显著。';
    const source = page(['省政府新闻办发布会', '聚焦群众关切 增进百姓福祉', '我省落实今年十二件民生实事成效显著', ...paragraph(body, 13)]);
    const result = reconstruct(source);
    const article = articlesOf(result)[0];
    expect(article?.paragraphs).toEqual([body]);
    expect([article?.kicker, article?.headline]).toEqual(['聚焦群众关切 增进百姓福祉', '我省落实今年十二件民生实事成效显著']);
    expect(findRepair(result, 'findHeadings', 'classify-block 聚焦群众关切 增进百姓福祉: body → heading', source).reason).toContain('a paragraph’s first line');
    expectWhole(result, source);
  });

  it('takes a bullet sub-heading broken over two lines as one paragraph of its own', () => {
    const before = '全省各地积极推进快递服务站建设，已完成年度目标任务。';
    const after = '农村寄递物流全覆盖提质工程，对助力农村消费升级、促进农民增收具有重要意义。';
    const source = page([...paragraph(before, 12), '◆快递进村走出“山西', '路径”', ...paragraph(after, 12)]);
    const result = reconstruct(source);
    expect(articlesOf(result).flatMap((a) => a.paragraphs)).toEqual([before, '◆快递进村走出“山西路径”', after]);
    expect(findRepair(result, 'findHeadings', 'classify-block ◆快递进村走出“山西⏎路径”: body → subheading', source).reason).toContain('bullet symbol');
    expectWhole(result, source);
  });
});

describe('CJK line ends around titles', () => {
  it('joins an ellipsis wrapped alone onto a line to the sentence it ends', () => {
    const text = '本报讯 台商晋商携手谋发展，共创未来的美好与精彩，正在这片土地上持续演绎……';
    const lines = paragraph(text.slice(0, -2), 11);
    const source = page(['晋台合作谱新篇', ...lines, '……', '记者 李静']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: '晋台合作谱新篇', byline: '记者 李静', paragraphs: [text] }]);
    expect(otherOf(result)).toEqual([]);
  });

  it('keeps a notice’s signature under a finished sentence a paragraph of its own', () => {
    const notice = '因供水管网改造施工，定于八月三十日对迎泽大街沿线区域实施停水，望相关区域内的用户周知并提前做好储水准备，请各位居民提前储水。';
    const source = page(['停水通知', '', notice, '', '市供水公司', '', '2023年8月29日']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: '停水通知', paragraphs: [notice, '市供水公司', '2023年8月29日'] }]);
    const repair = result.repairs.find((r) => r.pass === 'joinColumnLines' && r.kind === 'paragraph-break' && r.reason.includes('entry of its own'));
    expect(repair?.confidence).toBe(0.75);
  });
});
