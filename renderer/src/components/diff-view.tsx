/** The original text against the cleaned text, of the selected article or of the page. */
import { useMemo } from 'react';
import { diffArticle } from '../../../shared/diff/page-diff';
import { useAppStore } from '../store/store-context';
import { useT } from '../i18n/use-t';
import { linksOf, ownsPiece, selectActivePage, selectReconstruction } from '../store/selectors';

export function DiffView({ onClose }: { onClose: () => void }) {
  const t = useT();
  const page = useAppStore(selectActivePage);
  const result = useAppStore(selectReconstruction);
  const selection = useAppStore((s) => s.selection);
  const article = useMemo(() => {
    if (!result || !selection) return null;
    const pieceId = selection.kind === 'piece' ? selection.pieceId : selection.kind === 'line' ? linksOf(result).pieceOfLine.get(selection.lineId) : undefined;
    if (!pieceId) return null;
    return result.articles.find((a) => ownsPiece(a, pieceId)) ?? null;
  }, [result, selection]);
  const parts = useMemo(() => (page && result ? diffArticle(page, result, article) : []), [page, result, article]);
  return (
    <section className="diff" aria-label={t('diff.title')}>
      <h2 className="pane-title">
        {t('diff.title')} <span className="pane-subtitle">· {article ? t('diff.article', { title: article.headline?.text ?? article.paragraphs[0]?.text.slice(0, 16) ?? '' }) : t('diff.page')} · {t('diff.against')}</span>
        <button type="button" className="close" onClick={onClose} aria-label={t('diff.close')}>×</button>
      </h2>
      <pre className="diff-text">
        {parts.map((part, i) =>
          part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.kind === 'removed' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
        )}
      </pre>
    </section>
  );
}
