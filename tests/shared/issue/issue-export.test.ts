import { describe, expect, it } from 'vitest';
import { exportIssue, suggestedIssueName } from '../../../shared/export/issue-export';
import type { JsonIssueExport } from '../../../shared/export/issue-json';
import { buildIssue } from '../../../shared/issue';
import { CHINESE_ISSUE, ENGLISH_ISSUE, fixturePage } from './issue-pages';

const english = buildIssue(ENGLISH_ISSUE.map(fixturePage));
const noJumps = { include: { jumps: false } };

describe('issue export of a linked article', () => {
  it('txt: the article once, its parts in order, jump lines kept where printed', () => {
    const text = exportIssue('txt', english);
    expect(text.match(/FIRE DESTROYS OLD MILL/gu)).toHaveLength(1);
    const [fire] = text.split('\n\n* * *\n\n');
    // The sentence cut by the jump is one paragraph; the jump lines follow it.
    expect(fire).toContain('the watchman said he saw smoke rising from the roof');
    expect(fire).toMatch(/covered by insurance\.\n\nSee FIRE, Page 2\n\nFIRE, from Page 1$/u);
  });

  it('txt without jump lines: no jump line, not even the head run into the continuation', () => {
    const text = exportIssue('txt', english, noJumps);
    expect(text).not.toMatch(/Page \d/u);
    const [fire] = text.split('\n\n* * *\n\n');
    expect(fire).toBe(
      'FIRE DESTROYS OLD MILL\n\nRIVERTON, Jan. 7 — Fire broke out late last night in the old woollen mill on Water street and burned the building to the ground before the firemen could check the flames.\n\nThe mill had stood empty since the spring, and the watchman said he saw smoke rising from the roof shortly after eleven. The firemen pumped water from the river for three hours, but the woollen mill was lost. The owners say the loss is covered by insurance.',
    );
  });

  it('txt: as many articles as the issue has, four where the pages have six', () => {
    expect(exportIssue('txt', english).split('\n\n* * *\n\n')).toHaveLength(4);
  });

  it('md: one `#` headline per article, a page comment where the article turns', () => {
    const md = exportIssue('md', english, noJumps);
    expect(md.match(/^# /gmu)).toHaveLength(4);
    expect(md).toContain('the watchman said he saw smoke rising');
    expect(md).toMatch(/covered by insurance\.\n\n<!-- page 2 -->\n\n# COUNCIL/u);
  });

  it('json: one article with all paragraphs, each part with its page and source lines', () => {
    const json = JSON.parse(exportIssue('json', english)) as JsonIssueExport;
    expect(json.articles).toHaveLength(4);
    const [fire] = json.articles;
    expect(fire?.headline).toBe('FIRE DESTROYS OLD MILL');
    expect(fire?.paragraphs).toHaveLength(2);
    expect(fire?.paragraphs[1]).toMatch(/the watchman said he saw smoke rising/u);
    expect(fire?.jumps).toEqual(['See FIRE, Page 2', 'FIRE, from Page 1']);
    expect(fire?.parts.map((p) => [p.page, p.source])).toEqual([
      [1, 'ledger-page-1.txt'],
      [2, 'ledger-page-2.txt'],
    ]);
    // The continuation's text starts under its jump line (L1, `FIRE, from Page 1`, then a blank line).
    expect(fire?.parts[1]?.article.provenance.paragraphs[0]?.lineIds[0]).toBe('L3');
    expect(json.galley.links.map((r) => r.kind)).toEqual(['link-jump', 'link-jump']);
    expect(json.galley.joins.map((r) => r.kind)).toEqual(['rejoin-fragment', 'rejoin-fragment']);
  });

  it('Chinese: the linked article is one article, its continuation after its first part', () => {
    const text = exportIssue('txt', buildIssue(CHINESE_ISSUE.map(fixturePage)), noJumps);
    const sections = text.split('\n\n* * *\n\n');
    expect(sections).toHaveLength(4);
    expect(sections[0]).toMatch(/^全市今年新建农村公路一百二十公里\n\n[^]*在平原县区推进农村公路联网路和产业路建设/u);
    expect(text).not.toContain('下转');
  });
});

describe('suggestedIssueName', () => {
  it('names the issue after what its pages share', () => {
    expect(suggestedIssueName(['ledger-page-1.txt', 'ledger-page-2.txt'], 'md')).toBe('ledger.issue.md');
    expect(suggestedIssueName(['zh_p001.txt', 'zh_p004.txt'], 'json')).toBe('zh.issue.json');
    expect(suggestedIssueName(['front.txt', 'back.txt'], 'txt')).toBe('issue.txt');
  });
});
