/** What the renderer and its engine worker say to each other (plain data, cloned across). */
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';

export interface EngineRequest {
  readonly id: number;
  readonly pageId: string;
  /** Sent when the worker does not have this page yet. */
  readonly page?: Page;
  readonly rejected: readonly string[];
  readonly disabled: readonly string[];
}

export type EngineReply = { readonly id: number; readonly ok: true; readonly result: Reconstruction } | { readonly id: number; readonly ok: false; readonly message: string };
