import { describe, expect, it } from 'vitest';
import { hanNumber, readJumpReference } from '../../../shared/issue/jump-reference';

describe('readJumpReference', () => {
  it.each([
    ['(下转第4版)', 'to', 4],
    ['（下转第四版）', 'to', 4],
    ['转第4版', 'to', 4],
    ['下转4版', 'to', 4],
    ['(上接第1版)', 'from', 1],
    ['接第1版', 'from', 1],
    ['(续第十二版)', 'from', 12],
    ['Continued on Page 4', 'to', 4],
    ['(Continued on page 4, column 3)', 'to', 4],
    ['Cont. on p. 4', 'to', 4],
    ['Continued from Page 1', 'from', 1],
    ["Cont'd from p. 1", 'from', 1],
    ['Suite page 4', 'to', 4],
    ['(Voir la suite en 4e page)', 'to', 4],
    ['Suite de la page 1', 'from', 1],
    ['(Suite de la 1re page)', 'from', 1],
    ['Suite de la première page', 'from', 1],
    ['Fortsetzung auf Seite 4', 'to', 4],
    ['(Fortsetzung von Seite 1)', 'from', 1],
    ['(Vervolg op pagina 4)', 'to', 4],
    ['CONTINUED, from Page 1', 'from', 1],
    ['CONTINUED FROM PAGE 1', 'from', 1],
    ['Continued, on Page 4', 'to', 4],
  ])('%s → %s page %d', (line, direction, page) => {
    expect(readJumpReference(line)).toEqual({ direction, page });
  });

  it('reads the keyword of a keyword continuation head, both ways', () => {
    expect(readJumpReference('See FIRE, Page 2')).toEqual({ direction: 'to', page: 2, keyword: 'FIRE' });
    expect(readJumpReference('FIRE, from Page 1')).toEqual({ direction: 'from', page: 1, keyword: 'FIRE' });
    expect(readJumpReference('See NEW BRIDGE on Page 3')).toEqual({ direction: 'to', page: 3, keyword: 'NEW BRIDGE' });
  });

  it('reads (Schluss folgt) as a jump out that names no page', () => {
    expect(readJumpReference('(Schluss folgt)')).toEqual({ direction: 'to', page: null });
  });

  it('reads a section page (A-4) as a jump that names no page of the issue', () => {
    expect(readJumpReference('(Continued on Page A-4)')).toEqual({ direction: 'to', page: null });
    expect(readJumpReference('Continued from page 2B')).toEqual({ direction: 'from', page: null });
  });

  it.each(['see the table on page 4', 'The fire, from page 1 of yesterday, spread', '第4版', '本报讯 记者从市交通局获悉', 'Suite à la réunion du conseil'])(
    'running text is no jump line: %s',
    (line) => {
      expect(readJumpReference(line)).toBeNull();
    },
  );
});

describe('hanNumber', () => {
  it.each([['4', 4], ['四', 4], ['十', 10], ['十二', 12], ['二十四', 24]])('%s = %d', (text, n) => {
    expect(hanNumber(text)).toBe(n);
  });
});
