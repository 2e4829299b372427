/** Every keyboard action in one sheet, opened with `?`. */
import type { PlainMessageId } from '../i18n';
import { useT } from '../i18n/use-t';

/** Each row: its keys (words in them, like Space, are translated too) and what they do. */
const SHORTCUTS: ReadonlyArray<readonly [keys: PlainMessageId, what: PlainMessageId]> = [
  ['shortcuts.open.keys', 'shortcuts.open'],
  ['shortcuts.save.keys', 'shortcuts.save'],
  ['shortcuts.export.keys', 'shortcuts.export'],
  ['shortcuts.undo.keys', 'shortcuts.undo'],
  ['shortcuts.pages.keys', 'shortcuts.pages'],
  ['shortcuts.diff.keys', 'shortcuts.diff'],
  ['shortcuts.image.keys', 'shortcuts.image'],
  ['shortcuts.zoom.keys', 'shortcuts.zoom'],
  ['shortcuts.tab.keys', 'shortcuts.tab'],
  ['shortcuts.select.keys', 'shortcuts.select'],
  ['shortcuts.edit.keys', 'shortcuts.edit'],
  ['shortcuts.finish.keys', 'shortcuts.finish'],
  ['shortcuts.split.keys', 'shortcuts.split'],
  ['shortcuts.merge.keys', 'shortcuts.merge'],
  ['shortcuts.move.keys', 'shortcuts.move'],
  ['shortcuts.moveArticle.keys', 'shortcuts.moveArticle'],
  ['shortcuts.help.keys', 'shortcuts.help'],
];

export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-label={t('shortcuts.dialog')} className="dialog" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2>{t('shortcuts.dialog')}</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={what}>
                <th scope="row"><kbd>{t(keys)}</kbd></th>
                <td>{t(what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="secondary" autoFocus onClick={onClose}>{t('shortcuts.close')}</button>
      </div>
    </div>
  );
}
