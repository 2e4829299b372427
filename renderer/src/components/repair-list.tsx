/**
 * Every repair with its kind, reason and confidence, in page order, filterable by kind and
 * by confidence; low-confidence repairs are marked to be checked first. Accept keeps a
 * repair as checked; Reject re-runs the page without it (and without what built on it).
 */
import { memo, useEffect, useMemo, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { prepareEngine, rebuildThen } from '../engine/rebuild-first';
import { selectActivePage, selectReconstruction } from '../store/selectors';
import { LOW_CONFIDENCE, type Repair } from '../../../shared/model/repair';
import { useT } from '../i18n/use-t';

interface Entry {
  readonly repair: Repair;
  readonly rejected: boolean;
  readonly line: number;
}

export function RepairList() {
  const t = useT();
  const page = useAppStore(selectActivePage);
  const result = useAppStore(selectReconstruction);
  const selection = useAppStore((s) => s.selection);
  const accepted = useAppStore((s) => (s.activePageId ? s.accepted[s.activePageId] : undefined));
  const rejectAll = useAppStore((s) => s.rejectRepairs);
  const store = useAppStoreApi();
  const [kind, setKind] = useState('');
  const [lowOnly, setLowOnly] = useState(false);
  // The page shown is the one the editor may reject in next: the engine worker gets it early.
  useEffect(() => (page ? prepareEngine(page) : undefined), [page]);

  const entries = useMemo((): Entry[] => {
    if (!page || !result) return [];
    const numberOf = new Map(page.lines.map((l) => [l.id, l.number]));
    const all = [...result.repairs.map((repair) => ({ repair, rejected: false })), ...result.declined.map((repair) => ({ repair, rejected: true }))];
    return all
      .map((e) => ({ ...e, line: Math.min(...e.repair.lineIds.map((id) => numberOf.get(id) ?? Infinity)) }))
      .sort((a, b) => a.line - b.line || a.repair.id.localeCompare(b.repair.id));
  }, [page, result]);
  const kinds = useMemo(() => [...new Set(entries.map((e) => e.repair.kind))].sort(), [entries]);

  if (!page || !result) return <aside className="repairs-panel" aria-label={t('repairs.panel')} />;
  const shown = entries.filter((e) => (!kind || e.repair.kind === kind) && (!lowOnly || e.repair.confidence < LOW_CONFIDENCE));
  const low = entries.filter((e) => !e.rejected && e.repair.confidence < LOW_CONFIDENCE).length;
  const rejectable = shown.filter((e) => !e.rejected).map((e) => e.repair.id);

  return (
    <aside className="repairs-panel" aria-label={t('repairs.panel')}>
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
      <ul className="repairs" aria-label={t('repairs.title')}>
        {shown.map(({ repair, rejected, line }) => (
          <RepairRow
            key={repair.id}
            pageId={page.id}
            repair={repair}
            rejected={rejected}
            line={line}
            accepted={accepted?.includes(repair.id) ?? false}
            lit={selection?.kind === 'repair' && selection.repairId === repair.id}
          />
        ))}
      </ul>
    </aside>
  );
}

interface RepairRowProps {
  pageId: string;
  repair: Repair;
  rejected: boolean;
  line: number;
  accepted: boolean;
  lit: boolean;
}

/** One repair; memoised, so accepting one repair re-renders one row, not the whole list. */
const RepairRow = memo(function RepairRow({ pageId, repair, rejected, line, accepted, lit }: RepairRowProps) {
  const t = useT();
  const select = useAppStore((s) => s.select);
  const reject = useAppStore((s) => s.rejectRepair);
  const accept = useAppStore((s) => s.acceptRepair);
  const restore = useAppStore((s) => s.restoreRepair);
  const store = useAppStoreApi();
  // Between the click and the rebuilt page (built in the engine worker), the row says so.
  const [pending, setPending] = useState(false);
  const rebuild = (rejectedNext: (current: readonly string[]) => readonly string[], commit: () => void): void => {
    setPending(true);
    void rebuildThen(store, pageId, rejectedNext(store.getState().rejected[pageId] ?? []), commit).finally(() => setPending(false));
  };
  return (
    <li
      className={`repair${rejected ? ' rejected' : ''}${repair.confidence < LOW_CONFIDENCE ? ' low' : ''}${accepted ? ' accepted' : ''}${pending ? ' pending' : ''}`}
      aria-busy={pending || undefined}
      data-repair-id={repair.id}
      data-highlighted={lit ? 'true' : undefined}
    >
      <button type="button" className="repair-summary" onClick={() => select({ kind: 'repair', repairId: repair.id })}>
        <span className="repair-kind">{repair.kind}</span>
        <span className="repair-confidence" title={t('repairs.confidence')}>
          {repair.confidence < LOW_CONFIDENCE ? t('repairs.check') : ''}
          {Math.round(repair.confidence * 100)}%
        </span>
        <span className="repair-reason">{repair.reason}</span>
        <span className="repair-line">{t('repairs.line', { n: Number.isFinite(line) ? line : '—' })}</span>
      </button>
      <span className="repair-actions">
        {rejected ? (
          <button type="button" disabled={pending} onClick={() => rebuild((current) => current.filter((id) => id !== repair.id), () => restore(pageId, repair.id))}>{t('repairs.restore')}</button>
        ) : (
          <>
            <button type="button" aria-pressed={accepted} onClick={() => accept(pageId, repair.id)}>{t('repairs.accept')}</button>
            <button type="button" disabled={pending} onClick={() => rebuild((current) => [...current, repair.id], () => reject(pageId, repair.id))}>{t('repairs.reject')}</button>
          </>
        )}
      </span>
    </li>
  );
});
