import { describe, expect, it } from 'vitest';
import { createMatcher, termsOf } from '../../../shared/text/similarity';

describe('termsOf', () => {
  it('takes CJK text as single ideographs and character pairs', () => {
    expect([...termsOf('送戏下乡', 'cjk')].sort()).toEqual(['下', '下乡', '乡', '戏', '戏下', '送', '送戏'].sort());
  });

  it('pairs figures with the ideographs next to them, and ignores punctuation', () => {
    expect([...termsOf('8号楼，', 'cjk')].sort()).toEqual(['8号', '号', '号楼', '楼'].sort());
  });

  it('takes Latin text as word stems of five letters, without short words and stop words', () => {
    expect([...termsOf('The Harbour Board and the tenders were accepted by it', 'latin')]).toEqual(['harbo', 'board', 'tende', 'accep']);
  });

  it('counts letters, not UTF-16 units, and keeps long words to their stems', () => {
    // `𝒜𝒞` is two letters (four units): too short to be a term.
    expect([...termsOf('𝒜𝒞 reconstruction', 'latin')]).toEqual(['recon']);
    expect([...termsOf('𠀀𠀁，8', 'cjk')]).toEqual(['𠀀𠀁']);
  });

  it('has no terms for an empty text', () => {
    expect(termsOf('', 'cjk').size).toBe(0);
    expect(termsOf('', 'latin').size).toBe(0);
  });
});

describe('createMatcher', () => {
  const matcher = createMatcher(['本报讯 今年以来，我市扎实推进老旧小区改造，加装电梯一百余部。', '本报讯 近日，市文旅局启动文化惠民活动，开展送戏下乡演出，走进小区。'], 'cjk');

  it('scores 1 when every term of the headline occurs in the article, 0 when none does', () => {
    expect(matcher.score('老旧小区改造', 0)).toBe(1);
    expect(matcher.score('老旧小区改造', 1)).toBeLessThan(0.3);
    expect(matcher.score('春运客流平稳', 0)).toBe(0);
  });

  it('weighs a term found in every article less than one found in one', () => {
    // `小区` occurs in both articles, `送戏` only in the second.
    expect(matcher.score('小区 送戏', 1)).toBe(1);
    expect(matcher.score('小区 送戏', 0)).toBeLessThan(0.5);
    expect(matcher.score('小区 送戏', 0)).toBeGreaterThan(0);
  });

  it('matches Latin headlines by their word stems', () => {
    const latin = createMatcher(['The harbour board met to consider the tenders for the new wharf.', 'The cricket club elected its officers for the coming season.'], 'latin');
    expect(latin.score('CRICKET CLUB ELECTS OFFICERS', 1)).toBe(1);
    expect(latin.score('CRICKET CLUB ELECTS OFFICERS', 0)).toBe(0);
    expect(latin.score('Harbour Tenders', 0)).toBe(1);
  });

  it('gives each headline its own score, whichever was scored before', () => {
    const first = [matcher.score('老旧小区改造', 0), matcher.score('送戏下乡', 1)];
    const again = createMatcher(['本报讯 今年以来，我市扎实推进老旧小区改造，加装电梯一百余部。', '本报讯 近日，市文旅局启动文化惠民活动，开展送戏下乡演出，走进小区。'], 'cjk');
    expect([again.score('送戏下乡', 1), again.score('老旧小区改造', 0)]).toEqual([first[1], first[0]]);
    expect(matcher.score('老旧小区改造', 0)).toBe(first[0]);
  });

  it('scores 0 for an empty headline or an article that is not there', () => {
    expect(matcher.score('', 0)).toBe(0);
    expect(matcher.score('老旧小区', 5)).toBe(0);
  });
});
