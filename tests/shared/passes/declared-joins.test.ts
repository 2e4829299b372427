import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPageXml } from '../../../shared/load/page-xml';
import type { Page } from '../../../shared/model/page';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { declaredJoins } from '../../../shared/layout/declared-joins';

// Reichsanzeiger 1844 (CC0) with `Relation type="join"` r6 → r7 and r7 → r8 added: see the fixture README.
const file = path.resolve(import.meta.dirname, '../../fixtures/page-xml/reichsanzeiger-gt-1844_214_0615-join-relations.xml');
const loaded = loadPageXml('1844_214_0615.xml', new Uint8Array(readFileSync(file)));
if (!loaded.ok) throw new Error(loaded.error.message);
const page: Page = loaded.value;
const withoutJoins: Page = { ...page, layout: { ...page.layout, joins: [] } };

const lineOf = (block: string, end: 'first' | 'last') => {
  const lines = page.lines.filter((l) => l.block?.id === block && l.text.trim() !== '');
  return (end === 'first' ? lines[0] : lines[lines.length - 1])?.id ?? '';
};
/** The paragraph holding line `id`, as text. */
const paragraphWith = (result: ReturnType<typeof reconstruct>, id: string) => result.articles.flatMap((a) => a.paragraphs).find((p) => p.lineIds.includes(id));

describe('join relations in the file', () => {
  it('reads the joins as pairs of lines: the end of one region and the start of the next', () => {
    const joins = [...declaredJoins(page).values()];
    expect(joins.map((j) => `${j.from}→${j.to}`)).toEqual(['r6→r7', 'r7→r8']);
    expect(joins[0]?.lastLine).toBe(lineOf('r6', 'last'));
    expect(joins[0]?.firstLine).toBe(lineOf('r7', 'first'));
  });

  it('joins the paragraph across the regions and says the file marked it', () => {
    const result = reconstruct(page);
    for (const [from, to] of [['r6', 'r7'], ['r7', 'r8']] as const) {
      const paragraph = paragraphWith(result, lineOf(from, 'last'));
      expect(paragraph?.lineIds).toContain(lineOf(to, 'first'));
    }
    // `Buß⸗` + `haus.`: one word again.
    expect(paragraphWith(result, lineOf('r6', 'last'))?.text).toContain('Bußhaus. Zwei');
    const cited = result.repairs.filter((r) => r.kind === 'join-lines' && r.evidence?.fileJoins !== undefined);
    expect(cited.map((r) => r.evidence?.fileJoins)).toEqual(['r6 → r7', 'r7 → r8']);
    expect(cited.every((r) => r.confidence >= 0.95 && /running on across regions/u.test(r.reason))).toBe(true);
    // Without the relations the text alone joins them too, but no repair cites the file.
    expect(reconstruct(withoutJoins).repairs.some((r) => r.evidence?.fileJoins !== undefined)).toBe(false);
  });

  it('makes rejoinFragments join the regions’ paragraphs confidently, the relation as its evidence', () => {
    // With the column lines left apart, each region's end is a paragraph of its own: the relation alone rejoins them.
    const settings = { disabledPasses: ['joinColumnLines'] };
    const result = reconstruct(page, { settings });
    const joins = result.repairs.filter((r) => r.kind === 'rejoin-fragment' && r.evidence?.relation === 'join');
    expect(joins.map((r) => `${r.evidence?.from}→${r.evidence?.to}`)).toEqual(['r6→r7', 'r7→r8']);
    expect(joins.every((r) => r.confidence >= 0.95 && r.reason.includes('join relation'))).toBe(true);
    expect(paragraphWith(result, lineOf('r6', 'last'))?.lineIds).toContain(lineOf('r7', 'first'));
    // Rejected, the relation's join is not made (the text's own evidence may still join the lines).
    const rejected = new Set([joins[0]?.id ?? '']);
    const apart = reconstruct(page, { settings, rejected });
    expect(apart.declined.map((r) => r.id)).toContain(joins[0]?.id);
    expect(apart.repairs.filter((r) => r.evidence?.relation === 'join').map((r) => r.evidence?.from)).toEqual(['r7']);
    expect(reconstruct(withoutJoins, { settings }).repairs.some((r) => r.evidence?.relation === 'join')).toBe(false);
  });
});
