import { describe, expect, it } from 'vitest';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { columnBlock, layoutPageOf, type SketchBlock } from '../layout/layout-page-of';
import { articlesOf, expectWhole, rejecting } from './examples';

const PASS = 'orderBlocksByLayout';

const HEAD: SketchBlock = { id: 'HEAD', lines: [{ text: 'BRIDGE OPENED OVER THE RIVER', x: 100, y: 20, w: 1300, h: 60, fontSize: 20 }] };
const LEFT_TOP = columnBlock('A1', 100, 120, ['The new bridge over the river was', 'opened yesterday by the Mayor before', 'a large crowd.']);
const LEFT_LOW = columnBlock('A2', 100, 260, ['Work on the bridge began in the', 'spring of last year and ran on', 'through the winter.']);
const RIGHT_TOP = columnBlock('B1', 800, 120, ['The Mayor thanked the men who had', 'built it and the council that had', 'paid for it.']);
const RIGHT_LOW = columnBlock('B2', 800, 260, ['A dinner was given in the evening', 'at the town hall for all who had', 'worked on it.']);
const IN_ORDER = ['The new bridge over the river was opened yesterday by the Mayor before a large crowd.', 'Work on the bridge began in the spring of last year and ran on through the winter.', 'The Mayor thanked the men who had built it and the council that had paid for it.', 'A dinner was given in the evening at the town hall for all who had worked on it.'];

describe('orderBlocksByLayout', () => {
  it('reads the blocks column by column when the file’s own order keeps going back up the columns', () => {
    const source = layoutPageOf([RIGHT_LOW, LEFT_TOP, HEAD, RIGHT_TOP, LEFT_LOW]);
    const result = reconstruct(source);
    expect(articlesOf(result)).toEqual([{ headline: 'BRIDGE OPENED OVER THE RIVER', paragraphs: IN_ORDER }]);
    const repair = result.repairs.find((r) => r.pass === PASS);
    expect(repair).toMatchObject({ kind: 'reorder-blocks', evidence: { blocks: 5, backwardSteps: 2, columns: 2 } });
    expect(repair?.after.split('\n')).toEqual(['BRIDGE OPENED OVER THE RIVER', 'The new bridge over the river was', 'Work on the bridge began in the', 'The Mayor thanked the men who had', 'A dinner was given in the evening']);
    expectWhole(result, source);
  });

  it('keeps the file’s order when the editor rejects the reordering', () => {
    const source = layoutPageOf([RIGHT_LOW, LEFT_TOP, HEAD, RIGHT_TOP, LEFT_LOW]);
    const before = reconstruct(source);
    const repair = before.repairs.find((r) => r.pass === PASS);
    if (!repair) throw new Error('no reordering');
    const after = rejecting(source, repair, before);
    expect(after.articles.flatMap((a) => a.paragraphs.map((p) => p.text))[0]).toBe(IN_ORDER[3]);
  });

  it('leaves a file in column order alone', () => {
    const result = reconstruct(layoutPageOf([HEAD, LEFT_TOP, LEFT_LOW, RIGHT_TOP, RIGHT_LOW]));
    expect(result.repairs.filter((r) => r.pass === PASS)).toEqual([]);
    expect(articlesOf(result)).toEqual([{ headline: 'BRIDGE OPENED OVER THE RIVER', paragraphs: IN_ORDER }]);
  });

  it('follows the reading order the file declares, whatever the geometry says', () => {
    const blocks = [RIGHT_LOW, LEFT_TOP, HEAD, RIGHT_TOP, LEFT_LOW];
    const declared = { blockIds: blocks.map((b) => b.id), groups: [] };
    const result = reconstruct(layoutPageOf(blocks, declared));
    expect(result.repairs.filter((r) => r.pass === PASS)).toEqual([]);
  });
});
