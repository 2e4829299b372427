import { describe, expect, it } from 'vitest';
import { exportIssue } from '../../../shared/export/issue-export';
import { buildIssue } from '../../../shared/issue';
import { ENGLISH_ISSUE, fixturePage, textPage } from './issue-pages';

const noJumps = { include: { jumps: false } };
const english = ENGLISH_ISSUE.map(fixturePage);

describe('a sentence cut by a jump', () => {
  const issue = buildIssue(english);

  it('is one paragraph in the issue, recorded as a repair that depends on the link', () => {
    const [fire] = issue.joins;
    expect(fire?.kind).toBe('rejoin-fragment');
    expect(fire?.reason).toContain('he saw');
    expect(fire?.reason).toContain('smoke rising');
    expect(fire?.dependsOn).toEqual([issue.links[0]?.repairId]);
    expect(exportIssue('txt', issue, noJumps)).toContain('the watchman said he saw smoke rising from the roof');
  });

  it('comes apart when the link is rejected', () => {
    const unlinked = buildIssue(english, new Set([issue.links[0]?.repairId ?? '']));
    expect(unlinked.joins.some((j) => j.reason.includes('he saw'))).toBe(false);
    expect(unlinked.declined.map((r) => r.kind)).toEqual(['link-jump']);
    expect(exportIssue('txt', unlinked, noJumps)).not.toContain('he saw smoke');
  });

  it('stays two paragraphs when the join alone is rejected; the link stays', () => {
    const [fire] = issue.joins;
    const apart = buildIssue(english, new Set([fire?.id ?? '']));
    expect(apart.links).toHaveLength(2);
    expect(apart.declined.map((r) => r.id)).toEqual([fire?.id]);
    expect(exportIssue('txt', apart, noJumps)).toContain('the watchman said he saw\n\nsmoke rising');
  });

  it('is not joined when the first part ends its sentence, or the continuation starts one', () => {
    const pages = (end: string, start: string) => buildIssue([
      textPage('p_p1.txt', `BRIDGE VOTED\n\n  The council voted the bridge\nand the mayor ${end}\n\nContinued on Page 2\n`),
      textPage('p_p2.txt', `Continued from Page 1\n\n${start} the bridge will\ncarry the street cars over the river.\n`),
    ]);
    expect(pages('spoke.', 'the council said').joins).toHaveLength(0);
    expect(pages('spoke', 'The council said').joins).toHaveLength(0);
    expect(pages('spoke', 'and the council said').links).toHaveLength(1);
    expect(pages('spoke', 'and the council said').joins).toHaveLength(1);
  });

  it('joins a word broken with a hyphen at the jump without the hyphen', () => {
    const issue = buildIssue([
      textPage('p_p1.txt', `BRIDGE VOTED\n\n  The council voted the bridge, and the fire-\n\nContinued on Page 2\n`),
      textPage('p_p2.txt', `Continued from Page 1\n\nmen of the bridge company cheered.\n`),
    ]);
    expect(exportIssue('txt', issue, noJumps)).toContain('and the firemen of the bridge company cheered.');
  });
});
