/** The commands, with their keys shown; the page tabs when several pages are open; the language. */
import { useAppStore, useHistoryDepth } from '../store/store-context';
import { LANGUAGES, isLanguage } from '../i18n';
import { useT } from '../i18n/use-t';
import { OpenFolderButton, PageNavigator } from './page-navigator';
import { RecentMenu, type RecentSource } from './recent-menu';

interface ToolbarProps {
  onSave: () => void;
  onOpen: () => void;
  onExport: () => void;
  diffShown: boolean;
  onToggleDiff: () => void;
  onSettings: () => void;
  /** Opens picked files (Open folder gives the page files of a folder, as one issue). */
  openFileList?: (files: readonly File[]) => Promise<void>;
  /** The host's Recent list, shown under the Recent button. */
  recent?: RecentSource;
}

export function Toolbar({ onSave, onOpen, onExport, diffShown, onToggleDiff, onSettings, openFileList, recent }: ToolbarProps) {
  const t = useT();
  const { canUndo, canRedo } = useHistoryDepth();
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const hasPage = useAppStore((s) => s.activePageId !== null);
  const status = useAppStore((s) => s.status);
  return (
    <header className="toolbar">
      <span className="brand">Galley</span>
      <div role="toolbar" aria-label={t('toolbar.commands')} className="commands">
        <button type="button" onClick={onOpen} title={t('toolbar.open.title')}>{t('toolbar.open')}</button>
        {recent ? <RecentMenu source={recent} /> : null}
        {openFileList ? <OpenFolderButton openFileList={openFileList} /> : null}
        <button type="button" onClick={onSave} disabled={!hasPage} title={t('toolbar.save.title')}>{t('toolbar.save')}</button>
        <button type="button" onClick={onExport} disabled={!hasPage} title={t('toolbar.export.title')}>{t('toolbar.export')}</button>
        <button type="button" onClick={undo} disabled={!canUndo} title={t('toolbar.undo.title')}>{t('toolbar.undo')}</button>
        <button type="button" onClick={redo} disabled={!canRedo} title={t('toolbar.redo.title')}>{t('toolbar.redo')}</button>
        <button type="button" onClick={onToggleDiff} disabled={!hasPage} aria-pressed={diffShown} title={t('toolbar.diff.title')}>{t('toolbar.diff')}</button>
        <button type="button" onClick={onSettings} title={t('settings.button.title')}>{t('settings.button')}</button>
      </div>
      <PageNavigator />
      {/* Cut short with an ellipsis when long: the whole note in its tooltip. */}
      <span className="status" role="status" title={status ?? undefined}>{status}</span>
      <LanguageSwitch />
    </header>
  );
}

/** The interface language (a fuller settings panel comes later); each named in itself. */
function LanguageSwitch() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <select
      className="language"
      aria-label={t('toolbar.language')}
      value={language}
      onChange={(e) => {
        if (isLanguage(e.target.value)) setLanguage(e.target.value);
      }}
    >
      {LANGUAGES.map(({ language: value, name }) => (
        <option key={value} value={value} lang={value}>
          {name}
        </option>
      ))}
    </select>
  );
}
