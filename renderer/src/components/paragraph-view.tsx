/**
 * One body paragraph: selectable, editable in place (double-click or Enter; Escape or a
 * click elsewhere ends the edit and keeps the text), and movable from the keyboard.
 */
import { type KeyboardEvent } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { Paragraph } from '../../../shared/model/reconstruction';
import type { Edit } from '../../../shared/edit/edits';
import { useT } from '../i18n/use-t';
import { useInPlaceEdit } from './use-in-place-edit';

export interface ParagraphPlace {
  readonly articleId: string;
  readonly index: number;
  readonly count: number;
  readonly previousArticle: string | null;
  readonly nextArticle: string | null;
  readonly previousCount: number;
}

interface ParagraphViewProps {
  paragraph: Paragraph;
  place: ParagraphPlace;
  lit: boolean;
  onPick: (pieceId: string) => void;
  onEdit: (edit: Edit) => void;
}

export function ParagraphView({ paragraph, place, lit, onPick, onEdit }: ParagraphViewProps) {
  const t = useT();
  const { ref, editing, start, finish: endEdit, caretOffset } = useInPlaceEdit<HTMLParagraphElement>(paragraph.text);
  // Dragged by its handle, so that selecting and editing text never starts a drag; dropping
  // on a paragraph puts the dragged one before it.
  const { setNodeRef: setDragHandle, listeners, attributes, isDragging } = useDraggable({ id: paragraph.id, disabled: editing });
  const { setNodeRef: setDropZone, isOver } = useDroppable({ id: `before:${paragraph.id}`, data: { article: place.articleId, index: place.index } });

  const finish = (): void => {
    const text = endEdit();
    if (text !== null) onEdit({ kind: 'edit-text', target: paragraph.id, text });
  };

  const move = (article: string, index: number): void => onEdit({ kind: 'move-paragraph', paragraph: paragraph.id, article, index });

  const onKeyDown = (event: KeyboardEvent<HTMLParagraphElement>): void => {
    if (editing) {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish();
        ref.current?.focus();
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        // Split at the cursor: the text before it stays, the rest becomes the next paragraph.
        event.preventDefault();
        const at = caretOffset();
        finish();
        if (at > 0) onEdit({ kind: 'split-paragraph', paragraph: paragraph.id, at });
      } else if (event.key === 'Enter') {
        event.preventDefault();
      }
      return;
    }
    const { articleId, index, count, previousArticle, nextArticle, previousCount } = place;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      onPick(paragraph.id);
      start();
    } else if (event.key === ' ') {
      event.preventDefault();
      onPick(paragraph.id);
    } else if (event.altKey && event.shiftKey && event.key === 'ArrowUp' && previousArticle) {
      event.preventDefault();
      move(previousArticle, previousCount);
    } else if (event.altKey && event.shiftKey && event.key === 'ArrowDown' && nextArticle) {
      event.preventDefault();
      move(nextArticle, 0);
    } else if (event.altKey && event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      move(articleId, index - 1);
    } else if (event.altKey && event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault();
      move(articleId, index + 1);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'j' && index < count - 1) {
      event.preventDefault();
      onEdit({ kind: 'merge-paragraphs', paragraph: paragraph.id });
    }
  };

  return (
    <div className={`paragraph-row${isOver ? ' drop-target' : ''}${isDragging ? ' dragging' : ''}`} ref={setDropZone}>
      <button type="button" className="drag-handle" ref={setDragHandle} aria-label={t('paragraph.drag')} title={t('paragraph.drag')} {...listeners} {...attributes} tabIndex={-1}>
        ⠿
      </button>
      <p
        ref={ref}
        className={editing ? 'paragraph editing' : 'paragraph'}
        tabIndex={0}
        data-piece-id={paragraph.id}
        data-highlighted={lit ? 'true' : undefined}
        contentEditable={editing ? 'plaintext-only' : undefined}
        suppressContentEditableWarning
        aria-label={editing ? t('reconstructed.editing') : undefined}
        onClick={() => onPick(paragraph.id)}
        onDoubleClick={start}
        onBlur={finish}
        onKeyDown={onKeyDown}
      >
        {paragraph.text}
      </p>
    </div>
  );
}
