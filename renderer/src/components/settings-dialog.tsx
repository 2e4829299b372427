/** The heuristics, step by step: switching one off rebuilds the page at once. */
import { PASSES } from '../../../shared/pipeline/reconstruct';
import type { PlainMessageId } from '../i18n';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/store-context';

/** readPageLines makes the units every other step works on: it cannot be switched off. */
const OPTIONAL = PASSES.map((p) => p.name).filter((name) => name !== 'readPageLines');

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const disabled = useAppStore((s) => s.disabledPasses);
  const setPassEnabled = useAppStore((s) => s.setPassEnabled);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-label={t('settings.title')} className="dialog" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2>{t('settings.title')}</h2>
        <fieldset className="include">
          <legend>{t('settings.passes')}</legend>
          {OPTIONAL.map((name) => (
            <label key={name}>
              <input type="checkbox" checked={!disabled.includes(name)} onChange={(e) => setPassEnabled(name, e.target.checked)} /> {t(`pass.${name}` as PlainMessageId)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="secondary" autoFocus onClick={onClose}>{t('settings.close')}</button>
      </div>
    </div>
  );
}
