import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../../shared/export/plain-text';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import { harbourRec } from './harbour';

describe('toPlainText', () => {
  it('writes heading lines, then paragraphs and jumps, articles apart, other blocks last', () => {
    expect(toPlainText(harbourRec)).toBe(
      [
        'CITY NEWS',
        'HARBOUR WORKS BEGIN AT LAST',
        'Stone laid at the pier',
        'By A. REPORTER',
        '',
        'The works began yesterday at the pier.',
        '',
        '# 3 berth is ready; the cranes arrive on Monday.',
        '',
        '(Continued on Page 4)',
        '',
        '* * *',
        '',
        'TIDES',
        '',
        '- 5 ft at noon.',
        '',
        '* * *',
        '',
        'THE EVENING GAZETTE',
        '',
        'The pier at dawn.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what the options exclude', () => {
    const text = toPlainText(harbourRec, { include: { headlines: false, bylines: false, jumps: false, other: false } });
    expect(text).toBe(
      ['The works began yesterday at the pier.', '', '# 3 berth is ready; the cranes arrive on Monday.', '', '* * *', '', '- 5 ft at noon.', '', '* * *', '', 'The pier at dawn.', ''].join('\n'),
    );
    expect(toPlainText(harbourRec, { include: { captions: false, other: false } })).not.toContain('* * *\n\nTHE EVENING');
    expect(toPlainText(harbourRec, { include: { captions: false, other: false } }).endsWith('- 5 ft at noon.\n')).toBe(true);
  });

  it('writes nothing for an empty page', () => {
    const empty: Reconstruction = { ...harbourRec, articles: [], other: [] };
    expect(toPlainText(empty)).toBe('');
  });
});
