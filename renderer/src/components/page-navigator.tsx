/**
 * The pages of the open issue in page order (by the number their markup or their names carry, else by name),
 * each with its number, and previous/next. Keys: Ctrl+[ / Ctrl+] or Alt+PageUp / Alt+PageDown
 * (plain PageUp/PageDown scroll the panes, and Ctrl+PageUp/PageDown belong to the browser's tabs).
 * Also the Open folder command: every page in a folder opened as one issue.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Page } from '../../../shared/model/page';
import { orderPages, type OrderedPage } from '../../../shared/issue/order-pages';
import { isPageFileName, isPageImageName, type OpenedFiles } from '../../../shared/contract/app-api';
import type { Result } from '../../../shared/model/result';
import { getHost } from '../host';
import { useAppStore, useAppStoreApi } from '../store/store-context';
import { useT } from '../i18n/use-t';

/** The open pages in issue order; memoised on the page list. */
export function useIssuePages(): OrderedPage<{ page: Page }>[] {
  const pages = useAppStore((s) => s.pages);
  return useMemo(() => orderPages(pages.map((page) => ({ page }))), [pages]);
}

/** The page `step` places after (or before) `activeId` in issue order, or null at either end. */
export function neighbourPage(ordered: readonly OrderedPage<{ page: Page }>[], activeId: string | null, step: 1 | -1): string | null {
  const at = ordered.findIndex((p) => p.input.page.id === activeId);
  return at < 0 ? null : (ordered[at + step]?.input.page.id ?? null);
}

export function PageNavigator() {
  const t = useT();
  const ordered = useIssuePages();
  const activePageId = useAppStore((s) => s.activePageId);
  const showPage = useAppStore((s) => s.showPage);
  const previous = neighbourPage(ordered, activePageId, -1);
  const next = neighbourPage(ordered, activePageId, 1);
  const tabs = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Forty pages do not fit the bar: keep the page shown in view (jsdom has no scrollIntoView).
    const selected = tabs.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    selected?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [activePageId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const step = (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === '[' || event.key === ']') ? (event.key === '[' ? -1 : 1)
        : event.altKey && (event.key === 'PageUp' || event.key === 'PageDown') ? (event.key === 'PageUp' ? -1 : 1) : 0;
      if (step === 0) return;
      const target = step < 0 ? previous : next;
      event.preventDefault();
      if (target !== null) showPage(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [previous, next, showPage]);

  if (ordered.length < 2) return <span className="page-tabs" />;
  return (
    <nav aria-label={t('issue.navigator')} className="page-navigator">
      <button type="button" className="secondary" aria-label={t('issue.previous')} disabled={previous === null} title={t('issue.previous.title')} onClick={() => previous !== null && showPage(previous)}>
        ←
      </button>
      <div ref={tabs} role="tablist" aria-label={t('toolbar.pages')} className="page-tabs">
        {ordered.map(({ input: { page }, number }) => (
          <button key={page.id} role="tab" type="button" aria-selected={page.id === activePageId} title={page.name} onClick={() => showPage(page.id)}>
            <span className="page-number">{t('issue.pageNumber', { number })}</span> {page.name}
          </button>
        ))}
      </div>
      <button type="button" className="secondary" aria-label={t('issue.next')} disabled={next === null} title={t('issue.next.title')} onClick={() => next !== null && showPage(next)}>
        →
      </button>
    </nav>
  );
}

/**
 * Open folder: in Electron, the native folder dialog (main reads the folder's pages); in the
 * browser, a directory input (`webkitdirectory`). The page files, and the page images beside
 * them, open as one issue, showing its first page.
 */
export function OpenFolderButton({ openFileList }: { openFileList: (files: readonly File[]) => Promise<void> }) {
  const t = useT();
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // React does not know the attribute; set it on the element itself.
    input.current?.setAttribute('webkitdirectory', '');
  }, []);
  const showFirst = (names: ReadonlySet<string>): void => {
    const state = store.getState();
    const first = orderPages(state.pages.filter((p) => names.has(p.name)).map((page) => ({ page })))[0];
    if (first) state.showPage(first.input.page.id);
  };
  const openNative = async (openFolder: () => Promise<Result<OpenedFiles>>): Promise<void> => {
    const result = await openFolder();
    const state = store.getState();
    if (!result.ok) return state.reportErrors([result.error]);
    state.reportErrors(result.value.failures.map((f) => f.error));
    if (result.value.files.length === 0) return;
    await state.openFiles(result.value.files);
    showFirst(new Set(result.value.files.map((f) => f.name)));
  };
  const pick = (): void => {
    const host = getHost();
    const { openFolder } = host;
    if (openFolder) void openNative(() => openFolder.call(host));
    else input.current?.click();
  };
  return (
    <>
      <button type="button" onClick={pick} title={t('issue.openFolder.title')}>{t('issue.openFolder')}</button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={t('issue.folderInput')}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []).filter((f) => !f.name.startsWith('.') && (isPageFileName(f.name) || isPageImageName(f.name)));
          e.currentTarget.value = '';
          if (files.length === 0) return;
          void openFileList(files).then(() => showFirst(new Set(files.map((f) => f.name))));
        }}
      />
    </>
  );
}
