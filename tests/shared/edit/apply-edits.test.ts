import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../shared/edit/apply-edits';
import type { Edit } from '../../../shared/edit/edits';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { placedLineIds } from '../../../shared/model/reconstruction';
import { pageOf } from '../page-of';

const PAGE = pageOf(
  [
    'HARBOUR WORKS BEGUN',
    '',
    '  The long-awaited harbour works began yesterday, when',
    'the first stone was lowered into place by the Mayor.',
    '  A large crowd watched from the pier. The band played.',
    '',
    'NEW SCHOOL OPENED',
    '',
    '  The new school in Church Street opened its doors to',
    'two hundred children on Monday morning.',
    '  Lessons begin at nine.',
  ].join('\n'),
);
const base = reconstruct(PAGE);
const [first, second] = base.articles;
const texts = (r = base) => r.articles.map((a) => ({ headline: a.headline?.text ?? null, paragraphs: a.paragraphs.map((p) => p.text) }));

function edited(...edits: Edit[]) {
  return applyEdits(base, edits);
}

describe('applyEdits', () => {
  it('reads the page as two articles to edit', () => {
    expect(texts()).toEqual([
      { headline: 'HARBOUR WORKS BEGUN', paragraphs: ['The long-awaited harbour works began yesterday, when the first stone was lowered into place by the Mayor.', 'A large crowd watched from the pier. The band played.'] },
      { headline: 'NEW SCHOOL OPENED', paragraphs: ['The new school in Church Street opened its doors to two hundred children on Monday morning.', 'Lessons begin at nine.'] },
    ]);
  });

  it('edits a paragraph’s text and a headline’s text', () => {
    const p = first?.paragraphs[1]?.id ?? '';
    const { result, skipped } = edited({ kind: 'edit-text', target: p, text: 'A large crowd watched.' }, { kind: 'edit-text', target: `${second?.id}/headline`, text: 'New School Opened' });
    expect(skipped).toEqual([]);
    expect(result.articles[0]?.paragraphs[1]?.text).toBe('A large crowd watched.');
    expect(result.articles[1]?.headline?.text).toBe('New School Opened');
  });

  it('splits a paragraph at the cursor and merges it back', () => {
    const p = first?.paragraphs[1];
    const at = (p?.text ?? '').indexOf('The band');
    const split = edited({ kind: 'split-paragraph', paragraph: p?.id ?? '', at });
    expect(texts(split.result)[0]?.paragraphs.slice(1)).toEqual(['A large crowd watched from the pier.', 'The band played.']);
    const merged = edited({ kind: 'split-paragraph', paragraph: p?.id ?? '', at }, { kind: 'merge-paragraphs', paragraph: p?.id ?? '' });
    expect(texts(merged.result)).toEqual(texts());
  });

  it('moves a paragraph to another article and makes one a headline', () => {
    const moved = edited({ kind: 'move-paragraph', paragraph: second?.paragraphs[1]?.id ?? '', article: first?.id ?? '', index: 0 });
    expect(texts(moved.result)[0]?.paragraphs[0]).toBe('Lessons begin at nine.');
    expect(texts(moved.result)[1]?.paragraphs).toHaveLength(1);
    const headed = edited({ kind: 'set-field', paragraph: second?.paragraphs[1]?.id ?? '', article: second?.id ?? '', field: 'subheadline' });
    expect(headed.result.articles[1]?.subheadline?.text).toBe('Lessons begin at nine.');
  });

  it('keeps the old headline as a paragraph when another takes its place, and detaches it again', () => {
    const { result } = edited({ kind: 'set-field', paragraph: first?.paragraphs[1]?.id ?? '', article: first?.id ?? '', field: 'headline' }, { kind: 'detach-field', article: first?.id ?? '', field: 'headline' });
    expect(result.articles[0]?.headline).toBeNull();
    expect(texts(result)[0]?.paragraphs).toContain('HARBOUR WORKS BEGUN');
    expect(texts(result)[0]?.paragraphs).toContain('A large crowd watched from the pier. The band played.');
  });

  it('marks a paragraph as a caption, creates, merges and deletes articles', () => {
    const marked = edited({ kind: 'mark-other', paragraph: second?.paragraphs[1]?.id ?? '', as: 'caption' });
    expect(marked.result.other.map((o) => `${o.kind}: ${o.text}`)).toEqual(['caption: Lessons begin at nine.']);
    const created = edited({ kind: 'create-article', paragraphs: [first?.paragraphs[1]?.id ?? ''] });
    expect(created.result.articles).toHaveLength(3);
    expect(texts(created.result)[1]).toEqual({ headline: null, paragraphs: ['A large crowd watched from the pier. The band played.'] });
    const merged = edited({ kind: 'merge-articles', into: first?.id ?? '', from: second?.id ?? '' });
    expect(merged.result.articles).toHaveLength(1);
    expect(texts(merged.result)[0]?.paragraphs).toContain('NEW SCHOOL OPENED');
    const refused = edited({ kind: 'delete-article', article: second?.id ?? '' });
    expect(refused.skipped.map((s) => s.why)).toEqual(['the article still has text: move or mark it first']);
  });

  it('skips an edit whose paragraph is gone and applies the rest', () => {
    const { result, skipped } = edited({ kind: 'edit-text', target: 'P-nowhere', text: 'x' }, { kind: 'edit-text', target: first?.paragraphs[0]?.id ?? '', text: 'Edited.' });
    expect(skipped).toHaveLength(1);
    expect(result.articles[0]?.paragraphs[0]?.text).toBe('Edited.');
  });

  it('never loses a source line through structural edits', () => {
    const { result } = edited(
      { kind: 'split-paragraph', paragraph: first?.paragraphs[0]?.id ?? '', at: 20 },
      { kind: 'move-paragraph', paragraph: second?.paragraphs[0]?.id ?? '', article: first?.id ?? '', index: 1 },
      { kind: 'mark-other', paragraph: second?.paragraphs[1]?.id ?? '', as: 'other' },
    );
    expect(new Set(placedLineIds(result))).toEqual(new Set(placedLineIds(base)));
  });
});
