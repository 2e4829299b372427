/**
 * What the editor can do with the selected piece: give a paragraph a role in its article
 * (headline, kicker, deck, byline), set it aside (caption, page furniture, other), start a
 * new article with it, detach a heading back into the body, merge the article into the one
 * before it, or delete an article left empty. Every action is one undoable edit.
 */
import type { ArticleField, Edit } from '../../../shared/edit/edits';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import { useAppStore } from '../store/store-context';
import { selectReconstruction } from '../store/selectors';
import type { PlainMessageId } from '../i18n';
import { useT } from '../i18n/use-t';

const FIELDS: ReadonlyArray<{ field: ArticleField; label: PlainMessageId }> = [
  { field: 'headline', label: 'selection.headline' },
  { field: 'kicker', label: 'selection.kicker' },
  { field: 'subheadline', label: 'selection.deck' },
  { field: 'byline', label: 'selection.byline' },
];

export function SelectionActions() {
  const t = useT();
  const result = useAppStore(selectReconstruction);
  const selection = useAppStore((s) => s.selection);
  const pageId = useAppStore((s) => s.activePageId);
  const edit = useAppStore((s) => s.edit);
  // Always there, so selecting does not shift the text under the pointer.
  const where = result && pageId && selection?.kind === 'piece' ? locate(result, selection.pieceId) : null;
  if (!where || !pageId || selection?.kind !== 'piece' || !result) {
    return (
      <div className="selection-actions" role="toolbar" aria-label={t('selection.toolbar')}>
        <span className="label">{t('selection.hint')}</span>
      </div>
    );
  }
  const apply = (change: Edit) => edit(pageId, change);
  const { article, index, field } = where;
  const previous = result.articles[index - 1];
  return (
    <div className="selection-actions" role="toolbar" aria-label={t('selection.toolbar')}>
      {field === null ? (
        <>
          <span className="label">{t('selection.makeIt')}</span>
          {FIELDS.map(({ field: f, label }) => (
            <button key={f} type="button" onClick={() => apply({ kind: 'set-field', paragraph: selection.pieceId, article: article.id, field: f })}>
              {t(label)}
            </button>
          ))}
          <span className="label">{t('selection.setAside')}</span>
          <button type="button" onClick={() => apply({ kind: 'mark-other', paragraph: selection.pieceId, as: 'caption' })}>{t('selection.caption')}</button>
          <button type="button" onClick={() => apply({ kind: 'mark-other', paragraph: selection.pieceId, as: 'page-header' })}>{t('selection.furniture')}</button>
          <button type="button" onClick={() => apply({ kind: 'mark-other', paragraph: selection.pieceId, as: 'other' })}>{t('selection.noise')}</button>
          <button type="button" onClick={() => apply({ kind: 'create-article', paragraphs: [selection.pieceId] })}>{t('selection.newArticle')}</button>
        </>
      ) : (
        <button type="button" onClick={() => apply({ kind: 'detach-field', article: article.id, field })}>{t('selection.detach')}</button>
      )}
      {previous ? (
        <button type="button" onClick={() => apply({ kind: 'merge-articles', into: previous.id, from: article.id })}>{t('selection.mergeUp')}</button>
      ) : null}
      {article.paragraphs.length === 0 && !article.headline && !article.kicker && !article.subheadline && !article.byline ? (
        <button type="button" onClick={() => apply({ kind: 'delete-article', article: article.id })}>{t('selection.deleteEmpty')}</button>
      ) : null}
    </div>
  );
}

function locate(result: Reconstruction, pieceId: string): { article: Reconstruction['articles'][number]; index: number; field: ArticleField | null } | null {
  for (const [index, article] of result.articles.entries()) {
    if (article.paragraphs.some((p) => p.id === pieceId)) return { article, index, field: null };
    for (const { field } of FIELDS) if (pieceId === `${article.id}/${field}` && article[field]) return { article, index, field };
  }
  return null;
}
