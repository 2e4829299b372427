import { describe, expect, it } from 'vitest';
import { loadAlto } from '../../../shared/load/alto';
import { loadPageXml } from '../../../shared/load/page-xml';
import { textLines } from '../../../shared/model/page';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { parseProject, restorePage, serializeProject, storedPage, type Project } from '../../../shared/project/project-file';
import { fixtureBytes, pageOf } from '../load/layout-fixtures';

const alto = pageOf(loadAlto('luxzeit.xml', fixtureBytes('alto', 'bnl-luxzeit-1858-12-07_01-00001-excerpt.xml')));
const pageXml = pageOf(loadPageXml('reichsanzeiger.xml', fixtureBytes('page-xml', 'reichsanzeiger-gt-1844_214_0615-join-relations.xml')));

function saveAndOpen(...pages: (typeof alto)[]): Project {
  const text = serializeProject({ savedAt: '2026-11-23T13:00:00Z', activePage: null, pages: pages.map((page) => ({ ...storedPage(page), rejected: [], accepted: [], edits: [] })) });
  const read = parseProject('w.galley.json', text);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

describe('a project keeps a layout page whole', () => {
  it('brings an ALTO page back with its boxes, blocks, hyphenation marks and styles', () => {
    const restored = restorePage(saveAndOpen(alto).pages[0]!);
    expect(restored).toEqual(alto);
    // What the check above covers, said in the user's terms:
    const lines = textLines(restored);
    expect(lines.every((line) => line.box !== undefined && line.block !== undefined)).toBe(true);
    expect(lines.filter((line) => line.hyphenation?.kind === 'HypPart1').length).toBeGreaterThan(0);
  });

  it('brings a PAGE XML page back with its join relations and reading order', () => {
    const restored = restorePage(saveAndOpen(pageXml).pages[0]!);
    expect(restored.layout?.joins).toEqual(pageXml.layout?.joins);
    expect(restored.layout?.readingOrder).toEqual(pageXml.layout?.readingOrder);
  });

  it('rebuilds to the same reconstruction, so saved decisions still find their repairs', () => {
    const restored = restorePage(saveAndOpen(alto).pages[0]!);
    expect(reconstruct(restored).repairs.map((r) => r.id)).toEqual(reconstruct(alto).repairs.map((r) => r.id));
  });

  it('still opens a version 1 project: its pages rebuild from their text', () => {
    const v1 = JSON.stringify({ format: 'galley-project', version: 1, engine: '0.3', savedAt: '', activePage: null, pages: [{ name: 'luxzeit.xml', encoding: 'utf-8', text: storedPage(alto).text, rejected: [], accepted: [], edits: [] }] });
    const read = parseProject('old.galley.json', v1);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const restored = restorePage(read.value.pages[0]!);
    expect(restored.format).toBe('text');
    expect(restored.lines.map((line) => line.raw)).toEqual(alto.lines.map((line) => line.raw));
  });

  it('refuses a damaged layout page with a message naming the file and the line', () => {
    const text = serializeProject({ savedAt: '', activePage: null, pages: [{ ...storedPage(alto), rejected: [], accepted: [], edits: [] }] });
    const damaged = text.replace(/"w": \d+/u, '"w": "wide"');
    const read = parseProject('w.galley.json', damaged);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toMatch(/w\.galley\.json.*layout line 1 that has a bad box/u);
  });

  it('keeps text pages as text only', () => {
    const project = saveAndOpen(alto);
    expect(project.pages[0]?.layoutPage).toBeDefined();
    const textOnly = storedPage({ ...alto, format: 'text' });
    expect(textOnly.layoutPage).toBeUndefined();
  });
});
