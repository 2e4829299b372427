/**
 * The rows of the repair list. From VIRTUALISE_REPAIRS_FROM repairs on, only the rows in view
 * (and a margin) are in the DOM, as in the Reconstructed pane's article list. Either way the
 * selected repair is brought into view, and when the keyboard chose it, its row takes the focus.
 */
import { useCallback, useEffect, useRef, type KeyboardEvent, type KeyboardEventHandler, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Repair } from '../../../shared/model/repair';
import { RepairRow } from './repair-row';

/** From this many repairs on, only those in view are rendered. */
export const VIRTUALISE_REPAIRS_FROM = 100;

export interface RepairEntry {
  readonly repair: Repair;
  readonly rejected: boolean;
  readonly line: number;
}

interface RepairRowsProps {
  pageId: string;
  entries: readonly RepairEntry[];
  accepted: readonly string[] | undefined;
  selectedId: string | null;
  /** The scrolling panel around the list. */
  panel: RefObject<HTMLElement | null>;
  label: string;
  onKeyDown: KeyboardEventHandler<HTMLUListElement>;
}

export function RepairRows(props: RepairRowsProps) {
  return props.entries.length >= VIRTUALISE_REPAIRS_FROM ? <VirtualRows {...props} /> : <AllRows {...props} />;
}

function AllRows({ pageId, entries, accepted, selectedId, label, onKeyDown }: RepairRowsProps) {
  const list = useRef<HTMLUListElement>(null);
  const { handlers, take } = useKeyboardChoice(onKeyDown);
  useEffect(() => {
    if (selectedId) bringSelectedIn(list.current, take(), () => true);
  }, [selectedId, entries, take]);
  return (
    <ul className="repairs" aria-label={label} ref={list} {...handlers}>
      {entries.map((entry) => (
        <RepairRow key={entry.repair.id} pageId={pageId} {...entry} accepted={accepted?.includes(entry.repair.id) ?? false} lit={entry.repair.id === selectedId} />
      ))}
    </ul>
  );
}

function VirtualRows({ pageId, entries, accepted, selectedId, panel, label, onKeyDown }: RepairRowsProps) {
  const list = useRef<HTMLUListElement>(null);
  const { handlers, take } = useKeyboardChoice(onKeyDown);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => panel.current,
    estimateSize: () => 72,
    overscan: 6,
    getItemKey: (i) => entries[i]?.repair.id ?? i,
    scrollMargin: offsetWithin(list.current, panel.current),
    // The panel's title sticks to its top: a row scrolled to the top would sit under it.
    scrollPaddingStart: 40,
  });
  useEffect(() => {
    const index = entries.findIndex((e) => e.repair.id === selectedId);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // The row is rendered once the panel has scrolled: a frame or two later.
    const focus = take();
    let frames = 0;
    let frame = requestAnimationFrame(function whenThere() {
      if (!bringSelectedIn(list.current, focus, () => ++frames >= 4)) frame = requestAnimationFrame(whenThere);
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedId, entries, virtualizer, take]);
  const accepting = new Set(accepted);
  return (
    <ul className="repairs virtual" aria-label={label} ref={list} {...handlers} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {virtualizer.getVirtualItems().map((item) => {
        const entry = entries[item.index] as RepairEntry;
        return (
          <RepairRow
            key={item.key}
            pageId={pageId}
            {...entry}
            accepted={accepting.has(entry.repair.id)}
            lit={entry.repair.id === selectedId}
            index={item.index}
            top={item.start - virtualizer.options.scrollMargin}
            measure={virtualizer.measureElement}
          />
        );
      })}
    </ul>
  );
}

/**
 * Scrolls the selected row into view and, when the keyboard chose it, gives it the focus (the
 * row focused before may have left the DOM). False while the row is not rendered yet and
 * `giveUp` says to keep trying.
 */
function bringSelectedIn(list: HTMLUListElement | null, focus: boolean, giveUp: () => boolean): boolean {
  const row = list?.querySelector<HTMLElement>('[data-highlighted="true"]');
  if (!row) return giveUp();
  // jsdom has no scrollIntoView.
  row.scrollIntoView?.({ block: 'nearest' });
  if (focus) row.querySelector<HTMLElement>('.repair-summary')?.focus({ preventScroll: true });
  return true;
}

/** Remembers that a key was pressed in the list, until the selection it made is brought in. */
function useKeyboardChoice(onKeyDown: KeyboardEventHandler<HTMLUListElement>) {
  const keyed = useRef(false);
  /** Whether the keyboard made the last choice; asking forgets it. Stable, so effects may depend on it. */
  const take = useCallback(() => {
    const was = keyed.current;
    keyed.current = false;
    return was;
  }, []);
  return {
    handlers: {
      onKeyDown: (event: KeyboardEvent<HTMLUListElement>) => {
        keyed.current = true;
        onKeyDown(event);
      },
      onPointerDown: () => {
        keyed.current = false;
      },
    },
    take,
  };
}

/** The list's top within the panel's scrolled content (the panel is not its offset parent). */
function offsetWithin(element: HTMLElement | null, scroller: HTMLElement | null): number {
  if (!element || !scroller) return 0;
  return element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}
