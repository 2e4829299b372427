/** The heuristics, step by step and threshold by threshold: any change rebuilds the page at once. */
import { DEFAULT_ENGINE_SETTINGS, ENGINE_SETTING_SPECS, resolveEngineSettings, type EngineSettingSpec } from '../../../shared/pipeline/engine-settings';
import { PASSES } from '../../../shared/pipeline/reconstruct';
import type { PlainMessageId } from '../i18n';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/store-context';

/** readPageLines makes the units every other step works on: it cannot be switched off. */
const OPTIONAL = PASSES.map((p) => p.name).filter((name) => name !== 'readPageLines');

/** A share as a percentage (`85 %`), a margin as a plain number (`0.20`). */
function shown(spec: EngineSettingSpec, value: number): string {
  return spec.percent ? `${Math.round(value * 100)} %` : value.toFixed(2);
}

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const disabled = useAppStore((s) => s.disabledPasses);
  const setPassEnabled = useAppStore((s) => s.setPassEnabled);
  const moved = useAppStore((s) => s.thresholds);
  const setThreshold = useAppStore((s) => s.setThreshold);
  const values = resolveEngineSettings(moved);
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
        <fieldset className="include">
          <legend>{t('settings.thresholds')}</legend>
          {ENGINE_SETTING_SPECS.map((spec) => {
            const value = values[spec.key];
            const byDefault = DEFAULT_ENGINE_SETTINGS[spec.key];
            const id = `threshold-${spec.key}`;
            return (
              <div key={spec.key} style={{ display: 'grid', gridTemplateColumns: '1fr auto auto', columnGap: '0.5rem', alignItems: 'center', maxWidth: '34rem', marginBottom: '0.4rem' }}>
                <label htmlFor={id} style={{ gridColumn: '1 / -1' }}>{t(spec.label)}</label>
                <input id={id} type="range" min={spec.min} max={spec.max} step={spec.step} value={value} aria-valuetext={shown(spec, value)} onChange={(e) => setThreshold(spec.key, Number(e.target.value))} />
                <output htmlFor={id} style={{ minWidth: '3.5rem', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{shown(spec, value)}</output>
                <button type="button" className="secondary" disabled={value === byDefault} title={t('settings.reset.title', { value: shown(spec, byDefault) })} aria-label={`${t('settings.reset')}: ${t(spec.label)}`} onClick={() => setThreshold(spec.key, null)}>
                  {t('settings.reset')}
                </button>
                <small style={{ gridColumn: '1 / -1', opacity: 0.75 }}>
                  {t(spec.hint)} {t('settings.default', { value: shown(spec, byDefault) })}
                </small>
              </div>
            );
          })}
        </fieldset>
        <button type="button" className="secondary" autoFocus onClick={onClose}>{t('settings.close')}</button>
      </div>
    </div>
  );
}
