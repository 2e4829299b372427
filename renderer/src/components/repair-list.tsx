/** Every repair with its reason; rejecting one re-runs the page without it. */
import { useAppStore } from '../store/store-context';
import { selectActivePage, selectReconstruction } from '../store/selectors';
import { LOW_CONFIDENCE, type Repair } from '../../../shared/model/repair';

export function RepairList() {
  const page = useAppStore(selectActivePage);
  const result = useAppStore(selectReconstruction);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const reject = useAppStore((s) => s.rejectRepair);
  const restore = useAppStore((s) => s.restoreRepair);
  if (!page || !result) return <aside className="repairs-panel" aria-label="Repairs panel" />;
  const entries: Array<{ repair: Repair; rejected: boolean }> = [
    ...result.repairs.map((repair) => ({ repair, rejected: false })),
    ...result.declined.map((repair) => ({ repair, rejected: true })),
  ];
  return (
    <aside className="repairs-panel" aria-label="Repairs panel">
      <h2 className="pane-title">Repairs <span className="pane-subtitle">· {result.repairs.length} made · {result.declined.length} rejected</span></h2>
      <ul className="repairs" aria-label="Repairs">
        {entries.map(({ repair, rejected }) => (
          <li
            key={repair.id}
            className={`repair${rejected ? ' rejected' : ''}${repair.confidence < LOW_CONFIDENCE ? ' low' : ''}`}
            data-repair-id={repair.id}
            data-highlighted={selection?.kind === 'repair' && selection.repairId === repair.id ? 'true' : undefined}
          >
            <button type="button" className="repair-summary" onClick={() => select({ kind: 'repair', repairId: repair.id })}>
              <span className="repair-kind">{repair.kind}</span>
              <span className="repair-confidence" title="confidence">{Math.round(repair.confidence * 100)}%</span>
              <span className="repair-reason">{repair.reason}</span>
            </button>
            {rejected ? (
              <button type="button" onClick={() => restore(page.id, repair.id)}>Restore</button>
            ) : (
              <button type="button" onClick={() => reject(page.id, repair.id)}>Reject</button>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
