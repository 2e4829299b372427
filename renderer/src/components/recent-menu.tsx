/**
 * The Recent button: a menu of the files opened last, as the host keeps them. Electron reopens
 * one by its path; a browser keeps only names, so the menu says the file must be opened again.
 * The list is asked for each time the menu opens, so it is never stale.
 */
import { useEffect, useRef, useState } from 'react';
import type { RecentFile } from '../../../shared/contract/app-api';
import { useT } from '../i18n/use-t';

export interface RecentSource {
  list(): Promise<readonly RecentFile[]>;
  open(file: RecentFile): void;
}

export function RecentMenu({ source }: { source: RecentSource }) {
  const t = useT();
  const [files, setFiles] = useState<readonly RecentFile[] | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const open = files !== null;

  useEffect(() => {
    if (!open) return;
    // A click anywhere else or Escape closes the menu, as native menus do.
    const onPointer = (event: PointerEvent): void => {
      if (!root.current?.contains(event.target as Node)) setFiles(null);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setFiles(null);
    };
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('keydown', onKey);
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => {
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const toggle = async (): Promise<void> => {
    if (open) return setFiles(null);
    setFiles(await source.list().catch(() => []));
  };

  return (
    <div className="recent" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => void toggle()} title={t('recent.title')}>
        {t('recent.button')}
      </button>
      {open ? (
        <div className="recent-menu">
          <ul role="menu" aria-label={t('recent.menu')}>
            {files.map((file) => (
              <li key={file.id} role="none">
                <button
                  type="button"
                  role="menuitem"
                  title={file.id}
                  onClick={() => {
                    setFiles(null);
                    source.open(file);
                  }}
                >
                  {file.name}
                </button>
              </li>
            ))}
          </ul>
          {files.length === 0 ? <p className="recent-note">{t('recent.none')}</p> : null}
          {files.some((f) => !f.reopenable) ? <p className="recent-note">{t('recent.namesOnly')}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
