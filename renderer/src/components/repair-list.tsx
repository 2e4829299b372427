/**
 * Every repair with its kind, reason and confidence, in page order, filterable by kind and
 * by confidence; low-confidence repairs are marked to be checked first. Accept keeps a
 * repair as checked; Reject re-runs the page without it (and without what built on it).
 * A page with many repairs (a huge ALTO file has over a thousand) gets a virtualised list:
 * only the rows in view are in the DOM, so the page arrives without freezing the window.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { prepareEngine, rebuildThen } from '../engine/rebuild-first';
import { selectActivePage, selectReconstruction } from '../store/selectors';
import { LOW_CONFIDENCE } from '../../../shared/model/repair';
import { useT } from '../i18n/use-t';
import { RepairRows, type RepairEntry } from './repair-rows';

export function RepairList() {
  const t = useT();
  const page = useAppStore(selectActivePage);
  const result = useAppStore(selectReconstruction);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const accepted = useAppStore((s) => (s.activePageId ? s.accepted[s.activePageId] : undefined));
  const rejectAll = useAppStore((s) => s.rejectRepairs);
  const store = useAppStoreApi();
  const panel = useRef<HTMLElement>(null);
  const [kind, setKind] = useState('');
  const [lowOnly, setLowOnly] = useState(false);
  // The page shown is the one the editor may reject in next: the engine worker gets it early.
  useEffect(() => (page ? prepareEngine(page) : undefined), [page]);

  const entries = useMemo((): RepairEntry[] => {
    if (!page || !result) return [];
    const numberOf = new Map(page.lines.map((l) => [l.id, l.number]));
    const all = [...result.repairs.map((repair) => ({ repair, rejected: false })), ...result.declined.map((repair) => ({ repair, rejected: true }))];
    return all
      .map((e) => ({ ...e, line: Math.min(...e.repair.lineIds.map((id) => numberOf.get(id) ?? Infinity)) }))
      .sort((a, b) => a.line - b.line || a.repair.id.localeCompare(b.repair.id));
  }, [page, result]);
  const kinds = useMemo(() => [...new Set(entries.map((e) => e.repair.kind))].sort(), [entries]);
  // Kept by identity between renders, so the selected row is scrolled to only when the list changes.
  const shown = useMemo(
    () => entries.filter((e) => (!kind || e.repair.kind === kind) && (!lowOnly || e.repair.confidence < LOW_CONFIDENCE)),
    [entries, kind, lowOnly],
  );

  if (!page || !result) return <aside className="repairs-panel" aria-label={t('repairs.panel')} />;
  const low = entries.filter((e) => !e.rejected && e.repair.confidence < LOW_CONFIDENCE).length;
  const rejectable = shown.filter((e) => !e.rejected).map((e) => e.repair.id);
  const selectedId = selection?.kind === 'repair' ? selection.repairId : null;

  // Up/Down (and Home/End) walk the repairs shown: with only a window of rows in the DOM, Tab
  // alone could not reach a repair far down.
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const at = shown.findIndex((e) => e.repair.id === selectedId);
    const next = { ArrowDown: at + 1, ArrowUp: at < 0 ? shown.length - 1 : at - 1, Home: 0, End: shown.length - 1 }[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const entry = shown[Math.max(0, Math.min(shown.length - 1, next))];
    if (entry) select({ kind: 'repair', repairId: entry.repair.id });
  };

  return (
    <aside className="repairs-panel" aria-label={t('repairs.panel')} ref={panel}>
      <h2 className="pane-title">
        {t('repairs.title')} <span className="pane-subtitle">· {t('repairs.counts', { made: result.repairs.length, rejected: result.declined.length, low })}</span>
      </h2>
      <div className="repair-filters">
        <label>
          {t('repairs.kind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('repairs.allKinds')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={lowOnly} onChange={(e) => setLowOnly(e.target.checked)} /> {t('repairs.lowOnly')}
        </label>
        {kind && rejectable.length > 0 ? (
          <button type="button" onClick={() => void rebuildThen(store, page.id, [...(store.getState().rejected[page.id] ?? []), ...rejectable], () => rejectAll(page.id, rejectable))}>{t('repairs.rejectAll', { kind })}</button>
        ) : null}
      </div>
      <RepairRows pageId={page.id} entries={shown} accepted={accepted} selectedId={selectedId} panel={panel} label={t('repairs.title')} onKeyDown={onKeyDown} />
    </aside>
  );
}
