/**
 * The thresholds an editor may tune, in one place: each with its default, the range a
 * setting may take, and the interface strings that name it. Passes read them from the
 * context (`ctx.thresholds`), never from constants of their own, so the Settings dialog can
 * move one and the page is rebuilt with it. A project file keeps the values that differ
 * from the defaults.
 */

export interface EngineSettings {
  /**
   * How short a line must be to end a paragraph, as a share of its column: a line shorter than
   * this share (text pages, counted in characters) ends its paragraph when the sentence ends or
   * a gap follows. Lower: fewer, longer paragraphs. On a layout page the space the line leaves
   * at the right, in line heights, scales with it (0.85 ↔ 1.5 line heights).
   */
  readonly shortLineShare: number;
  /**
   * How much better a fragment printed further on must read with a paragraph cut mid-sentence
   * than the next paragraph does, to be moved up and joined to it. Higher: fewer moves.
   */
  readonly moveFragmentMargin: number;
  /** The least share of an orphaned headline's weighted words an article must contain to take it. Higher: fewer headlines attached. */
  readonly headlineMatch: number;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  shortLineShare: 0.85,
  moveFragmentMargin: 0.2,
  headlineMatch: 0.15,
};

export type EngineSettingKey = keyof EngineSettings;

export interface EngineSettingSpec {
  readonly key: EngineSettingKey;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Message ids: the label and the line under it that says which way the setting moves the result. */
  readonly label: `threshold.${EngineSettingKey}`;
  readonly hint: `threshold.${EngineSettingKey}.hint`;
  /** Shown as a percentage (a share) rather than a bare number. */
  readonly percent: boolean;
}

const spec = (key: EngineSettingKey, min: number, max: number, step: number, percent: boolean): EngineSettingSpec => ({
  key,
  min,
  max,
  step,
  label: `threshold.${key}`,
  hint: `threshold.${key}.hint`,
  percent,
});

/** The tunable thresholds, in the order the Settings dialog shows them. */
export const ENGINE_SETTING_SPECS: readonly EngineSettingSpec[] = [
  spec('shortLineShare', 0.5, 0.98, 0.01, true),
  spec('moveFragmentMargin', 0, 1, 0.05, false),
  spec('headlineMatch', 0.05, 0.6, 0.01, true),
];

/** Brings a value into its range; a missing or non-numeric value gives the default. */
export function clampSetting(key: EngineSettingKey, value: unknown): number {
  const s = ENGINE_SETTING_SPECS.find((x) => x.key === key);
  if (typeof value !== 'number' || !Number.isFinite(value) || !s) return DEFAULT_ENGINE_SETTINGS[key];
  return Math.min(s.max, Math.max(s.min, value));
}

/** Full settings from a partial or untrusted set (a project file, a worker message): unknown keys dropped, values clamped. */
export function resolveEngineSettings(partial: unknown): EngineSettings {
  const o = partial && typeof partial === 'object' ? (partial as Record<string, unknown>) : {};
  const out: Record<string, number> = {};
  for (const s of ENGINE_SETTING_SPECS) out[s.key] = s.key in o ? clampSetting(s.key, o[s.key]) : DEFAULT_ENGINE_SETTINGS[s.key];
  return out as unknown as EngineSettings;
}

/** Only the values that differ from the defaults: what a project file keeps. */
export function changedEngineSettings(settings: Partial<EngineSettings>): Partial<EngineSettings> {
  const out: Partial<Record<EngineSettingKey, number>> = {};
  for (const s of ENGINE_SETTING_SPECS) {
    const value = settings[s.key];
    if (value !== undefined && value !== DEFAULT_ENGINE_SETTINGS[s.key]) out[s.key] = value;
  }
  return out;
}
