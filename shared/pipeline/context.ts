/**
 * What a pass may know besides the draft: which repairs the editor rejected, and the
 * settings. No clock, no I/O, no randomness: two runs give identical repairs.
 */
import type { LineId } from '../model/page';
import type { Repair, RepairId, RepairKind } from '../model/repair';
import { resolveEngineSettings, type EngineSettings } from './engine-settings';

export interface PipelineSettings {
  /** Passes switched off by name (`joinColumnLines`). */
  readonly disabledPasses: readonly string[];
  /** Thresholds the editor moved; the others keep their defaults (see engine-settings.ts). */
  readonly thresholds?: Partial<EngineSettings>;
}

export const DEFAULT_SETTINGS: PipelineSettings = { disabledPasses: [] };

export interface PassContext {
  readonly settings: PipelineSettings;
  /** Every threshold, the editor's where set, the default otherwise. */
  readonly thresholds: EngineSettings;
  /**
   * Asks before making a change: false when the editor rejected this repair, and the pass
   * must then leave that change undone. Rejected repairs are remembered (see `declined`).
   */
  applies(repair: Repair): boolean;
  /** The rejected repairs the passes met in this run, as they would have been made. */
  readonly declined: readonly Repair[];
}

export function createContext(rejected: ReadonlySet<RepairId>, settings: PipelineSettings = DEFAULT_SETTINGS): PassContext {
  const declined: Repair[] = [];
  return {
    settings,
    thresholds: resolveEngineSettings(settings.thresholds),
    declined,
    applies(repair) {
      if (!rejected.has(repair.id)) return true;
      declined.push(repair);
      return false;
    },
  };
}

/** A repair id from its pass, its kind and the lines it touched: stable across runs (`joinColumnLines/join-lines:L3-L9`). */
export function repairId(pass: string, kind: RepairKind, lineIds: readonly LineId[], detail = ''): RepairId {
  const first = lineIds[0] ?? '';
  const last = lineIds[lineIds.length - 1] ?? '';
  const span = first === last ? first : `${first}-${last}`;
  return `${pass}/${kind}:${span}${detail ? `:${detail}` : ''}`;
}

type RepairFields = Omit<Repair, 'id'> & { readonly detail?: string };

/** Builds a repair with its stable id. */
export function makeRepair(fields: RepairFields): Repair {
  const { detail, ...rest } = fields;
  return { id: repairId(fields.pass, fields.kind, fields.lineIds, detail), ...rest };
}
