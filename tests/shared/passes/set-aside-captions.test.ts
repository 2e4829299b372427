import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, findRepair, otherOf, page, rejecting, repairsOf } from './examples';

const PASS = 'setAsideCaptions';

/** A caption printed across two columns, between the single-column lines of its article. */
const CJK = page([
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
]);

const CJK_BODY = ['本报讯 入冬以来，汾河湿地公园迎来大批候鸟，白鹭、苍鹭等在水面觅食嬉戏，吸引众多市民观赏。', '据了解，近年来我市持续推进汾河生态修复，湿地面积不断扩大，鸟类种群数量逐年增加。'];
const CJK_CAPTION = '一群白鹭在汾河湿地公园的浅滩上觅食嬉戏，构成一幅人与自然和谐共生的美丽画卷，吸引市民驻足观赏。';

const LATIN = page([
  'NEW BRIDGE OPENED',
  '',
  'The new bridge over the river',
  'was opened yesterday by the',
  'Mayor in the presence of a',
  'large crowd of townspeople.',
  'The Mayor cutting the ribbon at the north end of',
  'the bridge, with the council.',
  'The bridge, which took two',
  'years to build, carries the',
  'main road over the river at',
  'the old ford.',
]);

describe('setAsideCaptions', () => {
  it('sets a block printed across two columns, between column text, aside as a caption (CJK)', () => {
    const result = reconstruct(CJK);
    expect(articlesOf(result)).toEqual([{ headline: '汾河湿地迎来候鸟', paragraphs: CJK_BODY }]);
    expect(otherOf(result)).toEqual([`caption: ${CJK_CAPTION}`]);
    expect(repairsOf(result, PASS, CJK)).toEqual(['classify-block 一群白鹭在汾河湿地公园的浅滩上觅食嬉戏，⏎构成一幅人与自然和谐共生的美丽画卷，⏎吸引市民驻足观赏。: body → caption']);
  });

  it('sets a block printed across two columns, between column text, aside as a caption (Latin)', () => {
    const result = reconstruct(LATIN);
    expect(articlesOf(result)).toEqual([
      {
        headline: 'NEW BRIDGE OPENED',
        paragraphs: ['The new bridge over the river was opened yesterday by the Mayor in the presence of a large crowd of townspeople.', 'The bridge, which took two years to build, carries the main road over the river at the old ford.'],
      },
    ]);
    expect(otherOf(result)).toEqual(['caption: The Mayor cutting the ribbon at the north end of the bridge, with the council.']);
    expect(repairsOf(result, PASS, LATIN)).toEqual(['classify-block The Mayor cutting the ribbon at the north end of⏎the bridge, with the council.: body → caption']);
  });

  it('keeps a lead printed across the top of its columns in the article', () => {
    const source = page([
      '汾河湿地迎来候鸟',
      '',
      '本报讯 入冬以来，汾河湿地公园迎来大批候鸟，',
      '白鹭等在水面觅食。',
      '据了解，近年来我市持续',
      '推进汾河生态修复，湿地',
      '面积不断扩大，鸟类种群',
      '数量逐年增加。',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '汾河湿地迎来候鸟', paragraphs: ['本报讯 入冬以来，汾河湿地公园迎来大批候鸟，白鹭等在水面觅食。', '据了解，近年来我市持续推进汾河生态修复，湿地面积不断扩大，鸟类种群数量逐年增加。'] },
    ]);
    expect(otherOf(result)).toEqual([]);
    expect(repairsOf(result, PASS, source)).toEqual([]);
  });

  it('keeps a wide block that opens with a dateline in the body', () => {
    const source = page([
      '汾河湿地迎来候鸟',
      '',
      '入冬以来，汾河湿地公园迎',
      '来大批候鸟，白鹭、苍鹭等',
      '在水面觅食，市民纷纷观赏。',
      '本报讯 记者从市园林局获悉，今年冬季',
      '汾河湿地共监测到候鸟四十余种，数量',
      '创历年新高。',
      '据了解，近年来我市持续',
      '推进汾河生态修复，湿地',
      '面积不断扩大。',
    ]);
    const result = reconstruct(source);
    expect(otherOf(result)).toEqual([]);
    expect(repairsOf(result, PASS, source)).toEqual([]);
    expect(articlesOf(result).flatMap((a) => a.paragraphs)).toContain('本报讯 记者从市园林局获悉，今年冬季汾河湿地共监测到候鸟四十余种，数量创历年新高。');
  });

  it('rejecting a caption puts the block back into the article, where it was printed', () => {
    const before = reconstruct(CJK);
    const repair = findRepair(before, PASS, repairsOf(before, PASS, CJK)[0] ?? '', CJK);
    const after = rejecting(CJK, repair, before);
    expect(articlesOf(after)).toEqual([{ headline: '汾河湿地迎来候鸟', paragraphs: [CJK_BODY[0], CJK_CAPTION, CJK_BODY[1]] }]);
    expect(otherOf(after)).toEqual([]);
  });
});
