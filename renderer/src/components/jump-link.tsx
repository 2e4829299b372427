/**
 * On an article that jumps pages: "Continued on page 4 →" and "← Continued from page 1", each
 * showing that page with the other part selected (the link's reason as its tooltip), and a
 * button to reject the link, kept with the page it jumps from (undo brings it back); where the
 * issue joined a sentence cut by the jump, a button to keep the two paragraphs apart.
 */
import { articleJumps, selectIssue } from '../store/issue-links';
import { useAppStore } from '../store/store-context';
import { useT } from '../i18n/use-t';

export function JumpLinks({ articleId }: { articleId: string }) {
  const t = useT();
  const issue = useAppStore(selectIssue);
  const pageId = useAppStore((s) => s.activePageId);
  const showPage = useAppStore((s) => s.showPage);
  const select = useAppStore((s) => s.select);
  const rejectRepair = useAppStore((s) => s.rejectRepair);
  const { from, to, joinOn } = articleJumps(issue, pageId, articleId);
  if (from === null && to === null) return null;
  const go = (target: { pageId: string; pieceId: string }): void => {
    showPage(target.pageId);
    select({ kind: 'piece', pieceId: target.pieceId });
  };
  return (
    <nav className="jump-links" aria-label={t('issue.jumpLinks')}>
      {from ? <button type="button" className="link" title={from.link?.reason} onClick={() => go(from)}>{t('issue.continuedFrom', { number: from.pageNumber })}</button> : null}
      {to ? <button type="button" className="link" title={to.link?.reason} onClick={() => go(to)}>{t('issue.continuedOn', { number: to.pageNumber })}</button> : null}
      {to?.link && pageId !== null ? (
        <button type="button" className="secondary" title={t('issue.rejectLink.title')} onClick={() => to.link && rejectRepair(pageId, to.link.id)}>
          {t('issue.rejectLink')}
        </button>
      ) : null}
      {joinOn && pageId !== null ? (
        <button type="button" className="secondary" title={`${joinOn.reason} ${t('issue.keepApart.title')}`} onClick={() => rejectRepair(pageId, joinOn.id)}>
          {t('issue.keepApart')}
        </button>
      ) : null}
    </nav>
  );
}
