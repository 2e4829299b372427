/** Offers back the work a previous session did not save (after a crash or a kill). */
import { useState } from 'react';
import type { Project } from '../../../shared/project/project-file';
import { discardUnsavedWork } from '../autosave';
import { stateOfProject } from '../store/project';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { useT } from '../i18n/use-t';

export function RestoreBanner({ project }: { project: Project }) {
  const store = useAppStoreApi();
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const when = project.savedAt ? new Date(project.savedAt).toLocaleString(language) : t('restore.earlier');
  const count = project.pages.length;
  return (
    <div className="restore" role="region" aria-label={t('restore.region')}>
      <span>
        {count === 1 ? t('restore.foundOne', { when }) : t('restore.foundMany', { when, count })}
      </span>
      <button
        type="button"
        onClick={() => {
          store.setState({ ...stateOfProject(project), selection: null, dirty: true });
          store.getState().clearHistory();
          setOpen(false);
        }}
      >
        {t('restore.restore')}
      </button>
      <button
        type="button"
        onClick={() => {
          discardUnsavedWork();
          setOpen(false);
        }}
      >
        {t('restore.discard')}
      </button>
    </div>
  );
}
