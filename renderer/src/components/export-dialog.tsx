/** Picks the export format; one button per format, Escape closes. */
import { useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../../../shared/contract/app-api';
import { INCLUDE_ALL, type ExportInclude } from '../../../shared/export/options';
import type { PlainMessageId } from '../i18n';
import { useT } from '../i18n/use-t';

const PARTS: ReadonlyArray<{ key: keyof ExportInclude; label: PlainMessageId }> = [
  { key: 'headlines', label: 'export.headlines' },
  { key: 'bylines', label: 'export.bylines' },
  { key: 'captions', label: 'export.captions' },
  { key: 'jumps', label: 'export.jumps' },
  { key: 'other', label: 'export.other' },
];

const FORMATS: ReadonlyArray<{ format: ExportFormat; label: PlainMessageId; hint: PlainMessageId }> = [
  { format: 'txt', label: 'export.txt', hint: 'export.txt.hint' },
  { format: 'md', label: 'export.md', hint: 'export.md.hint' },
  { format: 'json', label: 'export.json', hint: 'export.json.hint' },
  { format: 'alto', label: 'export.alto', hint: 'export.alto.hint' },
  { format: 'page', label: 'export.page', hint: 'export.page.hint' },
];

interface ExportDialogProps {
  onChoose: (format: ExportFormat, include: ExportInclude) => void;
  /** Plain text, one file per article, into a folder (a .zip in the browser). */
  onChooseArticles?: (include: ExportInclude) => void;
  onClose: () => void;
}

export function ExportDialog({ onChoose, onChooseArticles, onClose }: ExportDialogProps) {
  const t = useT();
  const first = useRef<HTMLButtonElement>(null);
  const [include, setInclude] = useState<ExportInclude>(INCLUDE_ALL);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={t('export.dialog')}
        className="dialog"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <h2>{t('export.heading')}</h2>
        <ul className="formats">
          {FORMATS.map(({ format, label, hint }, i) => (
            <li key={format}>
              <button type="button" ref={i === 0 ? first : undefined} onClick={() => onChoose(format, include)}>
                {t(label)}
              </button>
              <span className="hint">{t(hint)}</span>
            </li>
          ))}
          {onChooseArticles ? (
            <li>
              <button type="button" onClick={() => onChooseArticles(include)}>
                {t('export.txtPerArticle')}
              </button>
              <span className="hint">{t('export.txtPerArticle.hint')}</span>
            </li>
          ) : null}
        </ul>
        <fieldset className="include">
          <legend>{t('export.include')}</legend>
          {PARTS.map(({ key, label }) => (
            <label key={key}>
              <input type="checkbox" checked={include[key]} onChange={(e) => setInclude({ ...include, [key]: e.target.checked })} /> {t(label)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="secondary" onClick={onClose}>{t('export.cancel')}</button>
      </div>
    </div>
  );
}
