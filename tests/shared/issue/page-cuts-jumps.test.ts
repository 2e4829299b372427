import { describe, expect, it } from 'vitest';
import { readJumpReference } from '../../../shared/issue';
import { isJumpLine } from '../../../shared/text/line-forms';
import { textPage } from './issue-pages';

/**
 * The page passes and the issue read jump lines with one reader: every line the issue links
 * by, the page itself sets aside as a jump, out of the headline and the paragraphs.
 */
const FORMS = [
  'FIRE, from Page 1',
  'CONTINUED, from Page 1',
  'Suite de la page 1',
  '(Fortsetzung von Seite 1)',
  'Vervolg van pagina 1',
  '(Continued from Page 1)',
];

describe('the page cuts out the jump lines the issue links by', () => {
  it.each(FORMS)('%s opens the continuation as its jump line, not its headline or text', (jump) => {
    const { reconstruction } = textPage('p2.txt', `${jump}\n\nsmoke rising from the roof shortly\nafter eleven, the watchman said.\n`);
    const [article] = reconstruction.articles;
    expect(article?.jumps.map((j) => j.text)).toEqual([jump]);
    expect(article?.headline).toBeNull();
    expect(article?.paragraphs.map((p) => p.text)).toEqual(['smoke rising from the roof shortly after eleven, the watchman said.']);
  });

  it.each(['See FIRE, Page 2', 'Suite page 2', 'Fortsetzung auf Seite 2', '(Vervolg op pagina 2)', 'CONTINUED ON PAGE 2'])('%s closes the first part as its jump line', (jump) => {
    const { reconstruction } = textPage('p1.txt', `FIRE DESTROYS OLD MILL\n\n  Fire broke out late last night in the\nold mill, and the watchman said he saw\n\n${jump}\n`);
    const [article] = reconstruction.articles;
    expect(article?.jumps.map((j) => j.text)).toEqual([jump]);
    expect(article?.paragraphs.map((p) => p.text).join(' ')).not.toContain(jump);
  });

  it('takes as a jump line every whole line the reader reads, Chinese ones in brackets', () => {
    for (const line of [...FORMS, '(下转第4版)', '（上接第1版）']) expect([line, isJumpLine(line)]).toEqual([line, readJumpReference(line) !== null]);
    expect(readJumpReference('下转第4版')).not.toBeNull();
    expect(isJumpLine('下转第4版')).toBe(false);
  });
});
