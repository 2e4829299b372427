/**
 * Bytes → text for XML and HTML pages (ALTO, PAGE XML, hOCR), decoded in slices so a
 * 100 MB file is never held as one string and the parser is fed once, front to back.
 *
 * Unlike a text page, an XML file says its own encoding: a byte-order mark, else the
 * `encoding` of its `<?xml … ?>` declaration, else UTF-8 (XML 1.0, appendix F). Guessing as
 * `decodePage` does would be wrong here: an ISO-8859-1 ALTO from an old docWorks install is
 * valid GB18030 too.
 *
 * When it is wrong: an HTML page that names its charset only in `<meta charset>` is read as
 * UTF-8 (every hOCR writer we know writes UTF-8); a file whose declaration names an encoding
 * this runtime lacks is refused as `unknown-encoding`.
 */
import { ok, type Result } from '../model/result';
import { loadFailure } from './load-messages';
import { fnv1a32 } from './hash';

/** Largest ALTO, PAGE or hOCR file Galley opens: layout files run 5–20× their text. */
export { MAX_LAYOUT_PAGE_BYTES } from '../contract/app-api';

/** Bytes decoded per slice: large enough that the per-slice cost vanishes, small enough to stream. */
const SLICE_BYTES = 1024 * 1024;

// TextDecoder is not in shared/'s lib (ES2022 only, on purpose); every runtime Galley
// targets has it. This is the streaming part of it used here.
type StreamDecoder = { decode(input?: Uint8Array, options?: { stream?: boolean }): string };
type StreamDecoderCtor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => StreamDecoder;

/** Where the text starts and how it is encoded. */
export interface MarkupEncoding {
  /** WHATWG label (`utf-8`, `utf-16le`, `windows-1252`, …). */
  readonly encoding: string;
  /** Bytes of byte-order mark to skip. */
  readonly start: number;
}

/** The `encoding="…"` of an XML declaration at the very start, read from its ASCII bytes. */
function declaredEncoding(bytes: Uint8Array): string | null {
  // The declaration is ASCII by definition and at most a few dozen bytes; reading it needs
  // no XML parser (the parser is told the encoding, it cannot find it out itself).
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++) head += String.fromCharCode(bytes[i] ?? 0);
  const end = head.indexOf('?>');
  if (!head.startsWith('<?xml') || end < 0) return null;
  const match = /\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/u.exec(head.slice(0, end));
  return match?.[1]?.toLowerCase() ?? null;
}

/** Finds the encoding of an XML or HTML file: BOM, then UTF-16 by its first `<`, then the declaration. */
export function detectMarkupEncoding(bytes: Uint8Array): MarkupEncoding {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', start: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', start: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', start: 2 };
  if (b0 === 0x3c && b1 === 0x00 && b2 !== 0x00) return { encoding: 'utf-16le', start: 0 };
  if (b0 === 0x00 && b1 === 0x3c && b3 !== 0x00) return { encoding: 'utf-16be', start: 0 };
  const declared = declaredEncoding(bytes);
  // A declaration we could read as ASCII cannot be UTF-16 or UTF-32: such a file would have
  // NULs between the letters. Producers write `UTF-16` by mistake; believe the bytes.
  if (declared === null || declared.startsWith('utf-16') || declared.startsWith('utf-32') || declared === 'unicode') {
    return { encoding: 'utf-8', start: 0 };
  }
  return { encoding: declared, start: 0 };
}

function decoderFor(label: string, fatal: boolean): StreamDecoder | null {
  const Decoder = (globalThis as { TextDecoder?: StreamDecoderCtor }).TextDecoder;
  if (Decoder === undefined) return null;
  try {
    return new Decoder(label, { fatal, ignoreBOM: true });
  } catch {
    return null;
  }
}

/** The first `maxBytes` of a markup file as text, leniently (for sniffing the format only). */
export function decodeMarkupPrefix(bytes: Uint8Array, maxBytes: number): string {
  const { encoding, start } = detectMarkupEncoding(bytes);
  const decoder = decoderFor(encoding, false) ?? decoderFor('utf-8', false);
  if (decoder === null) return '';
  return decoder.decode(bytes.subarray(start, Math.min(bytes.length, start + maxBytes)), { stream: true });
}

/** What a streamed decode gave: the encoding used and a stable hash of the whole text. */
export interface StreamedText {
  readonly encoding: string;
  /** FNV-1a of the text, slice by slice: equal files give equal hashes, a changed byte another. */
  readonly hash: string;
}

/**
 * Decodes `bytes` slice by slice and hands each piece of text to `sink`, in order, once.
 * Errors thrown by `sink` propagate to the caller; decoding problems are returned as a
 * `Result` (`unknown-encoding`, with a message naming the file).
 */
export function streamMarkupText(name: string, bytes: Uint8Array, sink: (text: string) => void): Result<StreamedText> {
  const { encoding, start } = detectMarkupEncoding(bytes);
  const decoder = decoderFor(encoding, true);
  if (decoder === null) {
    return loadFailure('unknown-encoding', 'loadError.declaredEncodingUnsupported', { name, encoding });
  }
  const hashes: string[] = [];
  let offset = start;
  do {
    const end = Math.min(bytes.length, offset + SLICE_BYTES);
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(offset, end), { stream: end < bytes.length });
    } catch {
      const mb = Math.floor((offset - start) / SLICE_BYTES) + 1;
      const label = encoding.toUpperCase();
      return mb === 1 ? loadFailure('unknown-encoding', 'loadError.declaredEncodingDamagedFirst', { name, encoding: label }) : loadFailure('unknown-encoding', 'loadError.declaredEncodingDamaged', { name, encoding: label, mb });
    }
    hashes.push(fnv1a32(text));
    sink(text);
    offset = end;
  } while (offset < bytes.length);
  const hash = hashes.length === 1 ? (hashes[0] ?? '') : fnv1a32(hashes.join(''));
  return ok({ encoding, hash });
}

