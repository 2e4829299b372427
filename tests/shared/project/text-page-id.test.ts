import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../shared/load/load-page';
import { pageId } from '../../../shared/load/text-page';
import type { Page } from '../../../shared/model/page';
import { parseProject, restorePage, serializeProject, storedPage, type Project } from '../../../shared/project/project-file';
import { pageOf, utf8 } from '../load/layout-fixtures';

function saveAndOpen(page: Page): Project {
  const text = serializeProject({ savedAt: '2026-11-23T14:00:00Z', activePage: page.name, pages: [{ ...storedPage(page), rejected: [], accepted: [], edits: [] }] });
  const read = parseProject('w.galley.json', text);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const fresh = (name: string, text: string): Page => pageOf(loadPage(name, utf8(text)));

describe('a text page reopened from a project', () => {
  it.each([
    ['Windows line ends and a final newline', 'HARBOUR WORKS\r\n\r\nThe works began yester-\r\nday.\r\n'],
    ['no final newline', 'HARBOUR WORKS\n\nThe works began.'],
    ['blank lines at the end', 'HARBOUR WORKS\n\nThe works began.\n\n\n'],
    ['old Mac line ends', 'HARBOUR WORKS\r\rThe works began.\r'],
    ['a byte order mark', '\uFEFFHARBOUR WORKS\r\n'],
  ])('is the page opened from disk, same id and same lines (%s)', (_, text) => {
    const page = fresh('p.txt', text);
    expect(restorePage(saveAndOpen(page).pages[0]!)).toEqual(page);
  });

  it('is recognised when the same file is then opened from disk, and a changed file is not', () => {
    const text = 'HARBOUR WORKS\r\n\r\nThe works began.\r\n';
    const restored = restorePage(saveAndOpen(fresh('p.txt', text)).pages[0]!);
    expect(fresh('p.txt', text).id).toBe(restored.id);
    expect(fresh('p.txt', text.replace('began', 'begin')).id).not.toBe(restored.id);
  });

  it('from a project saved before ids were kept, keeps the id it always had there (decisions stay with it)', () => {
    const old = '{"format": "galley-project", "version": 2, "engine": "0.3", "savedAt": "", "activePage": "p.txt", "pages": [{"name": "p.txt", "encoding": "utf-8", "text": "Head\\n\\nBody.", "rejected": ["joinColumnLines/join-lines:L3-L4"], "accepted": [], "edits": []}]}';
    const read = parseProject('old.galley.json', old);
    if (!read.ok) throw new Error(read.error.message);
    const restored = restorePage(read.value.pages[0]!);
    expect(restored.id).toBe(pageId('p.txt', 'Head\n\nBody.'));
    expect(restored.lines.map((line) => line.raw)).toEqual(['Head', '', 'Body.']);
  });

  it('refuses a project whose page carries another page’s id', () => {
    const file = serializeProject({ savedAt: '', activePage: null, pages: [{ name: 'p.txt', id: 'q.txt#12345678', encoding: 'utf-8', text: 'A\n', rejected: [], accepted: [], edits: [] }] });
    const read = parseProject('w.galley.json', file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toBe('“w.galley.json” is damaged: page 1 has an id that is not its own.');
  });
});
