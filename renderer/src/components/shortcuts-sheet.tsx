/** Every keyboard action in one sheet, opened with `?`. */
const SHORTCUTS: ReadonlyArray<[string, string]> = [
  ['Ctrl+O', 'Open pages (text, markdown, ALTO, PAGE XML, hOCR) or a project'],
  ['Ctrl+S', 'Save the project'],
  ['Ctrl+E', 'Export the reconstruction'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo a decision or an edit'],
  ['Ctrl+Shift+D', 'Show or hide the diff'],
  ['Tab', 'Go from paragraph to paragraph'],
  ['Space', 'Select the paragraph: its source lines light up'],
  ['Enter or F2 (or double-click)', 'Edit the paragraph in place'],
  ['Escape', 'Finish editing, keeping the text'],
  ['Ctrl+Enter (editing)', 'Split the paragraph at the cursor'],
  ['Ctrl+J', 'Merge the paragraph with the next one'],
  ['Alt+↑ / Alt+↓', 'Move the paragraph up or down in its article'],
  ['Alt+Shift+↑ / Alt+Shift+↓', 'Move the paragraph to the article before or after'],
  ['?', 'Show this sheet'],
];

export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" className="dialog" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h2>Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row"><kbd>{keys}</kbd></th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="secondary" autoFocus onClick={onClose}>Close</button>
      </div>
    </div>
  );
}
