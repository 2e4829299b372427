import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextPage } from '../../shared/load/text-page';
import { reconstruct } from '../../shared/pipeline/reconstruct';
import { applyEdits } from '../../shared/edit/apply-edits';
import { keepIdentity } from '../../renderer/src/store/keep-identity';

const text = readFileSync(path.join(import.meta.dirname, '../fixtures/e2e/session-page.txt'), 'utf8');
const page = parseTextPage('session-page.txt', text, 'utf-8');
const build = (rejected: string[] = []) => reconstruct(page, { rejected: new Set(rejected), settings: { disabledPasses: [] } });

describe('keepIdentity', () => {
  it('hands back the objects shown before for everything a rebuild left equal', () => {
    const before = build();
    const after = keepIdentity(before, build());
    expect(after.articles).toBe(before.articles);
    expect(after.repairs).toBe(before.repairs);
  });

  it('gives the new object only for the article and repairs a rejection changed', () => {
    const before = build();
    const seawall = before.repairs.find((r) => r.kind === 'dehyphenate' && r.before.startsWith('sea-'));
    if (!seawall) throw new Error('the fixture has no sea-wall repair');
    const after = keepIdentity(before, build([seawall.id]));
    expect(after.articles[0]).not.toBe(before.articles[0]);
    expect(after.articles[0]?.paragraphs[0]?.text).toContain('sea-wall');
    expect(after.articles[1]).toBe(before.articles[1]);
    expect(after.declined.map((r) => r.id)).toEqual([seawall.id]);
    const unchanged = after.repairs.filter((r) => before.repairs.includes(r));
    expect(unchanged.length).toBeGreaterThan(after.repairs.length / 2);
  });

  it('keeps a hand edit: the edited article is new, its text the edited text', () => {
    const base = build();
    const target = base.articles[1]?.paragraphs[0]?.id ?? '';
    const edited = applyEdits(base, [{ kind: 'edit-text', target, text: 'Winds dropped.' }]).result;
    const after = keepIdentity(base, edited);
    expect(after.articles[1]).not.toBe(base.articles[1]);
    expect(after.articles[1]?.paragraphs[0]?.text).toBe('Winds dropped.');
    expect(after.articles[0]).toBe(base.articles[0]);
  });
});
