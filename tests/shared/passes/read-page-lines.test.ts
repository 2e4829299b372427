import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, otherOf, page, passesUpTo, repairsOf } from './examples';

const MARKDOWN = [
  '# 晋源区全力打造宜居家园',
  '',
  '本报讯 （记者 尹哲）今年以来，晋源区坚持生态优先，全力推进城乡环境整治工作，取得明显成效。',
  '',
  '### 一、治理河道',
  '',
  '全区共清理河道十二条，新建绿地三十余处，群众满意度明显提升。',
  '',
  '## ◆快递进村',
  '',
  '- 快递网点覆盖全部行政村，农产品外销渠道更加畅通。',
  '- 全年新增就业岗位八百余个。',
];

describe('readPageLines', () => {
  it('makes one unit of every text line: alone, it leaves each line a paragraph of one untitled article', () => {
    const source = page(['康复之光照童心', '', '本报讯 （记者 武玲芳）12月12日，市', '政府新闻办召开新闻发布会。']);
    const result = reconstruct(source, { passes: passesUpTo('readPageLines') });
    expect(articlesOf(result)).toEqual([{ paragraphs: ['康复之光照童心', '本报讯 （记者 武玲芳）12月12日，市', '政府新闻办召开新闻发布会。'] }]);
    expect(otherOf(result)).toEqual([]);
    expect(result.repairs).toEqual([]);
  });

  it('takes a markdown heading as a heading, without its marker (CJK)', () => {
    const source = page(MARKDOWN, 'page.md');
    const alone = reconstruct(source, { passes: passesUpTo('readPageLines') });
    expect(otherOf(alone)).toEqual(['other: 晋源区全力打造宜居家园']);
    expect(alone.other[0]?.note).toBe('a heading that matched no article');

    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: '晋源区全力打造宜居家园',
        paragraphs: [
          '本报讯 （记者 尹哲）今年以来，晋源区坚持生态优先，全力推进城乡环境整治工作，取得明显成效。',
          // A `###` and a `## ◆` sub-heading stay in the article, each a paragraph of its own.
          '一、治理河道',
          '全区共清理河道十二条，新建绿地三十余处，群众满意度明显提升。',
          '◆快递进村',
          // List items are paragraphs of their own, without their `- `.
          '快递网点覆盖全部行政村，农产品外销渠道更加畅通。',
          '全年新增就业岗位八百余个。',
        ],
      },
    ]);
    expect(otherOf(result)).toEqual([]);
  });

  it('takes a markdown heading as a heading, and a `###` one as a sub-heading (Latin)', () => {
    const source = page(['# HARBOUR WORKS', '', 'The works began yesterday at the pier when the first stone of the new wharf was laid by the Mayor.', '', '### The Tenders', '', 'Four tenders were received, and the lowest, from Messrs. Brown and Co., was accepted by the board.'], 'page.md');
    expect(articlesOf(reconstruct(source))).toEqual([
      {
        headline: 'HARBOUR WORKS',
        paragraphs: [
          'The works began yesterday at the pier when the first stone of the new wharf was laid by the Mayor.',
          'The Tenders',
          'Four tenders were received, and the lowest, from Messrs. Brown and Co., was accepted by the board.',
        ],
      },
    ]);
  });

  it('reads blank lines the page leaves after every line as no gap at all', () => {
    const lines = ['康复之光照童心', '本报讯 （记者 武玲芳）12月12日，市', '政府新闻办召开新闻发布会，介绍我市', '残疾儿童康复救助工作情况。', '　　发布会上，市残联负责人表示，今年', '将进一步扩大救助范围。'];
    const tight = reconstruct(page(lines));
    const spaced = reconstruct(page(lines.flatMap((l) => [l, ''])));
    const expected = [
      {
        headline: '康复之光照童心',
        paragraphs: ['本报讯 （记者 武玲芳）12月12日，市政府新闻办召开新闻发布会，介绍我市残疾儿童康复救助工作情况。', '发布会上，市残联负责人表示，今年将进一步扩大救助范围。'],
      },
    ];
    expect(articlesOf(tight)).toEqual(expected);
    expect(articlesOf(spaced)).toEqual(expected);
  });

  it('makes no repairs: it only reads the page, so there is nothing to reject', () => {
    const source = page(MARKDOWN, 'page.md');
    expect(repairsOf(reconstruct(source), 'readPageLines', source)).toEqual([]);
  });
});
