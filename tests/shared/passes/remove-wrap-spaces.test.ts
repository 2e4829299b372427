import { describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE } from '../../../shared/model/repair';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, findRepair, page, rejecting, repairsOf } from './examples';

const PASS = 'removeWrapSpaces';

const SPACES = page([
  '小区加装电梯',
  '',
  '本报讯 （记者 司 勇）今年以来，我市已连',
  '续 8 年将加装电梯列入民生实事，社会保 障',
  '和公共服 务水平不断提升。',
  '咨询请联系社区工作人员，宋先生 联系电话：',
  '1234567。',
]);

describe('removeWrapSpaces', () => {
  it('removes the spaces a wrap left between two ideographs, and keeps every space the page prints on purpose', () => {
    const result = reconstruct(SPACES);
    expect(articlesOf(result)).toEqual([
      {
        headline: '小区加装电梯',
        paragraphs: [
          // Kept: after `本报讯`, inside the credit's brackets (`司 勇`), around the number.
          '本报讯 （记者 司 勇）今年以来，我市已连续 8 年将加装电梯列入民生实事，社会保障和公共服务水平不断提升。',
          // Kept: before a field label.
          '咨询请联系社区工作人员，宋先生 联系电话：1234567。',
        ],
      },
    ]);
    // From the end of the paragraph, so the offsets of the earlier ones stay valid.
    expect(repairsOf(result, PASS, SPACES)).toEqual(['remove-wrap-space 公共服 务水平 → 公共服务水平', 'remove-wrap-space 社会保 障和公 → 社会保障和公']);
    expect(result.repairs.filter((r) => r.pass === PASS).map((r) => r.confidence)).toEqual([0.85, 0.85]);
  });

  it('removes a lone wrap space in a paragraph-per-line page', () => {
    const source = page(['## 小区加装电梯', '', '记者从市住建局获悉，今年全市计划为老旧小区加装电梯一百余部，目前已 开工六十部，预计年底前全部完工。'], 'page.md');
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: '小区加装电梯', paragraphs: ['记者从市住建局获悉，今年全市计划为老旧小区加装电梯一百余部，目前已开工六十部，预计年底前全部完工。'] }]);
    expect(repairsOf(result, PASS, source)).toEqual(['remove-wrap-space 目前已 开工六 → 目前已开工六']);
  });

  // Wrong (minor): the pass's header promises that "a lone one is marked for a look", but a
  // lone removal gets confidence 0.6, and the review list marks only repairs *below*
  // LOW_CONFIDENCE (0.6), so it is not marked.
  it('marks a lone wrap-space removal as one to check first', () => {
    const source = page(['## 小区加装电梯', '', '记者从市住建局获悉，今年全市计划为老旧小区加装电梯一百余部，目前已 开工六十部，预计年底前全部完工。'], 'page.md');
    const repair = reconstruct(source).repairs.find((r) => r.pass === PASS);
    expect(repair?.confidence).toBeLessThan(LOW_CONFIDENCE);
  });

  it('keeps `本报讯 （记者 武玲芳）` and `连续 8 年` as printed', () => {
    const source = page(['康复之光照童心', '', '本报讯 （记者 武玲芳）12月12日，市', '政府新闻办召开新闻发布会，我市已连', '续 8 年将残疾儿童康复纳入民生实事。']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: '康复之光照童心', paragraphs: ['本报讯 （记者 武玲芳）12月12日，市政府新闻办召开新闻发布会，我市已连续 8 年将残疾儿童康复纳入民生实事。'] }]);
    expect(repairsOf(result, PASS, source)).toEqual([]);
  });

  it('keeps the space of a heading: a couplet headline keeps its two halves apart', () => {
    const source = page(['守护青山绿水 增进民生福祉', '晋源区全力打造宜居美丽家园', '', '本报讯 （记者 武玲芳）今年以来，晋源区', '坚持生态优先，全力推进城乡环境整治，', '取得明显成效。全区共清理河道十二条，', '新建绿地三十余处，群众满意度明显提升。']);
    const result = reconstruct(source);
    expect(articlesOf(result)[0]?.kicker).toBe('守护青山绿水 增进民生福祉');
    expect(repairsOf(result, PASS, source)).toEqual([]);
  });

  it('leaves Latin pages alone', () => {
    const source = page(['HARBOUR WORKS', '', 'The works began yesterday at the pier,', 'where the stone was laid by the Mayor.']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: 'HARBOUR WORKS', paragraphs: ['The works began yesterday at the pier, where the stone was laid by the Mayor.'] }]);
    expect(repairsOf(result, PASS, source)).toEqual([]);
  });

  it('rejecting one removal puts back that space only', () => {
    const before = reconstruct(SPACES);
    const repair = findRepair(before, PASS, 'remove-wrap-space 社会保 障和公 → 社会保障和公', SPACES);
    const after = rejecting(SPACES, repair, before);
    expect(articlesOf(after)[0]?.paragraphs).toEqual([
      '本报讯 （记者 司 勇）今年以来，我市已连续 8 年将加装电梯列入民生实事，社会保 障和公共服务水平不断提升。',
      '咨询请联系社区工作人员，宋先生 联系电话：1234567。',
    ]);
    expect(repairsOf(after, PASS, SPACES)).toEqual(['remove-wrap-space 公共服 务水平 → 公共服务水平']);
  });
});
