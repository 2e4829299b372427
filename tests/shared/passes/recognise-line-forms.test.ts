import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { articlesOf, expectWhole, findRepair, otherOf, page, rejecting, repairsOf } from './examples';

const PASS = 'recogniseLineForms';

/** Two articles: an inline credit that stays in the paragraph, and a trailing one on its own line. */
const CREDITS = page([
  '城建项目加快推进',
  '',
  '本报讯 今年以来，我市城建项目全面提',
  '速，各项工作有序推进，确保各项任务落',
  '到实处。(尹哲)',
  '',
  '社区服务提质增效',
  '',
  '本报讯 近日，我市召开社区服务工作推',
  '进会，部署下一阶段重点任务，要求各区',
  '县压实责任，抓好落实。',
  '(袁剑锋、杨润德)',
]);

/** A byline under the headline and a jump line under the text. */
const BYLINE_AND_JUMP = page([
  '科技创新成果丰硕',
  '记者 尹哲',
  '',
  '本报讯 近日，市科技局召开科技创新工作',
  '推进会，研究部署今年重点工作，要求各',
  '部门加大投入，推动成果转化。',
  '(下转第4版)',
]);

describe('recogniseLineForms: bylines', () => {
  it('takes a bracketed name list on its own line as the byline; an inline credit stays in the paragraph', () => {
    const result = reconstruct(CREDITS);
    expect(articlesOf(result)).toEqual([
      { headline: '城建项目加快推进', paragraphs: ['本报讯 今年以来，我市城建项目全面提速，各项工作有序推进，确保各项任务落到实处。(尹哲)'] },
      { headline: '社区服务提质增效', byline: '(袁剑锋、杨润德)', paragraphs: ['本报讯 近日，我市召开社区服务工作推进会，部署下一阶段重点任务，要求各区县压实责任，抓好落实。'] },
    ]);
    expect(repairsOf(result, PASS, CREDITS)).toEqual(['classify-block (袁剑锋、杨润德): body → byline']);
  });

  it('takes `记者 尹哲` as the byline, and leaves the `本报讯 （记者 武玲芳）` dateline inside the first paragraph', () => {
    const source = page(['康复之光照童心', '记者 尹哲', '', '本报讯 （记者 武玲芳）12月12日，市', '政府新闻办召开新闻发布会，介绍我市', '残疾儿童康复救助工作情况。']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '康复之光照童心', byline: '记者 尹哲', paragraphs: ['本报讯 （记者 武玲芳）12月12日，市政府新闻办召开新闻发布会，介绍我市残疾儿童康复救助工作情况。'] },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual(['classify-block 记者 尹哲: body → byline']);
  });

  it('takes `By JOHN SMITH` as the byline (Latin)', () => {
    const source = page([
      'HARBOUR BOARD MEETS',
      '',
      'By JOHN SMITH',
      '',
      'The harbour board met yesterday after-',
      'noon to consider the tenders for the new',
      'wharf, and after a long discussion the',
      'lowest tender was accepted.',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: 'HARBOUR BOARD MEETS',
        byline: 'By JOHN SMITH',
        paragraphs: ['The harbour board met yesterday afternoon to consider the tenders for the new wharf, and after a long discussion the lowest tender was accepted.'],
      },
    ]);
    expect(repairsOf(result, PASS, source)).toEqual(['classify-block By JOHN SMITH: body → byline']);
  });

  it('does not take a body line that starts with “By” as a byline', () => {
    const source = page(['HARBOUR BOARD MEETS', '', 'By a large majority the board accepted', 'the lowest tender for the new wharf.']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: 'HARBOUR BOARD MEETS', paragraphs: ['By a large majority the board accepted the lowest tender for the new wharf.'] }]);
    expect(repairsOf(result, PASS, source)).toEqual([]);
  });

  it('rejecting a byline takes the line out of the byline and keeps it on the page', () => {
    const before = reconstruct(CREDITS);
    const repair = findRepair(before, PASS, 'classify-block (袁剑锋、杨润德): body → byline', CREDITS);
    const after = rejecting(CREDITS, repair, before);
    expect(after.articles.map((a) => a.byline)).toEqual([null, null]);
    expect(articlesOf(after).map((a) => a.paragraphs)).toEqual(articlesOf(before).map((a) => a.paragraphs));
    expectWhole(after, CREDITS);
  });
});

describe('recogniseLineForms: jump lines', () => {
  it('takes `(下转第4版)` as a jump line of the article above it', () => {
    const result = reconstruct(BYLINE_AND_JUMP);
    expect(articlesOf(result)).toEqual([
      {
        headline: '科技创新成果丰硕',
        byline: '记者 尹哲',
        paragraphs: ['本报讯 近日，市科技局召开科技创新工作推进会，研究部署今年重点工作，要求各部门加大投入，推动成果转化。'],
        jumps: ['(下转第4版)'],
      },
    ]);
    expect(repairsOf(result, PASS, BYLINE_AND_JUMP)).toEqual(['classify-block 记者 尹哲: body → byline', 'classify-block (下转第4版): body → jump']);
  });

  it('takes `(Continued on Page 6)` as a jump line, and the masthead and page number as page furniture (Latin)', () => {
    const source = page([
      'THE EVENING GAZETTE',
      'Page 4',
      '',
      'COUNCIL MEETING',
      '',
      'The council met on Monday evening and',
      'passed the estimates for the coming year',
      'after a long debate on the new roads.',
      '(Continued on Page 6)',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: 'COUNCIL MEETING',
        paragraphs: ['The council met on Monday evening and passed the estimates for the coming year after a long debate on the new roads.'],
        jumps: ['(Continued on Page 6)'],
      },
    ]);
    expect(otherOf(result)).toEqual(['page-header: THE EVENING GAZETTE', 'page-header: Page 4']);
    expect(repairsOf(result, PASS, source)).toEqual([
      'classify-block THE EVENING GAZETTE: body → page-header',
      'classify-block Page 4: body → page-header',
      'classify-block (Continued on Page 6): body → jump',
    ]);
  });

  it('rejecting a jump line takes it out of the jumps and keeps it on the page', () => {
    const before = reconstruct(BYLINE_AND_JUMP);
    const repair = findRepair(before, PASS, 'classify-block (下转第4版): body → jump', BYLINE_AND_JUMP);
    const after = rejecting(BYLINE_AND_JUMP, repair, before);
    expect(after.articles.flatMap((a) => a.jumps)).toEqual([]);
    expect(articlesOf(after)[0]).toMatchObject({ headline: '科技创新成果丰硕', byline: '记者 尹哲' });
    expectWhole(after, BYLINE_AND_JUMP);
  });
});

describe('recogniseLineForms: captions and page furniture', () => {
  it('sets a line ending with a photographer’s credit aside as a caption', () => {
    const source = page([
      '冰雪节开幕',
      '',
      '本报讯 12月20日，第五届冰雪节在汾河',
      '公园开幕，市民游客踏冰赏雪，乐享冬日',
      '时光。本届冰雪节设置了滑冰、雪圈等十',
      '余个项目，将持续至明年二月。',
      '游客在冰面上体验雪圈项目。 本报记者 李明 摄',
      '据介绍，冰雪节期间公园将增派安保人员',
      '和志愿者，保障游客安全。',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      {
        headline: '冰雪节开幕',
        paragraphs: ['本报讯 12月20日，第五届冰雪节在汾河公园开幕，市民游客踏冰赏雪，乐享冬日时光。本届冰雪节设置了滑冰、雪圈等十余个项目，将持续至明年二月。', '据介绍，冰雪节期间公园将增派安保人员和志愿者，保障游客安全。'],
      },
    ]);
    expect(otherOf(result)).toEqual(['caption: 游客在冰面上体验雪圈项目。 本报记者 李明 摄']);
    expect(repairsOf(result, PASS, source)).toEqual(['classify-block 游客在冰面上体验雪圈项目。 本报记者 李明 摄: body → caption']);
  });

  it('a credit alone on its line takes the caption line printed just above it along', () => {
    const source = page([
      '冰雪节开幕',
      '',
      '本报讯 12月20日，第五届冰雪节在汾河',
      '公园开幕，市民游客踏冰赏雪，乐享冬日',
      '时光，将持续至明年二月。',
      '游客在冰面上体验雪圈项目',
      '张秀丽 郭建都 摄影',
      '据介绍，冰雪节期间公园将增派安保人员',
      '和志愿者，保障游客安全。',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '冰雪节开幕', paragraphs: ['本报讯 12月20日，第五届冰雪节在汾河公园开幕，市民游客踏冰赏雪，乐享冬日时光，将持续至明年二月。', '据介绍，冰雪节期间公园将增派安保人员和志愿者，保障游客安全。'] },
    ]);
    expect(otherOf(result)).toEqual(['caption: 游客在冰面上体验雪圈项目', 'caption: 张秀丽 郭建都 摄影']);
    expect(repairsOf(result, PASS, source)).toEqual(['classify-block 张秀丽 郭建都 摄影: body → caption', 'classify-block 游客在冰面上体验雪圈项目: body → caption']);
  });

  // Wrong: `本报记者 李明 摄` is a photographer's credit (GT-SPEC: a caption includes "its
  // photographer credit on the same or next line (`本报记者 某某 摄`)"), but the byline form
  // `记者 + name` is tried first and reads `李明 摄` as a spaced-out name, so the credit becomes
  // the byline of an article whose headline is the caption line above it.
  it('takes a `本报记者 某某 摄` credit on its own line as the caption’s credit, not as a byline', () => {
    const source = page([
      '冰雪节开幕',
      '',
      '本报讯 12月20日，第五届冰雪节在汾河',
      '公园开幕，市民游客踏冰赏雪，乐享冬日',
      '时光，将持续至明年二月。',
      '游客在冰面上体验雪圈项目',
      '本报记者 李明 摄',
      '据介绍，冰雪节期间公园将增派安保人员',
      '和志愿者，保障游客安全。',
    ]);
    const result = reconstruct(source);
    expect(result.articles.map((a) => a.byline?.text ?? null)).toEqual([null]);
    expect(otherOf(result)).toEqual(['caption: 游客在冰面上体验雪圈项目', 'caption: 本报记者 李明 摄']);
  });

  // Wrong: a column line that happens to end in `拍摄` (“游客纷纷拍摄” + next line “留念。”)
  // is taken for a photographer's credit and torn out of its paragraph as a caption; the
  // credit form is matched on a single printed line before the lines are joined.
  it('keeps a column line that happens to end in `拍摄` inside its paragraph', () => {
    const source = page([
      '灯会开幕',
      '',
      '本报讯 元宵节当晚，迎泽公园灯会正式开',
      '幕，数十组彩灯点亮湖面，游客纷纷拍摄',
      '留念。据了解，本次灯会将持续至二月底，',
      '公园将延长开放时间，方便市民游览观赏。',
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([
      { headline: '灯会开幕', paragraphs: ['本报讯 元宵节当晚，迎泽公园灯会正式开幕，数十组彩灯点亮湖面，游客纷纷拍摄留念。据了解，本次灯会将持续至二月底，公园将延长开放时间，方便市民游览观赏。'] },
    ]);
    expect(otherOf(result)).toEqual([]);
  });

  it('takes the page’s date and the editors’ credits at the top as page furniture', () => {
    const source = page(['2024年5月6日 星期一', '编辑/王芳 校对/李强', '', '春耕备耕有序开展', '', '本报讯 眼下正值春耕备耕关键时期，各', '县（市、区）抢抓农时，组织农技人员深', '入田间地头，指导农民科学种田。']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: '春耕备耕有序开展', paragraphs: ['本报讯 眼下正值春耕备耕关键时期，各县（市、区）抢抓农时，组织农技人员深入田间地头，指导农民科学种田。'] }]);
    expect(otherOf(result)).toEqual(['page-header: 2024年5月6日 星期一', 'page-header: 编辑/王芳 校对/李强']);
    expect(repairsOf(result, PASS, source)).toEqual(['classify-block 2024年5月6日 星期一: body → page-header', 'classify-block 编辑/王芳 校对/李强: body → page-header']);
  });

  // Wrong: a date printed alone at the top of the page (GT-SPEC page-header: "dates printed
  // at the top of a page") is page furniture only with its weekday (`… 星期一`); without it
  // the date becomes the only paragraph of an article of its own.
  it('takes a date alone on the page’s first line as page furniture', () => {
    const source = page(['2024年5月6日', '', '春耕备耕有序开展', '', '本报讯 眼下正值春耕备耕关键时期，各', '县（市、区）抢抓农时，组织农技人员深', '入田间地头，指导农民科学种田。']);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: '春耕备耕有序开展', paragraphs: ['本报讯 眼下正值春耕备耕关键时期，各县（市、区）抢抓农时，组织农技人员深入田间地头，指导农民科学种田。'] }]);
    expect(otherOf(result)).toEqual(['page-header: 2024年5月6日']);
  });
});
