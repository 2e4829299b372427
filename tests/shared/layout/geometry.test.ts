import { describe, expect, it } from 'vitest';
import { findColumns } from '../../../shared/layout/columns';
import { lineEndEvidence } from '../../../shared/layout/line-ends';
import { measurePageGeometry } from '../../../shared/layout/page-geometry';
import { countBackwardSteps, orderByColumns } from '../../../shared/layout/reading-order';
import { setApartFromBody } from '../../../shared/layout/set-apart';
import { pageOf } from '../page-of';
import { columnBlock, layoutPageOf } from './layout-page-of';

const RUNNING = ['The council met on Monday and voted', 'to widen the road by the river before', 'the winter.'];

describe('findColumns', () => {
  it('finds one column per stack of running-text blocks, left to right', () => {
    const columns = findColumns([
      { left: 700, right: 1300, lines: 12 },
      { left: 100, right: 700, lines: 8 },
      { left: 105, right: 695, lines: 5 },
      { left: 300, right: 500, lines: 1 },
    ]);
    expect(columns.map((c) => [c.left, c.right])).toEqual([
      [100, 695],
      [700, 1300],
    ]);
  });

  it('makes no column of a block that spans several', () => {
    const columns = findColumns([
      { left: 100, right: 700, lines: 8 },
      { left: 720, right: 1300, lines: 8 },
      { left: 100, right: 1300, lines: 4 },
    ]);
    expect(columns).toHaveLength(2);
  });
});

describe('measurePageGeometry', () => {
  it('gives nothing for a text page, which has no boxes', () => {
    expect(measurePageGeometry(pageOf('One line\nAnother line\n'))).toBeNull();
  });

  it('places each line in its column, in body line heights', () => {
    const page = layoutPageOf([columnBlock('A', 100, 100, RUNNING), columnBlock('B', 800, 100, RUNNING)]);
    const geometry = measurePageGeometry(page);
    expect(geometry?.columns).toHaveLength(2);
    expect(geometry?.bodyLineHeight).toBe(30);
    const last = page.lines.find((l) => l.text === 'the winter.' && l.block?.id === 'B');
    expect(geometry?.lines.get(last?.id ?? '')).toMatchObject({ column: { left: 800, right: 1400 }, widthShare: 0.5, rightGap: 10 });
  });
});

describe('setApartFromBody', () => {
  const pageWith = (title: { x: number; w: number; h?: number; fontSize?: number }) =>
    layoutPageOf([{ id: 'T', lines: [{ text: 'Revue politique.', y: 60, ...title }] }, columnBlock('A', 100, 100, [...RUNNING, ...RUNNING])]);

  it('finds a line set in a larger font than the body', () => {
    const page = pageWith({ x: 100, w: 300, fontSize: 14 });
    expect(setApartFromBody('L1', measurePageGeometry(page))).toMatchObject({ weak: false, evidence: { sizeRatio: 1.4, sizeFrom: 'font-size' } });
  });

  it('finds a line centred in its column, as weaker evidence', () => {
    const page = pageWith({ x: 300, w: 200, fontSize: 10 });
    expect(setApartFromBody('L1', measurePageGeometry(page))).toMatchObject({ weak: true, reason: 'it is centred in its column' });
  });

  it('finds nothing in a body line set flush left in body type', () => {
    const page = pageWith({ x: 100, w: 300, fontSize: 10 });
    expect(setApartFromBody('L1', measurePageGeometry(page))).toBeNull();
  });
});

describe('lineEndEvidence', () => {
  it('sees a line stop short of its column and the next one start indented', () => {
    const page = layoutPageOf([
      {
        id: 'A',
        lines: [
          { text: 'and so the road was widened', x: 100, y: 100, w: 600, fontSize: 10 },
          { text: 'before the winter.', x: 100, y: 140, w: 300, fontSize: 10 },
          { text: 'The mayor then spoke of the', x: 130, y: 180, w: 570, fontSize: 10 },
          { text: 'bridge and of the new school', x: 100, y: 220, w: 600, fontSize: 10 },
        ],
      },
    ]);
    const geometry = measurePageGeometry(page);
    expect(lineEndEvidence('L1', 'L2', geometry)).toMatchObject({ short: false, nextIndented: false });
    expect(lineEndEvidence('L2', 'L3', geometry)).toMatchObject({ short: true, nextIndented: true, evidence: { rightGap: 10, nextIndent: 1 } });
    expect(lineEndEvidence('L3', 'L4', geometry)).toMatchObject({ short: false, nextIndented: false });
  });
});

describe('orderByColumns', () => {
  const columns = [
    { left: 100, right: 700 },
    { left: 800, right: 1400 },
  ];
  const block = (id: string, left: number, right: number, top: number, bottom: number) => ({ id, left, right, top, bottom });

  it('reads column by column, and a block across the columns starts a new band', () => {
    const blocks = [
      block('right-low', 800, 1400, 1500, 1900),
      block('head', 100, 1400, 1000, 1080),
      block('left-top', 100, 700, 100, 900),
      block('right-top', 800, 1400, 100, 900),
      block('left-low', 100, 700, 1100, 1900),
    ];
    expect(orderByColumns(blocks, columns)).toEqual(['left-top', 'right-top', 'head', 'left-low', 'right-low']);
  });

  it('counts the steps back up a column, not a move left to what lies below', () => {
    const readRight = [block('a', 100, 700, 100, 900), block('b', 800, 1400, 100, 900), block('c', 100, 700, 1000, 1900)];
    expect(countBackwardSteps(readRight, columns, 60)).toBe(0);
    const upAgain = [block('c', 100, 700, 1000, 1900), block('a', 100, 700, 100, 900), block('b', 800, 1400, 100, 900)];
    expect(countBackwardSteps(upAgain, columns, 60)).toBe(1);
  });
});
