/** The commands, with their keys shown; the page tabs when several pages are open. */
import { useAppStore, useHistoryDepth } from '../store/store-context';

interface ToolbarProps {
  onSave: () => void;
  onOpen: () => void;
  onExport: () => void;
  diffShown: boolean;
  onToggleDiff: () => void;
}

export function Toolbar({ onSave, onOpen, onExport, diffShown, onToggleDiff }: ToolbarProps) {
  const { canUndo, canRedo } = useHistoryDepth();
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const hasPage = useAppStore((s) => s.activePageId !== null);
  const status = useAppStore((s) => s.status);
  return (
    <header className="toolbar">
      <span className="brand">Galley</span>
      <div role="toolbar" aria-label="Commands" className="commands">
        <button type="button" onClick={onOpen} title="Open pages (Ctrl+O)">Open</button>
        <button type="button" onClick={onSave} disabled={!hasPage} title="Save the project: pages, decisions and edits (Ctrl+S)">Save</button>
        <button type="button" onClick={onExport} disabled={!hasPage} title="Export the reconstruction (Ctrl+E)">Export</button>
        <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">Undo</button>
        <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">Redo</button>
        <button type="button" onClick={onToggleDiff} disabled={!hasPage} aria-pressed={diffShown} title="Show the original against the cleaned text (Ctrl+Shift+D)">Show diff</button>
      </div>
      <PageTabs />
      <span className="status" role="status">{status}</span>
    </header>
  );
}

function PageTabs() {
  const pages = useAppStore((s) => s.pages);
  const activePageId = useAppStore((s) => s.activePageId);
  const showPage = useAppStore((s) => s.showPage);
  if (pages.length < 2) return <span className="page-tabs" />;
  return (
    <div role="tablist" aria-label="Open pages" className="page-tabs">
      {pages.map((page) => (
        <button key={page.id} role="tab" type="button" aria-selected={page.id === activePageId} onClick={() => showPage(page.id)}>
          {page.name}
        </button>
      ))}
    </div>
  );
}
