/**
 * Editing a piece of text where it stands (a paragraph, a headline, a byline): double-click or
 * Enter starts; Escape or a click elsewhere ends the edit and keeps the text. Shared so every
 * editable piece behaves the same way.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

export interface InPlaceEdit<E extends HTMLElement> {
  readonly ref: RefObject<E | null>;
  readonly editing: boolean;
  start(): void;
  /** Ends the edit; returns the new text when it changed, else null. */
  finish(): string | null;
  /** The caret's offset in the text, or -1 when the caret is not in this piece. */
  caretOffset(): number;
}

export function useInPlaceEdit<E extends HTMLElement>(text: string): InPlaceEdit<E> {
  const [editing, setEditing] = useState(false);
  const ref = useRef<E>(null);

  useEffect(() => {
    if (!editing || !ref.current) return;
    ref.current.focus();
    // Caret at the end of the text, ready to type.
    const range = document.createRange();
    range.selectNodeContents(ref.current);
    range.collapse(false);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }, [editing]);

  return {
    ref,
    editing,
    start: () => setEditing(true),
    finish() {
      if (!editing) return null;
      setEditing(false);
      const next = (ref.current?.textContent ?? '').replace(/\s+/gu, ' ').trim();
      // An emptied piece keeps its text: deleting is a separate, explicit action.
      return next && next !== text ? next : null;
    },
    caretOffset() {
      const selection = window.getSelection();
      if (!selection || !ref.current || selection.rangeCount === 0) return -1;
      const range = selection.getRangeAt(0).cloneRange();
      range.selectNodeContents(ref.current);
      range.setEnd(selection.getRangeAt(0).endContainer, selection.getRangeAt(0).endOffset);
      return range.toString().length;
    },
  };
}
