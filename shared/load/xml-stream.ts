/**
 * A safe, streaming XML reader for ALTO and PAGE XML: saxes, fed the file slice by slice,
 * reporting elements by local name (`alto:String` and `String` alike; ALTO v1–v4 and PAGE
 * 2010–2019 differ in namespace, not in the names read here).
 *
 * Safety, and why it holds:
 * - saxes never reads a DTD and never expands an entity declared in one: only the five XML
 *   entities and character references are known, any other `&name;` is an error. A billion
 *   laughs file or an external entity (`<!ENTITY x SYSTEM "file:///etc/passwd">`) therefore
 *   cannot expand or load anything; it is refused before its first entity is read, because
 *   a DOCTYPE with an internal subset or a SYSTEM/PUBLIC identifier is refused outright (no
 *   OCR tool writes one, and the message is clearer than "undefined entity").
 * - Work is linear: each slice is parsed once and dropped; handlers keep only what the page
 *   model needs.
 *
 * Errors: a malformed file gives `malformed` with the file name, line and column and what
 * saxes found; a handler that meets something it cannot read throws {@link LoadProblem}.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { fail, ok, type ErrorCode, type Result } from '../model/result';
import { streamMarkupText, type StreamedText } from './markup-decode';
import { loadFailure, loadMessage, type LoadMessageId, type LoadMessageParams } from './load-messages';

/** Thrown by a handler to stop the parse with a message for the user (and its id, for the interface to translate). */
export class LoadProblem extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly messageId?: LoadMessageId,
    readonly params: LoadMessageParams = {},
  ) {
    super(message);
  }
}

/** A syntax error saxes reported, with where it was. */
class XmlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(reason);
  }
}

export type XmlAttributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  /** An element opened; `name` is its local name (no prefix). */
  open(name: string, attributes: XmlAttributes): void;
  /** An element closed (self-closing ones too, right after `open`). */
  close(name: string): void;
  /** Character data (text and CDATA), entities resolved; may come in several pieces. */
  text?(text: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An internal subset (`[ … ]`) or an external identifier: what XXE and billion laughs need. */
function unsafeDoctype(doctype: string): LoadMessageId | null {
  if (doctype.includes('[')) return 'loadError.doctypeEntities';
  const words = doctype.trim().split(/\s+/u);
  if (words.includes('SYSTEM') || words.includes('PUBLIC')) return 'loadError.doctypeOutsideDtd';
  return null;
}

/** Cuts saxes' own `line:column: ` prefix off its message and the full stop at the end. */
function reasonOf(message: string): string {
  const parts = message.split(': ');
  const reason = parts.length > 1 && /^\d+:\d+$/u.test(parts[0] ?? '') ? parts.slice(1).join(': ') : message;
  return reason.replace(/\.$/u, '');
}

/**
 * Parses `bytes` as XML and calls `handlers` for each element, in document order. Returns
 * the encoding and content hash, or a failure with a message naming the file.
 */
export function parseXml(name: string, bytes: Uint8Array, handlers: XmlHandlers): Result<StreamedText> {
  const parser = new SaxesParser<{ readonly xmlns: false; readonly position: true }>({ xmlns: false, position: true });
  parser.on('doctype', (doctype) => {
    const why = unsafeDoctype(doctype);
    if (why !== null) {
      throw new LoadProblem('malformed', loadMessage(why, { name }), why, { name });
    }
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const local = localName(tag.name);
    handlers.open(local, tag.attributes);
    if (tag.isSelfClosing) handlers.close(local);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (!tag.isSelfClosing) handlers.close(localName(tag.name));
  });
  const onText = handlers.text;
  if (onText !== undefined) {
    parser.on('text', (text) => onText(text));
    parser.on('cdata', (text) => onText(text));
  }
  // With an error handler saxes would go on after an error; throwing stops it at the first.
  parser.on('error', (error) => {
    throw new XmlSyntaxError(reasonOf(error.message), parser.line, parser.column);
  });

  try {
    const streamed = streamMarkupText(name, bytes, (text) => {
      parser.write(text);
    });
    if (!streamed.ok) return streamed;
    parser.close();
    return ok(streamed.value);
  } catch (error) {
    if (error instanceof LoadProblem) {
      return error.messageId === undefined ? fail(error.code, error.message) : loadFailure(error.code, error.messageId, error.params);
    }
    if (error instanceof XmlSyntaxError) {
      return loadFailure('malformed', 'loadError.notWellFormed', { name, reason: error.reason, line: error.line, column: error.column });
    }
    throw error;
  }
}
