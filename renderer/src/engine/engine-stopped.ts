/**
 * The note the editor sees when the engine worker failed on two workers in a row
 * (`supervised-worker.ts`): the window then rebuilds pages itself, and nothing is lost.
 */
import { en } from '../i18n/messages';
import type { AppState } from '../store/app-store';
import { isWorkerStopped } from './supervised-worker';

/** Shows the note (once while it is shown) when `error` says the worker stopped; other failures are the engine's, and quiet as before. */
export function noteIfEngineStopped(state: Pick<AppState, 'errors' | 'reportErrors'>, error: unknown): void {
  if (!isWorkerStopped(error) || state.errors.some((e) => e.messageId === 'message.engineStopped')) return;
  // The id lets the error list say it in the interface language, now and after a switch.
  state.reportErrors([{ code: 'malformed', messageId: 'message.engineStopped', message: en['message.engineStopped'] }]);
}
