import { describe, expect, it } from 'vitest';
import { buildIssue, type Issue } from '../../../shared/issue';
import { CHINESE_ISSUE, ENGLISH_ISSUE, fixturePage, textPage } from './issue-pages';

/** Each issue article as its parts' `page:headline-or-first-words`, as an editor reads the list. */
function chains(issue: Issue): string[][] {
  return issue.articles.map((a) => a.parts.map((p) => `${p.pageNumber}:${(p.article.headline?.text ?? p.article.paragraphs[0]?.text ?? '').slice(0, 12)}`));
}

describe('buildIssue: English', () => {
  const issue = buildIssue(ENGLISH_ISSUE.map(fixturePage));

  it('links a keyword jump and a page jump, each as one article with its parts', () => {
    expect(chains(issue)).toEqual([
      // `FIRE, from Page 1` is the page's jump line, not the continuation's headline.
      ['1:FIRE DESTROY', '2:smoke rising'],
      ['1:COUNCIL VOTE', '3:two hours be'],
      ['2:SCHOOL BOARD'],
      ['3:CHURCH FAIR '],
    ]);
  });

  it('records each link as a link-jump repair naming both jump lines and the evidence', () => {
    expect(issue.repairs).toHaveLength(2);
    const [fire, bridge] = issue.repairs;
    expect(fire?.kind).toBe('link-jump');
    expect(fire?.reason).toContain('See FIRE, Page 2');
    expect(fire?.reason).toContain('FIRE, from Page 1');
    expect(fire?.reason).toContain('keyword FIRE');
    expect(fire?.confidence).toBeGreaterThan(0.9);
    expect(bridge?.reason).toContain('Continued on Page 3');
    expect(bridge?.evidence).toMatchObject({ fromPageNumber: 1, toPageNumber: 3, candidates: 1 });
  });

  it('gives the same links, ids and all, on a second run', () => {
    expect(buildIssue(ENGLISH_ISSUE.map(fixturePage))).toEqual(issue);
  });
});

describe('buildIssue: Chinese, two candidates on the target page', () => {
  const issue = buildIssue([...CHINESE_ISSUE].reverse().map(fixturePage));

  it('orders the pages by the number in their names and links each article to the continuation that matches it', () => {
    expect(issue.pages.map((p) => p.number)).toEqual([1, 4]);
    expect(issue.articles.map((a) => a.parts.map((p) => `${p.pageNumber}:${p.article.paragraphs[0]?.text.slice(0, 6) ?? ''}`))).toEqual([
      ['1:本报讯 （记', '4:农村公路联网'],
      ['1:本报讯 （记', '4:供水管网改造'],
      ['4:本报讯 （记'],
    ]);
  });

  it('says it chose among two, with a confidence below a single candidate’s', () => {
    for (const repair of issue.repairs) {
      expect(repair.reason).toContain('best match of 2 articles on page 4');
      expect(repair.confidence).toBeLessThan(0.75);
    }
  });
});

describe('buildIssue: no link', () => {
  const front = textPage(
    'p1.txt',
    '市区新建停车场投入使用\n\n本报讯 市区新建的三座公共停车场日前投入使用，共提供停车位一千二百个，\n\n缓解了老城区停车难的问题。\n\n(下转第2版)\n',
  );

  it('(the same front page links to a continuation that matches it)', () => {
    const back = textPage('p2.txt', '(上接第1版)\n\n新建停车场实行智能收费，市民可通过手机查询停车位。\n');
    const issue = buildIssue([front, back]);
    expect(issue.links).toHaveLength(1);
    expect(issue.articles[0]?.parts[0]?.jumpLines.map((j) => j.text)).toEqual(['(下转第2版)']);
  });

  it('when the target page has no article that says it comes from the page', () => {
    const back = textPage('p2.txt', '冬季文化活动丰富多彩\n\n本报讯 各县区文化馆组织书法展览和戏曲演出，吸引众多市民参与。\n');
    const issue = buildIssue([front, back]);
    expect(issue.links).toEqual([]);
    expect(issue.articles).toHaveLength(2);
  });

  it('when the only continuation shares nothing with the article', () => {
    const back = textPage('p2.txt', '(上接第1版)\n\n书法展览和戏曲演出吸引众多群众参与欣赏。\n');
    const issue = buildIssue([front, back]);
    expect(issue.articles[1]?.parts[0]?.jumpLines.map((j) => j.text)).toEqual(['(上接第1版)']);
    expect(issue.links).toEqual([]);
  });

  it('when the named page is not in the issue', () => {
    const back = textPage('p3.txt', '(上接第1版)\n\n停车场共提供停车位一千二百个，缓解老城区停车难。\n');
    expect(buildIssue([front, back]).links).toEqual([]);
  });
});

describe('buildIssue: rejecting a link', () => {
  const pages = CHINESE_ISSUE.map(fixturePage);
  const linked = buildIssue(pages);
  const [roads] = linked.repairs;

  it('leaves that link undone and keeps it as declined; the other link stays', () => {
    if (roads === undefined) throw new Error('expected a link');
    const issue = buildIssue(pages, new Set([roads.id]));
    expect(issue.repairs.map((r) => r.id)).not.toContain(roads.id);
    expect(issue.declined.map((r) => r.id)).toContain(roads.id);
    expect(issue.links).toHaveLength(1);
    // The roads article and its would-be continuation are now two articles.
    expect(issue.articles.map((a) => a.parts.length)).toEqual([1, 2, 1, 1]);
  });
});
