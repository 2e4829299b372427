import { describe, expect, it } from 'vitest';
import { loadAlto } from '../../../shared/load/alto';
import { parseProject, projectSources, restorePage, serializeProject, storedPage } from '../../../shared/project/project-file';
import { fixtureBytes, pageOf } from '../load/layout-fixtures';

const alto = pageOf(loadAlto('luxzeit.xml', fixtureBytes('alto', 'bnl-luxzeit-1858-12-07_01-00001-excerpt.xml')));
const SOURCE = '/home/editor/scans/1858-12-07/luxzeit.xml';

function saved(source?: string): string {
  return serializeProject({ savedAt: '2026-11-23T16:00:00Z', activePage: null, pages: [{ ...storedPage(alto, source), rejected: [], accepted: [], edits: [] }] });
}

describe('a project keeps where each page came from', () => {
  it('keeps the source path, so the page image beside it can be found again', () => {
    const read = parseProject('w.galley.json', saved(SOURCE));
    expect(read.ok && read.value.pages[0]?.source).toBe(SOURCE);
    expect(projectSources(saved(SOURCE))).toEqual([SOURCE]);
    // The page itself comes back as it was: the source is beside it, not in it.
    expect(read.ok && restorePage(read.value.pages[0]!)).toEqual(alto);
  });

  it('keeps a browser page’s name the same way, and writes nothing for a page from no file', () => {
    const read = parseProject('w.galley.json', saved('luxzeit.xml'));
    expect(read.ok && read.value.pages[0]?.source).toBe('luxzeit.xml');
    expect(saved()).not.toContain('"source"');
  });

  it('still opens a format 2 project saved before sources were kept', () => {
    const old = saved();
    const read = parseProject('old.galley.json', old);
    expect(read.ok).toBe(true);
    expect(read.ok && read.value.version).toBe(2);
    expect(read.ok && read.value.pages[0]?.source).toBeUndefined();
    expect(projectSources(old)).toEqual([]);
  });

  it('refuses a source that is not a name, with a message naming the file', () => {
    const read = parseProject('w.galley.json', saved(SOURCE).replace(`"source": "${SOURCE}"`, '"source": 42'));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toBe('“w.galley.json” is damaged: page 1 has a bad source path.');
  });

  it('finds no sources in a file that is not a project', () => {
    expect(projectSources('not json')).toEqual([]);
    expect(projectSources(JSON.stringify({ pages: [{ source: '/etc/passwd' }] }))).toEqual([]);
  });
});
