/** Every error the user must see, each in an alert with a way to dismiss it. */
import { useAppStore } from '../store/store-context';
import { useT } from '../i18n/use-t';

export function ErrorList() {
  const t = useT();
  const errors = useAppStore((s) => s.errors);
  const dismiss = useAppStore((s) => s.dismissError);
  if (!errors.length) return null;
  return (
    <div className="errors">
      {errors.map((error) => (
        <div key={error.id} role="alert" className="error">
          <span>{error.message}</span>
          <button type="button" aria-label={t('message.dismiss')} onClick={() => dismiss(error.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
