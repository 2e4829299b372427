import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { layoutPageOf } from '../layout/layout-page-of';
import { articlesOf, expectWhole, findRepair } from './examples';

const PASS = 'joinColumnLines';
const line = (text: string, y: number, x = 100, w = 600) => ({ text, x, y, w, fontSize: 10 });

describe('joinColumnLines on a layout page', () => {
  it('ends a paragraph where the line box stops short of the column, however many characters it holds', () => {
    // The short line has as many characters as the full ones: only the box shows it is short
    // (the type is spaced out to fill the full lines).
    const source = layoutPageOf([
      {
        id: 'A',
        lines: [line('The council met on Monday.', 100), line('It voted for the new bridge.', 140, 100, 380), line('Work starts in the spring.', 180), line('The Mayor was pleased.', 220, 100, 300)],
      },
      { id: 'B', lines: [line('Filler line to set the column', 300), line('and more of the same filler', 340), line('text to make it a column.', 380, 100, 300)] },
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)[0]?.paragraphs.slice(0, 2)).toEqual(['The council met on Monday. It voted for the new bridge.', 'Work starts in the spring. The Mayor was pleased.']);
    expectWhole(result, source);
  });

  it('ends a paragraph before a line whose box starts indented, and records what the boxes measured', () => {
    const source = layoutPageOf([
      {
        id: 'A',
        lines: [line('The council met on Monday and', 100), line('voted for the bridge at once.', 140), line('The Mayor then spoke of the', 180, 130, 570), line('school and of the new roads.', 220, 100, 300)],
      },
      { id: 'B', lines: [line('Filler line to set the column', 300), line('and more of the same filler', 340), line('text to make it a column.', 380, 100, 300)] },
    ]);
    const result = reconstruct(source);
    expect(articlesOf(result)[0]?.paragraphs[0]).toBe('The council met on Monday and voted for the bridge at once.');
    const repair = findRepair(result, PASS, 'paragraph-break voted for the bridge at once.⏎The Mayor then spoke of the → voted for the bridge at once.⏎⏎The Mayor then spoke of the', source);
    expect(repair.evidence).toEqual({ rightGap: 0, nextIndent: 1 });
  });
});
