/**
 * Applies the editor's edits, in order, to the engine's result. Pure: the same result and
 * edits give the same page. An edit whose target is gone (a rejected repair changed the
 * page under it) is skipped and reported, and the others still apply.
 */
import type { Article, OtherBlock, Paragraph, Reconstruction, TextSpan } from '../model/reconstruction';
import { joinText } from '../text/script';
import type { ArticleField, Edit, SkippedEdit } from './edits';

interface Draft {
  articles: Array<Omit<Article, 'paragraphs'> & { paragraphs: Paragraph[] }>;
  other: OtherBlock[];
}

export interface EditedPage {
  readonly result: Reconstruction;
  readonly skipped: readonly SkippedEdit[];
}

export function applyEdits(result: Reconstruction, edits: readonly Edit[]): EditedPage {
  if (edits.length === 0) return { result, skipped: [] };
  const draft: Draft = { articles: result.articles.map((a) => ({ ...a, paragraphs: [...a.paragraphs] })), other: [...result.other] };
  const skipped: SkippedEdit[] = [];
  for (const edit of edits) {
    const why = apply(draft, edit, result);
    if (why) skipped.push({ edit, why });
  }
  return { result: { ...result, articles: draft.articles, other: draft.other }, skipped };
}

/** Applies one edit; returns why it could not, or null. */
function apply(draft: Draft, edit: Edit, result: Reconstruction): string | null {
  switch (edit.kind) {
    case 'edit-text':
      return editText(draft, edit.target, edit.text);
    case 'split-paragraph': {
      const at = find(draft, edit.paragraph);
      if (!at) return gone(edit.paragraph);
      const p = at.article.paragraphs[at.index] as Paragraph;
      const cut = Math.max(0, Math.min(edit.at, p.text.length));
      const first = p.text.slice(0, cut).trimEnd();
      const second = p.text.slice(cut).trimStart();
      if (!first || !second) return 'the split point is at an end of the paragraph';
      // Which source lines go with which half: in proportion to the text, so both halves
      // keep a link to the page (a line cut in two goes with both).
      const n = p.lineIds.length;
      const share = Math.min(n, Math.max(1, Math.round((n * cut) / p.text.length)));
      const head = p.lineIds.slice(0, share);
      const tail = share < n ? p.lineIds.slice(share) : p.lineIds.slice(-1);
      at.article.paragraphs.splice(at.index, 1, { id: p.id, text: first, lineIds: head }, { id: `${p.id}~${cut}`, text: second, lineIds: tail });
      return null;
    }
    case 'merge-paragraphs': {
      const at = find(draft, edit.paragraph);
      if (!at) return gone(edit.paragraph);
      const p = at.article.paragraphs[at.index] as Paragraph;
      const next = at.article.paragraphs[at.index + 1];
      if (!next) return 'it is the last paragraph of its article';
      at.article.paragraphs.splice(at.index, 2, { id: p.id, text: joinText(p.text, next.text, result.script), lineIds: [...p.lineIds, ...next.lineIds] });
      return null;
    }
    case 'move-paragraph': {
      const target = draft.articles.find((a) => a.id === edit.article);
      const at = find(draft, edit.paragraph);
      if (!at) return gone(edit.paragraph);
      if (!target) return gone(edit.article);
      const [p] = at.article.paragraphs.splice(at.index, 1);
      target.paragraphs.splice(Math.max(0, Math.min(edit.index, target.paragraphs.length)), 0, p as Paragraph);
      return null;
    }
    case 'set-field': {
      const target = draft.articles.find((a) => a.id === edit.article);
      const at = find(draft, edit.paragraph);
      if (!at) return gone(edit.paragraph);
      if (!target) return gone(edit.article);
      const [p] = at.article.paragraphs.splice(at.index, 1);
      const old = target[edit.field];
      // A field already set goes back into the body, so nothing is lost.
      if (old) target.paragraphs.unshift({ id: `${target.id}/${edit.field}`, text: old.text, lineIds: old.lineIds });
      setField(target, edit.field, { text: (p as Paragraph).text, lineIds: (p as Paragraph).lineIds });
      return null;
    }
    case 'detach-field': {
      const article = draft.articles.find((a) => a.id === edit.article);
      const span = article?.[edit.field];
      if (!article || !span) return gone(`${edit.article}/${edit.field}`);
      article.paragraphs.unshift({ id: `${article.id}/${edit.field}`, text: span.text, lineIds: span.lineIds });
      setField(article, edit.field, null);
      return null;
    }
    case 'mark-other': {
      const at = find(draft, edit.paragraph);
      if (!at) return gone(edit.paragraph);
      const [p] = at.article.paragraphs.splice(at.index, 1);
      draft.other.push({ id: `O-${(p as Paragraph).id}`, kind: edit.as, text: (p as Paragraph).text, lineIds: (p as Paragraph).lineIds });
      return null;
    }
    case 'create-article': {
      const found = edit.paragraphs.map((id) => find(draft, id));
      if (found.some((f) => !f) || found.length === 0) return 'a paragraph to move is gone';
      const first = found[0];
      const paragraphs = edit.paragraphs.map((id) => {
        const at = find(draft, id) as Found;
        return at.article.paragraphs.splice(at.index, 1)[0] as Paragraph;
      });
      const place = draft.articles.indexOf((first as Found).article) + 1;
      draft.articles.splice(place, 0, { id: `A-new-${paragraphs[0]?.id ?? place}`, kicker: null, headline: null, subheadline: null, byline: null, paragraphs, jumps: [] });
      return null;
    }
    case 'merge-articles': {
      const into = draft.articles.find((a) => a.id === edit.into);
      const from = draft.articles.find((a) => a.id === edit.from);
      if (!into || !from || into === from) return gone(!into ? edit.into : edit.from);
      into.paragraphs.push(...from.paragraphs);
      for (const field of ['kicker', 'headline', 'subheadline', 'byline'] as const) {
        const span = from[field];
        if (!span) continue;
        if (into[field]) into.paragraphs.push({ id: `${from.id}/${field}`, text: span.text, lineIds: span.lineIds });
        else setField(into, field, span);
      }
      Object.assign(into, { jumps: [...into.jumps, ...from.jumps] });
      draft.articles.splice(draft.articles.indexOf(from), 1);
      return null;
    }
    case 'delete-article': {
      const article = draft.articles.find((a) => a.id === edit.article);
      if (!article) return gone(edit.article);
      const empty = article.paragraphs.length === 0 && article.jumps.length === 0 && !article.kicker && !article.headline && !article.subheadline && !article.byline;
      if (!empty) return 'the article still has text: move or mark it first';
      draft.articles.splice(draft.articles.indexOf(article), 1);
      return null;
    }
  }
}

interface Found {
  readonly article: Draft['articles'][number];
  readonly index: number;
}

function find(draft: Draft, paragraphId: string): Found | null {
  for (const article of draft.articles) {
    const index = article.paragraphs.findIndex((p) => p.id === paragraphId);
    if (index >= 0) return { article, index };
  }
  return null;
}

function editText(draft: Draft, target: string, text: string): string | null {
  const at = find(draft, target);
  if (at) {
    const p = at.article.paragraphs[at.index] as Paragraph;
    at.article.paragraphs[at.index] = { ...p, text };
    return null;
  }
  const [articleId, field] = target.split('/') as [string, ArticleField | undefined];
  const article = draft.articles.find((a) => a.id === articleId);
  if (article && field && article[field]) {
    setField(article, field, { ...(article[field] as TextSpan), text });
    return null;
  }
  const other = draft.other.findIndex((o) => o.id === target);
  if (other >= 0) {
    draft.other[other] = { ...(draft.other[other] as OtherBlock), text };
    return null;
  }
  return gone(target);
}

function setField(article: Draft['articles'][number], field: ArticleField, span: TextSpan | null): void {
  Object.assign(article, { [field]: span });
}

function gone(id: string): string {
  return `“${id}” is no longer on the page (a rejected repair changed it)`;
}
