/** What the renderer and its engine worker say to each other (plain data, cloned across). */
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import type { EngineSettings } from '../../../shared/pipeline/engine-settings';

export interface EngineRequest {
  readonly id: number;
  readonly pageId: string;
  /** Sent when the worker does not have this page yet. */
  readonly page?: Page;
  readonly rejected: readonly string[];
  readonly disabled: readonly string[];
  /** The thresholds the editor moved (the worker fills in the defaults). */
  readonly thresholds?: Partial<EngineSettings>;
  /** Only hands the page over, ahead of the first rebuild; the worker does not reply. */
  readonly prepare?: true;
}

export type EngineReply = { readonly id: number; readonly ok: true; readonly result: Reconstruction } | { readonly id: number; readonly ok: false; readonly message: string };
