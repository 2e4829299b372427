/** Picks the export format; one button per format, Escape closes. */
import { useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../../../shared/contract/app-api';
import { INCLUDE_ALL, type ExportInclude } from '../../../shared/export/options';

const PARTS: ReadonlyArray<{ key: keyof ExportInclude; label: string }> = [
  { key: 'headlines', label: 'Headlines, kickers and decks' },
  { key: 'bylines', label: 'Bylines' },
  { key: 'captions', label: 'Photo captions' },
  { key: 'jumps', label: 'Jump lines' },
  { key: 'other', label: 'Page furniture and other text' },
];

const FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; hint: string }> = [
  { format: 'txt', label: 'Plain text (.txt)', hint: 'headlines and paragraphs, ready to read' },
  { format: 'md', label: 'Markdown (.md)', hint: 'headings marked, for the web or an editor' },
  { format: 'json', label: 'JSON with provenance (.json)', hint: 'every paragraph with its source lines and every repair' },
];

interface ExportDialogProps {
  onChoose: (format: ExportFormat, include: ExportInclude) => void;
  onClose: () => void;
}

export function ExportDialog({ onChoose, onClose }: ExportDialogProps) {
  const first = useRef<HTMLButtonElement>(null);
  const [include, setInclude] = useState<ExportInclude>(INCLUDE_ALL);
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
              <button type="button" ref={i === 0 ? first : undefined} onClick={() => onChoose(format, include)}>
                {label}
              </button>
              <span className="hint">{hint}</span>
            </li>
          ))}
        </ul>
        <fieldset className="include">
          <legend>Include (text and markdown; JSON always holds everything)</legend>
          {PARTS.map(({ key, label }) => (
            <label key={key}>
              <input type="checkbox" checked={include[key]} onChange={(e) => setInclude({ ...include, [key]: e.target.checked })} /> {label}
            </label>
          ))}
        </fieldset>
        <button type="button" className="secondary" onClick={onClose}>Cancel</button>
      </div>
    </div>
  );
}
