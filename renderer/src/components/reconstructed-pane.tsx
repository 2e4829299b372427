/** The rebuilt articles; a click on a paragraph or heading shows its source lines. */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { OtherBlock } from '../../../shared/model/reconstruction';
import { useAppStore } from '../store/store-context';
import { highlighted, selectReconstruction } from '../store/selectors';
import type { Edit } from '../../../shared/edit/edits';
import { DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { Piece } from './article-view';
import { ArticleList } from './article-list';
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
    // A lit article is brought into view by the list; a lit block set aside is always in the DOM.
    if (selection?.kind !== 'line' || !litPiece || !result?.other.some((b) => b.id === litPiece)) return;
    paneRef.current?.querySelector('[data-highlighted="true"]')?.scrollIntoView({ block: 'center' });
  }, [litPiece, selection, result]);

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
        {result ? <span className="pane-subtitle"> · {result.articles.length === 1 ? t('reconstructed.counts.oneArticle', { repairs: result.repairs.length }) : t('reconstructed.counts', { articles: result.articles.length, repairs: result.repairs.length })}</span> : null}
      </h2>
      <SelectionActions />
      {result?.failures.map((f) => (
        <p key={f.pass} role="alert" className="degraded">
          {t('reconstructed.failure', { pass: f.pass, message: f.message })}
        </p>
      ))}
      <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      {result ? <ArticleList articles={result.articles} litPiece={litPiece} followLit={selection?.kind === 'line'} onPick={pick} onEdit={onEdit} pane={paneRef} /> : null}
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
