import { describe, expect, it } from 'vitest';
import {
  coupletParts,
  isAllCaps,
  isBylineLine,
  isDateLine,
  isJumpLine,
  isMasthead,
  isNoticeCloser,
  isPageFurniture,
  isPhotoCredit,
  LEADING_JUMP,
  startsWithBulletSymbol,
  startsWithDateline,
} from '../../../shared/text/line-forms';

describe('isJumpLine', () => {
  it.each(['(下转第4版)', '（上接第1版）', '（上接第一版）', '(续第2版)', '(Continued on Page 6)', 'Continued from page 1', 'See FIRE, Page 2'])('takes %s as a jump line', (text) => {
    expect(isJumpLine(text)).toBe(true);
  });

  it.each(['(一)', '下转第4版', '(下转第4版)据介绍，', '第4版', 'Continued on the next day by the council.'])('does not take %s as a jump line', (text) => {
    expect(isJumpLine(text)).toBe(false);
  });
});

describe('LEADING_JUMP', () => {
  it('matches a jump that comes from another page at the start of a paragraph, with the spaces after it', () => {
    expect(LEADING_JUMP.exec('(上接第1版)听取市科技局…')?.[0]).toBe('(上接第1版)');
    expect(LEADING_JUMP.exec('（接第一版） 会议指出…')?.[0]).toBe('（接第一版） ');
  });

  it('does not match a jump that sends the reader on, nor a numbered item', () => {
    expect(LEADING_JUMP.exec('(下转第4版)听取…')).toBeNull();
    expect(LEADING_JUMP.exec('(一)加强组织领导')).toBeNull();
  });
});

describe('isBylineLine', () => {
  it.each(['记者 尹哲', '本报记者 武玲芳', '本报记者 司 勇', '通讯员 王芳', '(袁剑锋、杨润德)', '（李晓井）', '(张晋峰、刘海君 文/摄)', '文/记者 王芳 图/记者 李强', 'By JOHN SMITH', 'By JOHN SMITH and MARY JONES', 'From Our Own Correspondent'])(
    'takes %s as a byline',
    (text) => {
      expect(isBylineLine(text)).toBe(true);
    },
  );

  it.each(['本报讯 （记者 武玲芳）12月12日，市', '……落到实处。(尹哲)', '记者从市住建局获悉，今年全市计划加装电梯一百余部', 'By a large majority the board', '(一)加强组织领导'])('does not take %s as a byline', (text) => {
    expect(isBylineLine(text)).toBe(false);
  });

  // A photographer's credit on its own line (GT-SPEC: part of the caption) has the byline
  // form `记者 + name` once `李明 摄` is read as a spaced-out name (`司 勇`): the verb decides.
  it('does not take the photographer’s credit `本报记者 李明 摄` as a byline', () => {
    expect(isBylineLine('本报记者 李明 摄')).toBe(false);
  });
});

describe('isPhotoCredit', () => {
  it.each(['游客在冰面上体验雪圈项目。 本报记者 李明 摄', '张秀丽 郭建都 摄影', '市民在公园赏花 新华社供图', 'Photo by J. Smith', 'The Mayor at the opening (Photograph: J. Smith)'])('takes %s as a credit', (text) => {
    expect(isPhotoCredit(text)).toBe(true);
  });

  it.each(['本报讯 元宵节当晚，迎泽公园灯会正式开幕。', 'The photographer was present.'])('does not take %s as a credit', (text) => {
    expect(isPhotoCredit(text)).toBe(false);
  });

  // Wrong: any text ending in 摄 counts, so a column line that breaks after the verb 拍摄
  // (`游客纷纷拍摄` / `留念。`) is a "credit" and recogniseLineForms makes it a caption.
  it('does not take a sentence that breaks after the verb 拍摄 as a credit', () => {
    expect(isPhotoCredit('幕，数十组彩灯点亮湖面，游客纷纷拍摄')).toBe(false);
  });
});

describe('isPageFurniture and isMasthead', () => {
  it.each(['2024年5月6日 星期一', '2024年5月6日 周一', '编辑/王芳 校对/李强', '责任编辑：王芳', '第4版', 'Page 4'])('takes %s as page furniture', (text) => {
    expect(isPageFurniture(text)).toBe(true);
  });

  it.each(['编辑部召开会议，研究部署工作', '2024年5月6日，市政府召开常务会议。'])('does not take %s as page furniture', (text) => {
    expect(isPageFurniture(text)).toBe(false);
  });

  it('knows a newspaper’s name, and not a headline', () => {
    expect(isMasthead('太原日报')).toBe(true);
    expect(isMasthead('THE EVENING GAZETTE')).toBe(true);
    expect(isMasthead('关于调整信访接待时间的公告')).toBe(false);
    expect(isMasthead('HARBOUR BOARD MEETS')).toBe(false);
  });
});

describe('startsWithDateline', () => {
  it.each(['本报讯 （记者 武玲芳）12月12日', '本报太原电 记者', '新华社北京1月3日电 记者', 'WASHINGTON, Jan. 3 — The President', 'LONDON -- The King'])('takes %s as opening with a dateline', (text) => {
    expect(startsWithDateline(text)).toBe(true);
  });

  it.each(['本报记者 尹哲', '记者从市住建局获悉', 'GOLD-BEARING REEF FOUND', 'The council met on Monday.'])('does not take %s as opening with a dateline', (text) => {
    expect(startsWithDateline(text)).toBe(false);
  });

  // Wrong: the paper's own dated dateline (`本报太原1月3日电`, `本报北京1月3日讯`) is not
  // recognised: the `本报…电` form allows only ideographs between 本报 and 电 (the 新华社 form
  // allows figures), so an article opening with it does not start a new article.
  it.each(['本报太原1月3日电 记者', '本报北京1月3日讯 记者'])('takes %s as opening with a dateline', (text) => {
    expect(startsWithDateline(text)).toBe(true);
  });
});

describe('isDateLine and isNoticeCloser', () => {
  it('takes a date printed alone, as a notice signs off', () => {
    expect(isDateLine('2023年2月10日')).toBe(true);
    expect(isDateLine('2023年2月')).toBe(true);
    expect(isDateLine('February 10, 1923')).toBe(true);
    expect(isDateLine('2023年2月10日上午')).toBe(false);
    expect(isDateLine('2023年2月10日，市政府召开会议。')).toBe(false);
  });

  it('takes the closing formulas of a notice, and not a sentence that starts like one', () => {
    expect(isNoticeCloser('特此公告')).toBe(true);
    expect(isNoticeCloser('特此通知。')).toBe(true);
    expect(isNoticeCloser('特此公告全体居民')).toBe(false);
  });
});

describe('startsWithBulletSymbol', () => {
  it('marks a `◆` sub-heading, not a numbered one', () => {
    expect(startsWithBulletSymbol('◆快递进村走出新路径')).toBe(true);
    expect(startsWithBulletSymbol('■ 政策解读')).toBe(true);
    expect(startsWithBulletSymbol('一、快递进村')).toBe(false);
  });
});

describe('coupletParts', () => {
  it('splits a two-part line printed with a space between the parts', () => {
    expect(coupletParts('守护青山绿水 增进民生福祉')).toEqual(['守护青山绿水', '增进民生福祉']);
    expect(coupletParts('筑梦新时代 城建奋进新时代')).toEqual(['筑梦新时代', '城建奋进新时代']);
    expect(coupletParts('“十四五”开新局 奋进新征程')).toEqual(['“十四五”开新局', '奋进新征程']);
  });

  it.each(['连续 8 年', '两会 特刊', '守护青山绿水增进民生福祉', '守护 青山 绿水', 'NEW WHARF OPENED', 'HARBOUR WORKS'])('does not split %s', (text) => {
    expect(coupletParts(text)).toBeNull();
  });
});

describe('isAllCaps', () => {
  it('takes two words or more in capitals', () => {
    expect(isAllCaps('HARBOUR BOARD MEETS')).toBe(true);
    expect(isAllCaps('GOOD TEMPLARS.')).toBe(true);
  });

  it('does not take one word, title case, or too few letters', () => {
    expect(isAllCaps('FOOTBALL.')).toBe(false);
    expect(isAllCaps('Harbour Board Meets')).toBe(false);
    expect(isAllCaps('A B')).toBe(false);
  });
});
