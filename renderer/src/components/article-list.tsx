/**
 * The articles of the Reconstructed pane. A long page (many articles) is virtualised: only
 * the articles in view are in the DOM, so typing and re-rendering stay cheap; a selection
 * made in the Original pane scrolls its article into view (and so into the DOM).
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Article } from '../../../shared/model/reconstruction';
import type { Edit } from '../../../shared/edit/edits';
import { ownsPiece } from '../store/selectors';
import { ArticleView } from './article-view';

/** From this many articles on, only those in view are rendered. */
export const VIRTUALISE_ARTICLES_FROM = 60;

interface ArticleListProps {
  articles: readonly Article[];
  litPiece: string | null;
  /** Bring the lit piece into view (the selection came from the Original pane). */
  followLit: boolean;
  onPick: (pieceId: string) => void;
  onEdit: (edit: Edit) => void;
  pane: RefObject<HTMLElement | null>;
}

export function ArticleList(props: ArticleListProps) {
  return props.articles.length >= VIRTUALISE_ARTICLES_FROM ? <VirtualArticles {...props} /> : <AllArticles {...props} />;
}

function AllArticles({ articles, litPiece, followLit, onPick, onEdit, pane }: ArticleListProps) {
  useEffect(() => {
    if (followLit && litPiece) pane.current?.querySelector('[data-highlighted="true"]')?.scrollIntoView({ block: 'center' });
  }, [followLit, litPiece, pane]);
  return <>{articles.map((article, i) => row(articles, i, litPiece, onPick, onEdit))}</>;
}

function VirtualArticles({ articles, litPiece, followLit, onPick, onEdit, pane }: ArticleListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  // The virtualiser hands back fresh functions on purpose; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => pane.current,
    estimateSize: () => 320,
    overscan: 3,
    getItemKey: (i) => articles[i]?.id ?? i,
    scrollMargin: listRef.current?.offsetTop ?? 0,
  });
  useEffect(() => {
    if (!followLit || !litPiece) return;
    const index = articles.findIndex((a) => ownsPiece(a, litPiece));
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'start' });
    // Once the article is rendered, centre the lit piece itself.
    const frame = requestAnimationFrame(() => pane.current?.querySelector('[data-highlighted="true"]')?.scrollIntoView({ block: 'center' }));
    return () => cancelAnimationFrame(frame);
  }, [followLit, litPiece, articles, virtualizer, pane]);
  return (
    <div className="articles virtual" ref={listRef} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          {row(articles, item.index, litPiece, onPick, onEdit)}
        </div>
      ))}
    </div>
  );
}

function row(articles: readonly Article[], i: number, litPiece: string | null, onPick: (id: string) => void, onEdit: (edit: Edit) => void) {
  const article = articles[i] as Article;
  return (
    <ArticleView
      key={article.id}
      article={article}
      index={i}
      litPiece={litPiece !== null && ownsPiece(article, litPiece) ? litPiece : null}
      onPick={onPick}
      onEdit={onEdit}
      previousArticle={articles[i - 1]?.id ?? null}
      nextArticle={articles[i + 1]?.id ?? null}
      previousCount={articles[i - 1]?.paragraphs.length ?? 0}
    />
  );
}
