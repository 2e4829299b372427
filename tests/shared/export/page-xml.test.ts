import { describe, expect, it } from 'vitest';
import { PAGE_NAMESPACE, toPageXml } from '../../../shared/export/page-xml';
import { loadAlto } from '../../../shared/load/alto';
import { loadPageXml } from '../../../shared/load/page-xml';
import { parseXml } from '../../../shared/load/xml-stream';
import { textLines, type Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { fixtureBytes, pageOf, utf8 } from '../load/layout-fixtures';

const CREATED = '2026-11-23T13:00:00Z';

function rootOf(xml: string): { name: string; namespace: string | undefined } {
  let root: { name: string; namespace: string | undefined } | undefined;
  const parsed = parseXml('out.xml', utf8(xml), {
    open(name, attributes) {
      root ??= { name, namespace: attributes['xmlns'] };
    },
    close() {},
  });
  if (!parsed.ok || root === undefined) throw new Error(parsed.ok ? 'empty' : parsed.error.message);
  return root;
}

/** The pieces of `rec` whose lines lie in more than one source block. */
function piecesAcrossBlocks(rec: Reconstruction, page: Page): string[][] {
  const blockOf = new Map(page.lines.map((line) => [line.id, line.block?.id]));
  const spans = rec.articles.flatMap((a) => [a.kicker, a.headline, a.subheadline, a.byline, ...a.paragraphs, ...a.jumps]);
  return [...spans, ...rec.other]
    .map((span) => [...new Set((span?.lineIds ?? []).map((id) => blockOf.get(id) ?? ''))])
    .filter((blocks) => blocks.length > 1);
}

describe('toPageXml on a real PAGE page (Reichsanzeiger 1844, regions that run on)', () => {
  const page = pageOf(loadPageXml('reichsanzeiger.xml', fixtureBytes('page-xml', 'reichsanzeiger-gt-1844_214_0615-join-relations.xml')));
  const rec = reconstruct(page);
  const xml = toPageXml(rec, page, { created: CREATED });
  const back = pageOf(loadPageXml('out.xml', utf8(xml)));

  it('is well-formed PAGE 2019', () => {
    expect(rootOf(xml)).toEqual({ name: 'PcGts', namespace: PAGE_NAMESPACE });
    expect(xml).toContain(`<Created>${CREATED}</Created>`);
  });

  it('reloads with the same line boxes, one line per source line', () => {
    const boxes = (p: Page): string[] => textLines(p).map((line) => JSON.stringify(line.box)).sort();
    expect(boxes(back)).toEqual(boxes(page));
  });

  it('writes a join relation for each paragraph the engine carried from one region into the next', () => {
    const across = piecesAcrossBlocks(rec, page);
    expect(back.layout?.joins?.length ?? 0).toBe(across.reduce((sum, blocks) => sum + blocks.length - 1, 0));
  });

  it('declares the reading order it wrote, and the lines come back in it', () => {
    expect(back.layout?.readingOrder?.blockIds).toEqual([...new Set(textLines(back).map((line) => line.block?.id))]);
  });
});

describe('toPageXml on an ALTO page with a paragraph run across blocks', () => {
  const page = pageOf(loadAlto('luxzeit.xml', fixtureBytes('alto', 'bnl-luxzeit-1858-12-07_01-00001-excerpt.xml')));
  const rec = reconstruct(page);
  const back = pageOf(loadPageXml('out.xml', utf8(toPageXml(rec, page, { created: CREATED }))));

  it('keeps every line text as printed, with the break mark of a re-joined word', () => {
    expect(textLines(back).length).toBe(textLines(page).length);
    const dehyphenated = rec.repairs.filter((repair) => repair.kind === 'dehyphenate').length;
    expect(textLines(back).filter((line) => /[-¬⸗]$/u.test(line.text)).length).toBeGreaterThanOrEqual(dehyphenated);
  });

  it('gives each article its own group in the reading order', () => {
    expect(back.layout?.readingOrder?.groups.length).toBe(rec.articles.length);
  });
});
