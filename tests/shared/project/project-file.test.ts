import { describe, expect, it } from 'vitest';
import { PROJECT_VERSION, parseProject, serializeProject } from '../../../shared/project/project-file';

const page = { name: 'p.txt', encoding: 'utf-8', text: 'Head\n\nBody.', rejected: ['joinColumnLines/join-lines:L3-L4'], accepted: [], edits: [{ kind: 'edit-text' as const, target: 'P-U-L3', text: 'Body!' }] };

describe('project files', () => {
  it('round-trip the pages, decisions and edits', () => {
    const text = serializeProject({ savedAt: '2026-11-23T10:00:00Z', activePage: 'p.txt', pages: [page] });
    const read = parseProject('w.galley.json', text);
    expect(read.ok && read.value.pages).toEqual([page]);
    expect(read.ok && read.value.version).toBe(PROJECT_VERSION);
  });

  it.each([
    ['not JSON', '{"format": "galley-pro', 'not valid JSON'],
    ['another kind of JSON', '{"articles": []}', 'not a Galley project'],
    ['a newer version', `{"format": "galley-project", "version": ${PROJECT_VERSION + 1}, "pages": []}`, 'newer Galley'],
    ['a page with no text', '{"format": "galley-project", "version": 1, "pages": [{"name": "p.txt", "encoding": "utf-8", "rejected": [], "accepted": [], "edits": []}]}', 'page 1 has no text'],
    ['an unknown edit', '{"format": "galley-project", "version": 1, "pages": [{"name": "p.txt", "encoding": "utf-8", "text": "", "rejected": [], "accepted": [], "edits": [{"kind": "format-disk"}]}]}', 'an edit Galley does not know'],
  ])('refuse %s with a message naming the file', (_, text, message) => {
    const read = parseProject('w.galley.json', text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.message).toContain('w.galley.json');
      expect(read.error.message).toContain(message);
    }
  });
});
