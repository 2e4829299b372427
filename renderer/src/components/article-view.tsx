/**
 * One rebuilt article: its heading fields (editable in place like paragraphs), its body
 * paragraphs, a drop zone at its end, and its jump lines.
 */
import { memo, type KeyboardEvent } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { Article, TextSpan } from '../../../shared/model/reconstruction';
import type { ArticleField, Edit } from '../../../shared/edit/edits';
import { ParagraphView } from './paragraph-view';
import { useInPlaceEdit } from './use-in-place-edit';
import { useT } from '../i18n/use-t';
import { JumpLinks } from './jump-link';

export interface ArticleProps {
  article: Article;
  index: number;
  litPiece: string | null;
  onPick: (pieceId: string) => void;
  onEdit: (edit: Edit) => void;
  previousArticle: string | null;
  nextArticle: string | null;
  previousCount: number;
}

/**
 * Memoised, so selecting a paragraph or accepting a repair re-renders only the article it
 * touches (its props change), not all of a long page.
 */
export const ArticleView = memo(function ArticleView({ article, index, litPiece, onPick, onEdit, previousArticle, nextArticle, previousCount }: ArticleProps) {
  const t = useT();
  const place = { articleId: article.id, previousArticle, nextArticle, previousCount };
  const headingId = `${article.id}-heading`;
  const untitled = t('reconstructed.untitled', { n: index + 1 });
  const field = (name: ArticleField, span: TextSpan | null, headingProps: { id?: string } = {}) =>
    span ? (
      <FieldView
        {...headingProps}
        key={name}
        pieceId={`${article.id}/${name}`}
        text={span.text}
        lit={litPiece === `${article.id}/${name}`}
        onPick={onPick}
        onEdit={onEdit}
        className={name}
        as={name === 'headline' ? 'h3' : 'div'}
      />
    ) : null;
  return (
    <article className="article" data-article-id={article.id} {...(article.headline ? { 'aria-labelledby': headingId } : { 'aria-label': untitled })}>
      {field('kicker', article.kicker)}
      {article.headline ? field('headline', article.headline, { id: headingId }) : <h3 className="headline untitled">{untitled}</h3>}
      {field('subheadline', article.subheadline)}
      {field('byline', article.byline)}
      {article.paragraphs.map((p, i) => (
        <ParagraphView key={p.id} paragraph={p} place={{ ...place, index: i, count: article.paragraphs.length }} lit={litPiece === p.id} onPick={onPick} onEdit={onEdit} />
      ))}
      <DropAtEnd articleId={article.id} count={article.paragraphs.length} />
      {article.jumps.map((jump, i) => (
        <Piece key={i} id={`${article.id}/jump-${i}`} span={jump} lit={litPiece === `${article.id}/jump-${i}`} onPick={onPick} className="jump" />
      ))}
      <JumpLinks articleId={article.id} />
    </article>
  );
});

/** The space under an article's last paragraph: a drop there puts a paragraph at its end. */
function DropAtEnd({ articleId, count }: { articleId: string; count: number }) {
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id: `end:${articleId}`, data: { article: articleId, index: count } });
  return <div ref={setNodeRef} className={isOver ? 'drop-end drop-target' : 'drop-end'} title={t('paragraph.dropEnd')} />;
}

interface FieldProps {
  id?: string;
  pieceId: string;
  text: string;
  lit: boolean;
  onPick: (pieceId: string) => void;
  onEdit: (edit: Edit) => void;
  className: string;
  as: 'h3' | 'div';
}

/** A headline, kicker, deck or byline: selectable, and editable in place (double-click or Enter). */
function FieldView({ id, pieceId, text, lit, onPick, onEdit, className, as: Tag }: FieldProps) {
  const t = useT();
  const { ref, editing, start, finish: endEdit } = useInPlaceEdit<HTMLElement>(text);
  const finish = (): void => {
    const next = endEdit();
    if (next !== null) onEdit({ kind: 'edit-text', target: pieceId, text: next });
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (editing) {
      // One line only: Enter and Escape both end the edit.
      if (event.key === 'Escape' || event.key === 'Enter') {
        event.preventDefault();
        finish();
        ref.current?.focus();
      }
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      onPick(pieceId);
      start();
    } else if (event.key === ' ') {
      event.preventDefault();
      onPick(pieceId);
    }
  };
  return (
    <Tag
      ref={ref as never}
      {...(id ? { id } : {})}
      className={editing ? `${className} editing` : className}
      tabIndex={0}
      data-piece-id={pieceId}
      data-highlighted={lit ? 'true' : undefined}
      contentEditable={editing ? 'plaintext-only' : undefined}
      suppressContentEditableWarning
      {...(editing ? { 'aria-description': t('reconstructed.editingField') } : {})}
      onClick={() => onPick(pieceId)}
      onDoubleClick={start}
      onBlur={finish}
      onKeyDown={onKeyDown}
    >
      {text}
    </Tag>
  );
}

interface PieceProps {
  id: string;
  span: TextSpan;
  lit: boolean;
  onPick: (pieceId: string) => void;
  className: string;
  label?: string;
}

/** A jump line or other block: selectable like a paragraph, but not a `<p>`. */
export function Piece({ id, span, lit, onPick, className, label }: PieceProps) {
  return (
    <div className={className} tabIndex={0} data-piece-id={id} data-highlighted={lit ? 'true' : undefined} onClick={() => onPick(id)} onKeyDown={onActivate(() => onPick(id))}>
      {label ? <span className="piece-kind">{label}</span> : null}
      {span.text}
    </div>
  );
}

function onActivate(action: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  };
}
