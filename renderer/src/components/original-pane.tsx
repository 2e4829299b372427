/**
 * The page's lines as loaded, numbered; a click selects a line and shows where it went.
 * A long page (thousands of lines) is virtualised: only the lines in view are in the DOM.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { LineId, Page, SourceLine } from '../../../shared/model/page';
import { useAppStore } from '../store/store-context';
import { useT } from '../i18n/use-t';
import { highlighted, selectActivePage, selectReconstruction } from '../store/selectors';
import { PageImageView } from './page-image-view';
import { PageImageSwitch, imageUnavailableReason, type OriginalView } from './page-image-switch';

/** Above this many lines the list is virtualised; below, every line is in the DOM. */
export const VIRTUALISE_FROM = 1000;

export function OriginalPane() {
  const t = useT();
  const page = useAppStore(selectActivePage);
  const result = useAppStore(selectReconstruction);
  const selection = useAppStore((s) => s.selection);
  const lit = useMemo(() => highlighted(selection, result).lines, [selection, result]);
  const selectionFromOtherPane = selection?.kind !== 'line';
  const select = useAppStore((s) => s.select);
  const onSelect = useCallback((id: LineId) => select({ kind: 'line', lineId: id }), [select]);
  const paneRef = useRef<HTMLElement>(null);
  const image = useAppStore((s) => (page ? s.pageImages[page.id] : undefined));
  const [view, setView] = useState<OriginalView>('text');
  const imageUnavailable = useMemo(() => (page ? imageUnavailableReason(page, image, t) : null), [page, image, t]);
  const showImage = page !== null && image !== undefined && view === 'image' && imageUnavailable === null;

  return (
    <section className="pane original" aria-label={t('original.title')} ref={paneRef}>
      <div className="pane-title pane-title-row">
        <h2 className="pane-heading">{t('original.title')}{page ? <span className="pane-subtitle"> · {page.name} · {page.encoding}</span> : null}</h2>
        {page ? <PageImageSwitch view={showImage ? 'image' : 'text'} onChange={setView} imageUnavailable={imageUnavailable} /> : null}
      </div>
      {!page ? (
        <p className="empty">{t('original.empty')}</p>
      ) : showImage ? (
        <PageImageView page={page} image={image} lit={lit} selectedLine={selection?.kind === 'line' ? selection.lineId : null} follow={selectionFromOtherPane} onSelect={onSelect} />
      ) : page.lines.length >= VIRTUALISE_FROM ? (
        <VirtualLines page={page} lit={lit} follow={selectionFromOtherPane} onSelect={onSelect} pane={paneRef} />
      ) : (
        <AllLines page={page} lit={lit} follow={selectionFromOtherPane} onSelect={onSelect} />
      )}
    </section>
  );
}

interface LinesProps {
  page: Page;
  lit: ReadonlySet<LineId>;
  /** Scroll the lit lines into view (the selection came from the other pane). */
  follow: boolean;
  onSelect: (id: LineId) => void;
}

function AllLines({ page, lit, follow, onSelect }: LinesProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (follow) listRef.current?.querySelector('[data-highlighted="true"]')?.scrollIntoView({ block: 'center' });
  }, [lit, follow]);
  return (
    <ol className="lines" ref={listRef}>
      {page.lines.map((line) => (
        <Line key={line.id} line={line} lit={lit.has(line.id)} onSelect={onSelect} />
      ))}
    </ol>
  );
}

function VirtualLines({ page, lit, follow, onSelect, pane }: LinesProps & { pane: RefObject<HTMLElement | null> }) {
  const listRef = useRef<HTMLOListElement>(null);
  // The virtualiser hands back fresh functions on purpose; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: page.lines.length,
    getScrollElement: () => pane.current,
    estimateSize: () => 24,
    overscan: 30,
    scrollMargin: listRef.current?.offsetTop ?? 0,
  });
  useEffect(() => {
    if (!follow || lit.size === 0) return;
    const index = page.lines.findIndex((l) => lit.has(l.id));
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [lit, follow, page, virtualizer]);
  const items = virtualizer.getVirtualItems();
  return (
    <ol className="lines virtual" ref={listRef} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {items.map((item) => {
        const line = page.lines[item.index] as SourceLine;
        return (
          <Line
            key={line.id}
            line={line}
            lit={lit.has(line.id)}
            onSelect={onSelect}
            index={item.index}
            measure={virtualizer.measureElement}
            top={item.start - virtualizer.options.scrollMargin}
          />
        );
      })}
    </ol>
  );
}

interface LineProps {
  line: SourceLine;
  lit: boolean;
  onSelect: (id: LineId) => void;
  /** Set when virtualised: where the row sits, and how the virtualiser measures it. */
  index?: number;
  top?: number;
  measure?: (element: Element | null) => void;
}

const Line = memo(function Line({ line, lit, onSelect, index, top, measure }: LineProps) {
  const blank = line.text === '';
  return (
    <li
      ref={measure}
      data-index={index}
      className={blank ? 'line blank' : 'line'}
      data-line-id={line.id}
      data-highlighted={lit ? 'true' : undefined}
      tabIndex={blank ? undefined : -1}
      onClick={blank ? undefined : () => onSelect(line.id)}
      style={top === undefined ? undefined : { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${top}px)` }}
    >
      <span className="line-number" aria-hidden="true">{line.number}</span>
      <span className="line-text">{line.raw}</span>
    </li>
  );
});
