/** What the renderer and its engine worker say to each other (plain data, cloned across). */
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import type { EngineSettings } from '../../../shared/pipeline/engine-settings';
import type { LinkedIssue } from './linked-issue';

/** Rebuild one page (or, with `prepare`, only hand it over). */
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

/**
 * Link the open pages as an issue: each page rebuilt with its rejections (the worker keeps its
 * last results), then linked with the link and join rejections. The pages are the open pages,
 * in the window's order; the worker forgets pages not named.
 */
export interface LinkRequest {
  readonly id: number;
  readonly link: true;
  readonly pages: readonly {
    readonly pageId: string;
    readonly page?: Page;
    /** With a page sent: its reconstruction for these rejections and settings, when the window has it (from the load worker). */
    readonly rebuilt?: Reconstruction;
    readonly rejected: readonly string[];
  }[];
  readonly disabled: readonly string[];
  readonly thresholds: Partial<EngineSettings>;
}

export type EngineReply =
  | { readonly id: number; readonly ok: true; readonly result: Reconstruction }
  | { readonly id: number; readonly ok: true; readonly issue: LinkedIssue }
  | { readonly id: number; readonly ok: false; readonly message: string };
