/** What the renderer and its page-loading worker say to each other (plain data, cloned across). */
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import type { Result } from '../../../shared/model/result';
import type { PipelineSettings } from '../../../shared/pipeline/context';

/** Bytes are transferred in, not copied; a Blob (a picked File) is read by the worker itself. */
export interface LoadRequest {
  readonly id: number;
  readonly name: string;
  readonly source: Uint8Array | Blob;
  /**
   * The engine settings shown now: the worker also rebuilds the page with them, so its first
   * reconstruction (1.5 s on a 10,000-line page) is not computed on the main thread either.
   */
  readonly settings?: PipelineSettings;
}

/** A loaded page, and its reconstruction with no rejections when the worker made one. */
export interface LoadedPage {
  readonly result: Result<Page>;
  readonly rebuilt?: Reconstruction;
}

/** The worker says `ready` once it runs, so bytes are never handed to a worker that failed to start. */
export type LoadReply = { readonly ready: true } | ({ readonly id: number } & LoadedPage);
