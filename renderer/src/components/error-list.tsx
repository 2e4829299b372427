/** Every error the user must see, each in an alert with a way to dismiss it. */
import type { AppError } from '../../../shared/model/result';
import { useAppStore } from '../store/store-context';
import { useT } from '../i18n/use-t';
import type { MessageId, Translate } from '../i18n';
import { en } from '../i18n/messages';

export function ErrorList() {
  const t = useT();
  const errors = useAppStore((s) => s.errors);
  const dismiss = useAppStore((s) => s.dismissError);
  if (!errors.length) return null;
  return (
    <div className="errors">
      {errors.map((error) => (
        <div key={error.id} role="alert" className="error">
          <span>{shownMessage(error, t)}</span>
          <button type="button" aria-label={t('message.dismiss')} onClick={() => dismiss(error.id)}>×</button>
        </div>
      ))}
    </div>
  );
}

/**
 * The error in the interface language where its id is in the catalogue (a load error from
 * shared/load, an error of the Electron main process), and as written otherwise. Read at each render, so a switch of language
 * retranslates the errors already shown.
 */
export function shownMessage(error: AppError, t: Translate): string {
  const id = error.messageId;
  if (id === undefined || !Object.hasOwn(en, id)) return error.message;
  // The id comes from data (a worker, main), so its values are checked by the catalogue at run time, not by the compiler.
  const say = t as (id: MessageId, params: Readonly<Record<string, string | number>>) => string;
  const params = error.params ?? {};
  // A reason main knows comes with its id (a file-system error): said in the language too.
  const reasonId = params['reasonId'];
  const reason = typeof reasonId === 'string' && Object.hasOwn(en, reasonId) ? { reason: say(reasonId as MessageId, {}) } : {};
  return say(id as MessageId, { ...params, ...reason });
}
