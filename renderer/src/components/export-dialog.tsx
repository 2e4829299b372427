/** Picks the export format; one button per format, Escape closes. */
import { useEffect, useRef } from 'react';
import type { ExportFormat } from '../../../shared/contract/app-api';

const FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; hint: string }> = [
  { format: 'txt', label: 'Plain text (.txt)', hint: 'headlines and paragraphs, ready to read' },
  { format: 'md', label: 'Markdown (.md)', hint: 'headings marked, for the web or an editor' },
  { format: 'json', label: 'JSON with provenance (.json)', hint: 'every paragraph with its source lines and every repair' },
];

interface ExportDialogProps {
  onChoose: (format: ExportFormat) => void;
  onClose: () => void;
}

export function ExportDialog({ onChoose, onClose }: ExportDialogProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Export"
        className="dialog"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <h2>Export the reconstruction</h2>
        <ul className="formats">
          {FORMATS.map(({ format, label, hint }, i) => (
            <li key={format}>
              <button type="button" ref={i === 0 ? first : undefined} onClick={() => onChoose(format)}>
                {label}
              </button>
              <span className="hint">{hint}</span>
            </li>
          ))}
        </ul>
        <button type="button" className="secondary" onClick={onClose}>Cancel</button>
      </div>
    </div>
  );
}
