/**
 * Text or Image in the Original pane. Image is offered only when the page has line boxes and
 * an image beside it; otherwise the button stays focusable but says why it is off. Alt+I
 * switches from anywhere but a text field.
 */
import { useEffect } from 'react';
import type { Page } from '../../../shared/model/page';
import type { Translate } from '../i18n';
import { useT } from '../i18n/use-t';
import { hasLineBoxes } from '../image/page-frame';
import type { PageImageFile } from '../image/page-image-file';

export type OriginalView = 'text' | 'image';

export interface PageImageSwitchProps {
  view: OriginalView;
  onChange: (view: OriginalView) => void;
  /** Why the Image view cannot be shown, or null when it can. */
  imageUnavailable: string | null;
}

export function PageImageSwitch({ view, onChange, imageUnavailable }: PageImageSwitchProps) {
  const t = useT();
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      // By code, not key: on a Mac, Alt+I types a dead key.
      if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyI') return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName))) return;
      event.preventDefault();
      if (view === 'image') onChange('text');
      else if (imageUnavailable === null) onChange('image');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, onChange, imageUnavailable]);

  return (
    <span className="view-switch" role="group" aria-label={t('original.view')}>
      <button type="button" aria-pressed={view === 'text'} onClick={() => onChange('text')}>
        {t('original.viewText')}
      </button>
      <button
        type="button"
        aria-pressed={view === 'image'}
        aria-disabled={imageUnavailable !== null}
        title={imageUnavailable ?? t('original.viewImage.title')}
        onClick={() => {
          if (imageUnavailable === null) onChange('image');
        }}
      >
        {t('original.viewImage')}
      </button>
    </span>
  );
}

/** Why the page's image cannot be shown (for the disabled button's tooltip), or null when it can. */
export function imageUnavailableReason(page: Page, image: PageImageFile | undefined, t: Translate): string | null {
  if (!hasLineBoxes(page)) return t('image.noBoxes');
  if (!image) return t('image.noImage', { base: page.name.replace(/\.[^.]*$/u, '') });
  return null;
}
