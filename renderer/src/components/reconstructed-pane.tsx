/** The rebuilt articles; a click on a paragraph or heading shows its source lines. */
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Article, OtherBlock, TextSpan } from '../../../shared/model/reconstruction';
import { useAppStore } from '../store/store-context';
import { highlighted, ownsPiece, selectReconstruction } from '../store/selectors';
import type { Edit } from '../../../shared/edit/edits';
import { DndContext, PointerSensor, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { ParagraphView } from './paragraph-view';
import { SelectionActions } from './selection-actions';
import { useT } from '../i18n/use-t';
import type { PlainMessageId } from '../i18n';

const OTHER_LABELS: Record<OtherBlock['kind'], PlainMessageId> = {
  caption: 'other.caption',
  'page-header': 'other.pageHeader',
  'section-label': 'other.sectionLabel',
  banner: 'other.banner',
  other: 'other.other',
};

export function ReconstructedPane() {
  const t = useT();
  const result = useAppStore(selectReconstruction);
  const selection = useAppStore((s) => s.selection);
  const litPiece = useMemo(() => highlighted(selection, result).pieceId, [selection, result]);
  const select = useAppStore((s) => s.select);
  const paneRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (selection?.kind !== 'line') return;
    paneRef.current?.querySelector('[data-highlighted="true"]')?.scrollIntoView({ block: 'center' });
  }, [litPiece, selection]);

  const pick = useCallback((pieceId: string) => select({ kind: 'piece', pieceId }), [select]);
  const pageId = useAppStore((s) => s.activePageId);
  const edit = useAppStore((s) => s.edit);
  const onEdit = useCallback(
    (change: Edit): void => {
      if (pageId) edit(pageId, change);
    },
    [pageId, edit],
  );
  // A drag starts after a few pixels, so a click on the handle is not a drop.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const onDragEnd = ({ active, over }: DragEndEvent): void => {
    const target = over?.data.current as { article: string; index: number } | undefined;
    const paragraph = String(active.id);
    if (!target || !result) return;
    const from = result.articles.find((a) => a.paragraphs.some((p) => p.id === paragraph));
    const fromIndex = from?.paragraphs.findIndex((p) => p.id === paragraph) ?? -1;
    // Dropped on a paragraph further down its own article: that one moves up once this one leaves.
    const index = from?.id === target.article && fromIndex < target.index ? target.index - 1 : target.index;
    if (from?.id === target.article && index === fromIndex) return;
    onEdit({ kind: 'move-paragraph', paragraph, article: target.article, index });
  };
  return (
    <section className="pane reconstructed" aria-label={t('reconstructed.title')} ref={paneRef}>
      <h2 className="pane-title">
        {t('reconstructed.title')}
        {result ? <span className="pane-subtitle"> · {t('reconstructed.counts', { articles: result.articles.length, repairs: result.repairs.length })}</span> : null}
      </h2>
      <SelectionActions />
      {result?.failures.map((f) => (
        <p key={f.pass} role="alert" className="degraded">
          {t('reconstructed.failure', { pass: f.pass, message: f.message })}
        </p>
      ))}
      <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      {result?.articles.map((article, i, all) => (
        <ArticleView
          key={article.id}
          article={article}
          index={i}
          litPiece={litPiece !== null && ownsPiece(article, litPiece) ? litPiece : null}
          onPick={pick}
          onEdit={onEdit}
          previousArticle={all[i - 1]?.id ?? null}
          nextArticle={all[i + 1]?.id ?? null}
          previousCount={all[i - 1]?.paragraphs.length ?? 0}
        />
      ))}
      </DndContext>
      {result && result.other.length > 0 ? (
        <section className="other-blocks" aria-label={t('reconstructed.other')}>
          <h3>{t('reconstructed.other')}</h3>
          {result.other.map((block) => (
            <Piece key={block.id} id={block.id} span={block} lit={litPiece === block.id} onPick={pick} className="other-block" label={t(OTHER_LABELS[block.kind])} />
          ))}
        </section>
      ) : null}
    </section>
  );
}

interface ArticleProps {
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
 * One article; memoised, so selecting a paragraph or accepting a repair re-renders only the
 * article it touches (its props change), not all of a long page.
 */
const ArticleView = memo(function ArticleView({ article, index, litPiece, onPick, onEdit, previousArticle, nextArticle, previousCount }: ArticleProps) {
  const t = useT();
  const place = { articleId: article.id, previousArticle, nextArticle, previousCount };
  const headingId = `${article.id}-heading`;
  const untitled = t('reconstructed.untitled', { n: index + 1 });
  const field = (name: 'kicker' | 'subheadline' | 'byline', span: TextSpan | null) =>
    span ? <Piece id={`${article.id}/${name}`} span={span} lit={litPiece === `${article.id}/${name}`} onPick={onPick} className={name} /> : null;
  return (
    <article className="article" {...(article.headline ? { 'aria-labelledby': headingId } : { 'aria-label': untitled })}>
      {field('kicker', article.kicker)}
      {article.headline ? (
        <h3
          id={headingId}
          className="headline"
          tabIndex={0}
          data-highlighted={litPiece === `${article.id}/headline` ? 'true' : undefined}
          onClick={() => onPick(`${article.id}/headline`)}
          onKeyDown={onActivate(() => onPick(`${article.id}/headline`))}
        >
          {article.headline.text}
        </h3>
      ) : (
        <h3 className="headline untitled">{untitled}</h3>
      )}
      {field('subheadline', article.subheadline)}
      {field('byline', article.byline)}
      {article.paragraphs.map((p, i) => (
        <ParagraphView key={p.id} paragraph={p} place={{ ...place, index: i, count: article.paragraphs.length }} lit={litPiece === p.id} onPick={onPick} onEdit={onEdit} />
      ))}
      <DropAtEnd articleId={article.id} count={article.paragraphs.length} />
      {article.jumps.map((jump, i) => (
        <Piece key={i} id={`${article.id}/jump-${i}`} span={jump} lit={litPiece === `${article.id}/jump-${i}`} onPick={onPick} className="jump" />
      ))}
    </article>
  );
});

/** The space under an article's last paragraph: a drop there puts a paragraph at its end. */
function DropAtEnd({ articleId, count }: { articleId: string; count: number }) {
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id: `end:${articleId}`, data: { article: articleId, index: count } });
  return <div ref={setNodeRef} className={isOver ? 'drop-end drop-target' : 'drop-end'} title={t('paragraph.dropEnd')} />;
}

interface PieceProps {
  id: string;
  span: TextSpan;
  lit: boolean;
  onPick: (pieceId: string) => void;
  className: string;
  label?: string;
}

/** A heading field, jump line or other block: selectable like a paragraph, but not a `<p>`. */
function Piece({ id, span, lit, onPick, className, label }: PieceProps) {
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
