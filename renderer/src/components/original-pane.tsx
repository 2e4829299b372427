/** The page's lines as loaded, numbered; a click selects a line and shows where it went. */
import { memo, useEffect, useMemo, useRef } from 'react';
import type { LineId, SourceLine } from '../../../shared/model/page';
import { useAppStore } from '../store/store-context';
import { useT } from '../i18n/use-t';
import { highlighted, selectActivePage, selectReconstruction } from '../store/selectors';

export function OriginalPane() {
  const t = useT();
  const page = useAppStore(selectActivePage);
  const result = useAppStore(selectReconstruction);
  const selection = useAppStore((s) => s.selection);
  const lit = useMemo(() => highlighted(selection, result).lines, [selection, result]);
  const selectionFromOtherPane = selection?.kind !== 'line';
  const select = useAppStore((s) => s.select);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!selectionFromOtherPane) return;
    listRef.current?.querySelector('[data-highlighted="true"]')?.scrollIntoView({ block: 'center' });
  }, [lit, selectionFromOtherPane]);

  return (
    <section className="pane original" aria-label={t('original.title')}>
      <h2 className="pane-title">{t('original.title')}{page ? <span className="pane-subtitle"> · {page.name} · {page.encoding}</span> : null}</h2>
      {page ? (
        <ol className="lines" ref={listRef}>
          {page.lines.map((line) => (
            <Line key={line.id} line={line} lit={lit.has(line.id)} onSelect={(id) => select({ kind: 'line', lineId: id })} />
          ))}
        </ol>
      ) : (
        <p className="empty">{t('original.empty')}</p>
      )}
    </section>
  );
}

const Line = memo(function Line({ line, lit, onSelect }: { line: SourceLine; lit: boolean; onSelect: (id: LineId) => void }) {
  const blank = line.text === '';
  return (
    <li
      className={blank ? 'line blank' : 'line'}
      data-line-id={line.id}
      data-highlighted={lit ? 'true' : undefined}
      tabIndex={blank ? undefined : -1}
      onClick={blank ? undefined : () => onSelect(line.id)}
    >
      <span className="line-number" aria-hidden="true">{line.number}</span>
      <span className="line-text">{line.raw}</span>
    </li>
  );
});
