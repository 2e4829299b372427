/**
 * The properties of STYLE.md §6 over small hand-written pages that make every pass act:
 * two runs give identical repairs; rejecting any one repair removes it and the repairs
 * built on it and leaves the page whole; a pass that throws, wherever it runs, leaves its
 * input and the page whole. (tests/shared/pipeline/reconstruct.test.ts checks the first on
 * the dev pages, and a throwing pass at the start of the pipeline.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from '../../../shared/model/page';
import { placedLineIds } from '../../../shared/model/reconstruction';
import type { Pass } from '../../../shared/pipeline/draft';
import { PASSES, reconstruct } from '../../../shared/pipeline/reconstruct';
import { expectWhole, page, rejecting } from './examples';

const PAGES: Record<string, Page> = {
  'a CJK report with a byline, a jump, a wrap space and a caption': page([
    '2024年5月6日 星期一',
    '',
    '守护青山绿水 增进民生福祉',
    '晋源区全力打造宜居美丽家园',
    '',
    '本报讯 （记者 武玲芳）今年以来，晋源区',
    '坚持生态优先，全力推进城乡环境整治，连',
    '续 8 年将河道治理列入民生实事，社会保 障',
    '和公共服务水平不断提升。',
    '游客在汾河公园赏景。 本报记者 李明 摄',
    '　　全区共清理河道十二条，新建绿地三十',
    '余处，群众满意度明显提升。',
    '(下转第4版)',
    '(袁剑锋、杨润德)',
    '',
    '本报讯 清徐县日前召开人代会，审议通过',
    '政府工作报告，明确今年重点任务。',
  ]),
  'a Latin page with hyphenated words, a byline and a dateline': page([
    'HARBOUR BOARD.',
    'TENDERS FOR THE NEW WHARF.',
    '',
    'By JOHN SMITH',
    '',
    'The new chairman, a well-',
    'known figure in the town, opened the',
    'meeting yesterday after-',
    'noon, and the tenders for the new',
    'wharf were read.',
    '    The lowest tender was accepted.',
    '',
    'WASHINGTON, Jan. 3 — The President',
    'returned to the capital this morning after',
    'a short holiday in the South.',
    '(Continued on Page 6)',
  ]),
  'a markdown page with headings, sub-headings and an inline jump': page(
    [
      '## 关注县（市、区）两会',
      '',
      '# 科技创新成果丰硕',
      '',
      '(上接第1版)听取市科技局关于科技创新工作的汇报，研究部署今年重点工作，要求各部门加大投入，推动成果转化。',
      '',
      '## ◆成果转化提速',
      '',
      '- 全年转化科技成果一百余项，目前已 开工建设中试基地三个。',
      '- 新增高新技术企业八十余家。',
      '',
      '记者 尹哲',
    ],
    'page.md',
  ),
  'a paragraph-per-line page with a cut list and a merged headline line': page([
    '本报讯 今年以来，我市扎实推进老旧小区改造，累计完成改造小区三百余个，惠及居民五万余户，加装电梯一百余部，居民生活条件明显改善：一是加快开工，二是',
    '',
    '本报讯 近日，市文旅局启动冬季文化惠民活动，组织文艺院团深入社区和乡村，开展送戏下乡演出，全年计划演出一千余场，丰富群众文化生活。',
    '',
    '(袁剑锋、杨润德)',
    '',
    '保障质量，三是完善管护机制，让老旧小区改造成果惠及更多居民，提升群众的获得感和幸福感。',
    '',
    '老旧小区改造提速 送戏下乡惠及群众',
  ]),
  'a page with a caption across two columns': page([
    '汾河湿地迎来候鸟',
    '',
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
  ]),
};

describe.each(Object.entries(PAGES))('%s', (_name, source) => {
  const result = reconstruct(source);

  it('is whole, with no failure, and its repairs have unique ids', () => {
    expect(result.failures).toEqual([]);
    expectWhole(result, source);
    // A line stands in two places only where a repair split it.
    const placed = placedLineIds(result);
    const split = new Set(result.repairs.filter((r) => r.kind === 'split-headline' || r.kind === 'split-jump').flatMap((r) => r.lineIds));
    expect(placed.filter((id, i) => placed.indexOf(id) !== i && !split.has(id))).toEqual([]);
    const ids = result.repairs.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives identical repairs on a second run', () => {
    expect(reconstruct(source).repairs).toEqual(result.repairs);
  });

  it('records each join with the lines it joined, as printed', () => {
    for (const repair of result.repairs.filter((r) => r.kind === 'join-lines')) {
      expect(repair.before).toBe(repair.lineIds.map((id) => source.lines.find((l) => l.id === id)?.text).join('\n'));
    }
  });

  it('rejecting any one repair removes it and the repairs built on it, and keeps the page whole', () => {
    expect(result.repairs.length).toBeGreaterThan(2);
    for (const repair of result.repairs) {
      const after = rejecting(source, repair, result);
      expectWhole(after, source);
      // The same rejection twice gives the same page.
      expect(reconstruct(source, { rejected: new Set([repair.id]) }).repairs).toEqual(after.repairs);
    }
  });

  it.each(PASSES.map((p, k) => [p.name, k] as const))('a throwing %s keeps its input: the page is as without it, and whole', (name, k) => {
    const broken: Pass = {
      name,
      run: () => {
        throw new Error(`${name} broke`);
      },
    };
    const passes = PASSES.map((p, i) => (i === k ? broken : p));
    const degraded = reconstruct(source, { passes });
    expect(degraded.failures).toEqual([{ pass: name, message: `${name} broke` }]);
    const without = reconstruct(source, { passes: PASSES.filter((_, i) => i !== k) });
    expect({ articles: degraded.articles, other: degraded.other, repairs: degraded.repairs }).toEqual({ articles: without.articles, other: without.other, repairs: without.repairs });
    expectWhole(degraded, source);
  });
});
