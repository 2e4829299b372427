import { describe, expect, it } from 'vitest';
import { isShortLine, measureColumns, SHORT_LINE } from '../../../shared/text/columns';

/** Four lines of an 11–12 character column, a caption across two columns, the column again. */
const WITH_CAPTION = [
  '本报讯 入冬以来，汾河湿',
  '地公园迎来大批候鸟，白',
  '鹭、苍鹭等在水面觅食嬉',
  '戏，吸引众多市民观赏。',
  '一群白鹭在汾河湿地公园的浅滩上觅食嬉戏，',
  '构成一幅人与自然和谐共生的美丽画卷，',
  '吸引市民驻足观赏。',
  '据了解，近年来我市持续',
  '推进汾河生态修复，湿地',
  '面积不断扩大，鸟类种群',
  '数量逐年增加。',
];

describe('measureColumns', () => {
  it('measures a column by its full lines: the short last line of a paragraph does not narrow it', () => {
    const { paragraphLines, widths } = measureColumns(['本报讯 （记者 武玲芳）12月12日，市', '政府新闻办召开新闻发布会，介绍我市', '残疾儿童康复救助工作情况。我市已连', '续 8 年将残疾儿童康复纳入民生实事，', '全年救助儿童三千余名。', '　　发布会上，市残联负责人表示，今年', '将进一步扩大救助范围。', '各区县要压实责任，抓好落实，确保各项'], 'cjk');
    expect(paragraphLines).toBe(false);
    // Lines 5 and 7 end paragraphs at 11 characters; their column is as wide as the others'.
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(17.5);
  });

  it('gives lines set to a wider measure (a caption across two columns) a measure of their own', () => {
    const { paragraphLines, widths } = measureColumns(WITH_CAPTION, 'cjk');
    expect(paragraphLines).toBe(false);
    expect(widths.slice(0, 4)).toEqual([11.5, 11.5, 11.5, 11.5]);
    expect(widths.slice(4, 7)).toEqual([20, 20, 20]);
    // Back in the column after the caption.
    expect(widths.slice(7, 10)).toEqual([11, 11, 11]);
  });

  it('counts Latin letters and digits in CJK text as half a column', () => {
    const { widths } = measureColumns(['本报讯 12月20日，第五届冰雪节在汾河', '公园开幕，市民游客踏冰赏雪，乐享冬日', '时光。本届冰雪节设置了滑冰、雪圈等十'], 'cjk');
    expect(widths).toEqual([18, 18, 18]);
  });

  it('tells a page of one paragraph per line from printed column lines', () => {
    const cjk = ['本报讯 眼下正值春耕备耕关键时期，各县（市、区）抢抓农时，组织农技人员深入田间地头。', '全市已储备化肥十万吨、农药五千吨，种子货源充足，能够满足春耕生产需要，确保不误农时。', '特此公告'];
    expect(measureColumns(cjk, 'cjk').paragraphLines).toBe(true);
    const latin = [
      'The harbour board met yesterday afternoon to consider the tenders for the new wharf, and',
      'after a long discussion the lowest tender, that of Messrs. Brown and Co., was accepted by the board.',
      'The chairman said that the work would begin in the spring and would take two years to complete.',
    ];
    expect(measureColumns(latin, 'latin').paragraphLines).toBe(true);
    expect(measureColumns(['The new bridge over the river', 'was opened yesterday by the', 'Mayor in the presence of a', 'large crowd of townspeople.'], 'latin').paragraphLines).toBe(false);
  });

  it('measures nothing on an empty page', () => {
    expect(measureColumns([], 'cjk')).toEqual({ paragraphLines: false, widths: [] });
  });
});

describe('isShortLine', () => {
  it('takes a line well short of its column as short, allowing a character or two of slack', () => {
    expect(SHORT_LINE).toBeLessThan(1);
    expect(isShortLine(11, 18, 'cjk')).toBe(true);
    // Within one and a half characters of the column: a full line set with narrow digits.
    expect(isShortLine(16.5, 18, 'cjk')).toBe(false);
    expect(isShortLine(17, 18, 'cjk')).toBe(false);
    expect(isShortLine(27, 37, 'latin')).toBe(true);
    expect(isShortLine(34, 37, 'latin')).toBe(false);
  });

  it('takes the stricter of the two: the proportion on a wide column, the slack on a narrow one', () => {
    // 85% of 60 is 51, three short of it 57: a line must be under 51.
    expect(isShortLine(50, 60, 'latin')).toBe(true);
    expect(isShortLine(52, 60, 'latin')).toBe(false);
    // 85% of 6 is 5.1, one and a half short of it 4.5: a line must be under 4.5.
    expect(isShortLine(4, 6, 'cjk')).toBe(true);
    expect(isShortLine(5, 6, 'cjk')).toBe(false);
  });
});
