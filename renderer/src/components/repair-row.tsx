/** One row of the repair list: what was done, how sure the engine was, and Accept/Reject/Restore. */
import { memo, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { rebuildThen } from '../engine/rebuild-first';
import { LOW_CONFIDENCE, type Repair } from '../../../shared/model/repair';
import { useT } from '../i18n/use-t';

interface RepairRowProps {
  pageId: string;
  repair: Repair;
  rejected: boolean;
  line: number;
  accepted: boolean;
  lit: boolean;
  /** In a virtualised list (plain values, so the memo holds): the row's index, its place in px from the list's top, and the virtualiser's measuring ref. */
  index?: number;
  top?: number;
  measure?: (element: HTMLLIElement | null) => void;
}

/** Memoised, so accepting one repair re-renders one row, not the whole list. */
export const RepairRow = memo(function RepairRow({ pageId, repair, rejected, line, accepted, lit, index, top, measure }: RepairRowProps) {
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
      data-index={index}
      ref={measure}
      style={top === undefined ? undefined : { position: 'absolute', top: 0, left: '0.5rem', right: '0.5rem', transform: `translateY(${top}px)` }}
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
