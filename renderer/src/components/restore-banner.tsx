/** Offers back the work a previous session did not save (after a crash or a kill). */
import { useState } from 'react';
import type { Project } from '../../../shared/project/project-file';
import { discardUnsavedWork } from '../autosave';
import { stateOfProject } from '../store/project';
import { useAppStoreApi } from '../store/store-context';

export function RestoreBanner({ project }: { project: Project }) {
  const store = useAppStoreApi();
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const when = project.savedAt ? new Date(project.savedAt).toLocaleString() : 'an earlier session';
  return (
    <div className="restore" role="region" aria-label="Unsaved work">
      <span>
        Galley found unsaved work from {when} ({project.pages.length} page{project.pages.length === 1 ? '' : 's'}). Restore it?
      </span>
      <button
        type="button"
        onClick={() => {
          store.setState({ ...stateOfProject(project), selection: null, dirty: true });
          store.getState().clearHistory();
          setOpen(false);
        }}
      >
        Restore
      </button>
      <button
        type="button"
        onClick={() => {
          discardUnsavedWork();
          setOpen(false);
        }}
      >
        Discard
      </button>
    </div>
  );
}
