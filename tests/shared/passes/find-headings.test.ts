import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, expectWhole, findRepair, otherOf, page, rejecting, repairsOf } from './examples';

const PASS = 'findHeadings';

const REPORT = page([
  '康复之光照童心',
  '',
  '本报讯 （记者 武玲芳）12月12日，市',
  '政府新闻办召开新闻发布会，介绍我市',
  '残疾儿童康复救助工作情况。我市已连',
  '续 8 年将残疾儿童康复纳入民生实事，',
  '全年救助儿童三千余名。',
  '　　发布会上，市残联负责人表示，今年',
  '将进一步完善社会保 障体系，扩大救助',
  '范围，让更多家庭受益。',
]);

const REPORT_PARAGRAPHS = [
  '本报讯 （记者 武玲芳）12月12日，市政府新闻办召开新闻发布会，介绍我市残疾儿童康复救助工作情况。我市已连续 8 年将残疾儿童康复纳入民生实事，全年救助儿童三千余名。',
  '发布会上，市残联负责人表示，今年将进一步完善社会保障体系，扩大救助范围，让更多家庭受益。',
];

describe('findHeadings', () => {
  it('takes a short line with no sentence in it, over a paragraph, as a heading (CJK)', () => {
    const result = reconstruct(REPORT);
    expect(articlesOf(result)).toEqual([{ headline: '康复之光照童心', paragraphs: REPORT_PARAGRAPHS }]);
    expect(repairsOf(result, PASS, REPORT)).toEqual(['classify-block 康复之光照童心: body → heading']);
  });

  it('takes a line set in capitals as a heading, whatever its width (Latin)', () => {
    const source = page([
      'NEW BRIDGE OPENED OVER THE RIVER',
      '',
      'The new bridge over the river was opened',
      'yesterday by the Mayor in the presence of',
      'a large crowd of townspeople.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: 'NEW BRIDGE OPENED OVER THE RIVER', paragraphs: ['The new bridge over the river was opened yesterday by the Mayor in the presence of a large crowd of townspeople.'] },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual(['classify-block NEW BRIDGE OPENED OVER THE RIVER: body → heading']);
  });

  it('stacks heading lines: a couplet over the headline is a second heading line', () => {
    const source = page([
      '守护青山绿水 增进民生福祉',
      '晋源区全力打造宜居美丽家园',
      '',
      '本报讯 （记者 武玲芳）今年以来，晋源区',
      '坚持生态优先，全力推进城乡环境整治，',
      '取得明显成效。全区共清理河道十二条，',
      '新建绿地三十余处，群众满意度明显提升。',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        kicker: '守护青山绿水 增进民生福祉',
        headline: '晋源区全力打造宜居美丽家园',
        paragraphs: ['本报讯 （记者 武玲芳）今年以来，晋源区坚持生态优先，全力推进城乡环境整治，取得明显成效。全区共清理河道十二条，新建绿地三十余处，群众满意度明显提升。'],
      },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual(['classify-block 守护青山绿水 增进民生福祉: body → heading', 'classify-block 晋源区全力打造宜居美丽家园: body → heading']);
  });

  it('does not take the short last line of a paragraph as a heading, with or without its full stop', () => {
    const source = page([
      '老旧小区改造提速',
      '',
      '本报讯 今年我市计划改造老旧小区三百余',
      '个，涉及居民五万余户，目前已开工二百余',
      '个。',
      '市住建局有关负责人介绍，改造内容包括',
      '管网更新、外墙保温和加装电梯等，预计年',
      '底前全部完工',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: '老旧小区改造提速',
        paragraphs: ['本报讯 今年我市计划改造老旧小区三百余个，涉及居民五万余户，目前已开工二百余个。', '市住建局有关负责人介绍，改造内容包括管网更新、外墙保温和加装电梯等，预计年底前全部完工'],
      },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual(['classify-block 老旧小区改造提速: body → heading']);
  });

  it('does not take a notice’s closing formula, signature or date as headings: they are paragraphs of their own', () => {
    const source = page([
      '关于调整信访接待时间的公告',
      '',
      '　　为方便群众来访，经研究决定，自3月1日起，',
      '市信访局接待时间调整为每周一至周五上午',
      '8时至12时，下午14时30分至18时。',
      '特此公告',
      '太原市信访局',
      '2023年2月10日',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: '关于调整信访接待时间的公告',
        paragraphs: ['为方便群众来访，经研究决定，自3月1日起，市信访局接待时间调整为每周一至周五上午8时至12时，下午14时30分至18时。', '特此公告', '太原市信访局', '2023年2月10日'],
      },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual(['classify-block 关于调整信访接待时间的公告: body → heading']);
  });

  it('does not take a capitalised name inside a sentence as a heading (Latin)', () => {
    const source = page([
      'HARBOUR WORKS',
      '',
      'The works began yesterday at the pier.',
      'The chairman of the board thanked the',
      'Harbour Master',
      'for his help with the arrangements.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: 'HARBOUR WORKS', paragraphs: ['The works began yesterday at the pier. The chairman of the board thanked the Harbour Master for his help with the arrangements.'] },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual(['classify-block HARBOUR WORKS: body → heading']);
  });

  it('rejecting a heading leaves the line as body text, and the article without a headline', () => {
    const before = reconstruct(REPORT);
    const repair = findRepair(before, PASS, 'classify-block 康复之光照童心: body → heading', REPORT);
    const after = rejecting(REPORT, repair, before);
    expect(after.articles.map((a) => a.headline)).toEqual(after.articles.map(() => null));
    expect(articlesOf(after).flatMap((a) => a.paragraphs)).toEqual(['康复之光照童心', ...REPORT_PARAGRAPHS]);
    expect(otherOf(after)).toEqual([]);
    expectWhole(after, REPORT);
  });

  // Wrong: the headline of a notice (GT-SPEC: "Notices are articles: their heading is the
  // headline") is left as a paragraph when the notice's first line is printed flush, with no
  // indent: a heading needs the next line to show that a paragraph starts there, and the
  // blank line after the title is not taken as that evidence.
  it('takes a notice’s title over a flush first line as its headline', () => {
    const source = page([
      '关于调整信访接待时间的公告',
      '',
      '为方便群众来访，经研究决定，自3月1日起，',
      '市信访局接待时间调整为每周一至周五上午',
      '8时至12时，下午14时30分至18时。',
    ]);
    expect(articlesOf(reconstruct(source))).toEqual([
      { headline: '关于调整信访接待时间的公告', paragraphs: ['为方便群众来访，经研究决定，自3月1日起，市信访局接待时间调整为每周一至周五上午8时至12时，下午14时30分至18时。'] },
    ]);
  });

  // Wrong, the same gap in Latin: a title-case headline over a first line that fills the
  // column stays a paragraph of its own.
  it('takes a title-case line over a full first line as the headline (Latin)', () => {
    const source = page(['Harbour Works', '', 'The works began yesterday at the pier', 'when the stone was laid by the Mayor.']);
    expect(articlesOf(reconstruct(source))).toEqual([{ headline: 'Harbour Works', paragraphs: ['The works began yesterday at the pier when the stone was laid by the Mayor.'] }]);
  });

  // Three heading lines stacked at the top (section label, kicker, headline) make a short run
  // of their own in measureColumns; a run of titles takes the width of the column under it,
  // so each line is short of that column.
  it('finds a three-line heading stack over the body', () => {
    const source = page([
      '关注县（市、区）两会',
      '守护青山绿水 增进民生福祉',
      '晋源区全力打造宜居美丽家园',
      '',
      '本报讯 （记者 武玲芳）今年以来，晋源区',
      '坚持生态优先，全力推进城乡环境整治，',
      '取得明显成效。全区共清理河道十二条，',
      '新建绿地三十余处，群众满意度明显提升。',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        kicker: '守护青山绿水 增进民生福祉',
        headline: '晋源区全力打造宜居美丽家园',
        paragraphs: ['本报讯 （记者 武玲芳）今年以来，晋源区坚持生态优先，全力推进城乡环境整治，取得明显成效。全区共清理河道十二条，新建绿地三十余处，群众满意度明显提升。'],
      },
    ]);
    expect(otherOf(result)).toEqual(['section-label: 关注县（市、区）两会']);
  });
});
