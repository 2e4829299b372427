/**
 * The renderer's only way to the host. In Electron the preload exposes `window.api`; in a
 * plain browser the browser host stands in. Nothing else in the renderer touches `window.api`.
 */
import type { AppApi } from '../../../shared/contract/app-api';
import { createBrowserHost } from './browser-host';

declare global {
  interface Window {
    readonly api?: AppApi;
  }
}

let host: AppApi | null = null;

export function getHost(): AppApi {
  host ??= window.api ?? createBrowserHost();
  return host;
}
