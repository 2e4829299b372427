import { describe, expect, it } from 'vitest';
import { escapeLine, toMarkdown } from '../../../shared/export/markdown';
import { parseTextPage } from '../../../shared/load/text-page';
import { harbourPage, harbourRec } from './harbour';

describe('toMarkdown', () => {
  it('writes kicker, headline, deck, byline, paragraphs, jumps and an Other section', () => {
    expect(toMarkdown(harbourRec, harbourPage)).toBe(
      [
        '<!-- Reconstructed by Galley from harbour.txt -->',
        '*CITY NEWS*',
        '# HARBOUR WORKS BEGIN AT LAST',
        '**Stone laid at the pier**',
        '*By A. REPORTER*',
        'The works began yesterday at the pier.',
        '\\# 3 berth is ready; the cranes arrive on Monday.',
        '*(Continued on Page 4)*',
        '# TIDES',
        '\\- 5 ft at noon.',
        '## Other',
        '- **Page header:** THE EVENING GAZETTE\n- **Caption:** The pier at dawn.',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes page text so a leading #, -, > or number stays text', () => {
    expect(escapeLine('# not a heading')).toBe('\\# not a heading');
    expect(escapeLine('- not a list')).toBe('\\- not a list');
    expect(escapeLine('---')).toBe('\\---');
    expect(escapeLine('> not a quote')).toBe('\\> not a quote');
    expect(escapeLine('1914. The war began.')).toBe('1914\\. The war began.');
    expect(escapeLine('*stars* and _under_ [link]')).toBe('\\*stars\\* and \\_under\\_ \\[link\\]');
    expect(escapeLine('well-known 1914-1918')).toBe('well-known 1914-1918');
    expect(escapeLine('本报讯 （记者 武玲芳）')).toBe('本报讯 （记者 武玲芳）');
  });

  it('reads back as the same printed text when Galley opens its own export', () => {
    const md = toMarkdown(harbourRec, harbourPage);
    const page = parseTextPage('harbour.cleaned.md', md, 'utf-8');
    const texts = page.lines.map((l) => l.text).filter((t) => t !== '');
    expect(texts).toContain('# 3 berth is ready; the cranes arrive on Monday.');
    expect(texts).toContain('- 5 ft at noon.');
    expect(page.lines.find((l) => l.text === 'HARBOUR WORKS BEGIN AT LAST')?.markup).toEqual({ headingLevel: 1 });
  });

  it('sets off an article without a headline by a rule', () => {
    const rec = { ...harbourRec, articles: harbourRec.articles.map((a) => ({ ...a, headline: null })) };
    const md = toMarkdown(rec, harbourPage, { include: { other: false, captions: false } });
    expect(md).not.toMatch(/^# /mu);
    expect(md).toContain('*(Continued on Page 4)*\n\n---\n\n\\- 5 ft at noon.');
    expect(md).not.toContain('## Other');
  });

  it('writes the note of an `other` block', () => {
    const rec = { ...harbourRec, other: [{ id: 'O-L1', kind: 'other' as const, text: 'Weather: fair', note: 'weather box', lineIds: ['L1'] }] };
    expect(toMarkdown(rec, harbourPage)).toContain('## Other\n\n- **Other** (weather box): Weather: fair\n');
  });
});
