/**
 * The AppApi in a plain browser: the open dialog is a file input, a save is a download.
 * It lets the renderer run, and be tested end to end, without Electron.
 */
import type { AppApi } from '../../../shared/contract/app-api';
import { ok } from '../../../shared/model/result';

/** Id of the file input the app renders; the browser delivers picked files through its change event. */
export const OPEN_INPUT_ID = 'open-pages-input';

const MIME = { txt: 'text/plain;charset=utf-8', md: 'text/markdown;charset=utf-8', json: 'application/json;charset=utf-8' } as const;

export function createBrowserHost(doc: Document = document): AppApi {
  return {
    host: 'browser',
    async openFiles() {
      // The picked files arrive through the input's change event, which the app handles
      // whether the user clicked Open or a test set the input directly.
      doc.getElementById(OPEN_INPUT_ID)?.click();
      return ok({ files: [], failures: [] });
    },
    async saveFile(request) {
      const url = URL.createObjectURL(new Blob([request.content], { type: MIME[request.format] }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return ok({ location: request.suggestedName });
    },
    onMenuCommand() {
      return () => undefined;
    },
  };
}
