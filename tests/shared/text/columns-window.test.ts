import { describe, expect, it } from 'vitest';
import { measureColumns } from '../../../shared/text/columns';

/** A line of running text `length` characters long. */
const line = (length: number): string => 'and the, '.repeat(10).slice(0, length);

describe('the column measure at the top of a Latin column', () => {
  // A news column's first items end in short lines (`source to-day were large.`): the widths
  // of a column whose full lines are 47 characters wide.
  const widths = [40, 30, 40, 39, 38, 47, 35, 37, 45, 47, 49, 42, 45, 44, 44, 31];

  it('measures the first lines by as many lines as the middle ones, not by the short item ends above', () => {
    const measured = measureColumns(widths.map(line), 'latin').widths;
    expect(measured[0]).toBe(47);
    // So the item end on the fourth line shows as short of the column.
    expect(measured[3]).toBe(47);
  });
});
