/** The window: commands on top, Original and Reconstructed side by side, repairs beside. */
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import type { AppApi, ExportFormat } from '../../../shared/contract/app-api';
import type { ExportInclude } from '../../../shared/export/options';
import { createActions } from '../actions';
import { OPEN_INPUT_ID } from '../host/browser-host';
import { useAppStoreApi } from '../store/store-context';
import { useT } from '../i18n/use-t';
import type { Project } from '../../../shared/project/project-file';
import { DiffView } from './diff-view';
import { RestoreBanner } from './restore-banner';
import { ShortcutsSheet } from './shortcuts-sheet';
import { SettingsDialog } from './settings-dialog';
import { ErrorList } from './error-list';
import { ExportDialog } from './export-dialog';
import { OriginalPane } from './original-pane';
import { ReconstructedPane } from './reconstructed-pane';
import { RepairList } from './repair-list';
import { Toolbar } from './toolbar';

// Page images too: they open together with their page (same base name) and show beside it.
const ACCEPTED = '.txt,.md,.markdown,.xml,.alto,.hocr,.html,.htm,.json,.png,.jpg,.jpeg,.tif,.tiff,text/plain,text/markdown,application/xml,text/xml,text/html,application/json,image/png,image/jpeg,image/tiff';

export function App({ host, leftOver = null }: { host: AppApi; leftOver?: Project | null }) {
  const store = useAppStoreApi();
  const t = useT();
  const actions = useMemo(() => createActions(store, host), [store, host]);
  const [exporting, setExporting] = useState(false);
  const [showDiff, setShowDiff] = useState(false);
  const [showKeys, setShowKeys] = useState(false);
  const [showSettings, setShowSettings] = useState(false);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const run = (command: string): void => {
      if (command === 'open') void actions.open();
      else if (command === 'save') void actions.save();
      else if (command === 'export') setExporting(true);
      else if (command === 'undo') store.getState().undo();
      else if (command === 'redo') store.getState().redo();
      else if (command === 'diff') setShowDiff((v) => !v);
      // Main asked before closing and the editor chose Save: close once the work is saved.
      else if (command === 'save-and-close') void actions.save().then(() => !store.getState().dirty && window.close());
    };
    const unsubscribe = host.onMenuCommand(run);
    // File ▸ Open Recent in the native menu: main names a path of its list, and reads it back.
    const stopRecent = host.onOpenRecent((id) => void actions.openRecent({ id, name: id, reopenable: true }));
    // In Electron the native menu owns these keys; in the browser the page does.
    const onKey = (event: KeyboardEvent): void => {
      const editing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
      if (event.key === '?' && !editing) {
        setShowKeys(true);
        return;
      }
      if (host.host === 'electron' || !(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'd' && event.shiftKey) {
        event.preventDefault();
        run('diff');
        return;
      }
      const command = key === 'o' ? 'open' : key === 's' ? 'save' : key === 'e' ? 'export' : key === 'z' && !editing ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !editing ? 'redo' : null;
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe();
      stopRecent();
      window.removeEventListener('keydown', onKey);
    };
  }, [actions, host, store]);

  const exportAs = (format: ExportFormat, include: ExportInclude): void => {
    setExporting(false);
    void actions.exportAs(format, include);
  };
  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length) void actions.openFileList(event.dataTransfer.files);
  };

  return (
    <div
      className={dragging ? 'app dragging' : 'app'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      {leftOver ? <RestoreBanner project={leftOver} /> : null}
      <Toolbar onSave={() => void actions.save()} onOpen={() => void actions.open()} onExport={() => setExporting(true)} diffShown={showDiff} onToggleDiff={() => setShowDiff((v) => !v)} onSettings={() => setShowSettings(true)} openFileList={(files) => actions.openFileList(files)} recent={{ list: () => host.recentFiles(), open: (file) => void actions.openRecent(file) }} />
      <ErrorList />
      <main className="panes">
        <OriginalPane />
        <ReconstructedPane />
        <RepairList />
      </main>
      {showDiff ? <DiffView onClose={() => setShowDiff(false)} /> : null}
      <input
        id={OPEN_INPUT_ID}
        type="file"
        multiple
        accept={ACCEPTED}
        aria-label={t('app.openInput')}
        hidden
        onChange={(e) => {
          const files = e.currentTarget.files;
          if (files?.length) void actions.openFileList(Array.from(files));
          e.currentTarget.value = '';
        }}
      />
      {showSettings ? <SettingsDialog onClose={() => setShowSettings(false)} /> : null}
      {showKeys ? <ShortcutsSheet onClose={() => setShowKeys(false)} /> : null}
      {exporting ? (
        <ExportDialog
          onChoose={exportAs}
          onChooseArticles={(include) => {
            setExporting(false);
            void actions.exportArticles(include);
          }}
          onClose={() => setExporting(false)}
        />
      ) : null}
    </div>
  );
}
