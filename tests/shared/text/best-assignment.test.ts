import { describe, expect, it } from 'vitest';
import { bestAssignment } from '../../../shared/text/best-assignment';

describe('bestAssignment', () => {
  it('gives up the single best cell when two others together weigh more', () => {
    // Row 0 is best in column 0, but row 1 fits nowhere else.
    expect(bestAssignment([[0.5, 0.4], [0.45, null]], 2)).toEqual([1, 0]);
  });

  it('leaves a row unassigned when its only cells are taken or missing', () => {
    expect(bestAssignment([[0.9, null], [0.8, null], [null, null]], 2)).toEqual([0, -1, -1]);
  });

  it('handles more columns than rows, and no rows at all', () => {
    expect(bestAssignment([[0.1, 0.2, 0.9]], 3)).toEqual([2]);
    expect(bestAssignment([], 3)).toEqual([]);
  });
});
