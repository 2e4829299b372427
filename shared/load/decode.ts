/**
 * Turns the bytes of a picked file into text, or says in plain words why it cannot.
 *
 * Order of the checks, and why:
 * 1. zero bytes, known binary signatures (PNG, PDF, ZIP, …): cheap and certain.
 * 2. byte-order marks: they name the encoding outright.
 * 3. NUL bytes: ASCII text in UTF-16 without a BOM is valid UTF-8 (NUL is a valid UTF-8
 *    character), so UTF-16 must be recognised before UTF-8 is tried. NULs that do not sit on
 *    alternate bytes mean binary data.
 * 4. control characters: text files have almost none (tab, line feed, form feed aside).
 * 5. UTF-8, decoded strictly: random bytes are almost never valid UTF-8, so success is
 *    strong evidence.
 * 6. GB18030 (a superset of GBK and GB2312), decoded strictly, and accepted only if the
 *    result reads like Chinese text. It is the last resort because almost any byte string
 *    decodes as GB18030: a Latin-1 `général` (67 E9 6E …) becomes `g閚…`.
 *
 * When it is wrong: a traditional-Chinese GBK page (its characters lie outside GB2312) or a
 * page in Big5, Shift_JIS or Windows-1252 is refused as `unknown-encoding`; the message tells
 * the user to re-save the file as UTF-8.
 */
import { MAX_TEXT_PAGE_BYTES } from '../contract/app-api';
import { ok, type Result } from '../model/result';
import { loadFailure, type LoadMessageId } from './load-messages';

/** What a page decoded to, and from which encoding (`utf-8`, `utf-16le`, `utf-16be`, `gb18030`). */
export interface DecodedPage {
  readonly text: string;
  readonly encoding: string;
}

// TextDecoder is not in shared/'s lib (ES2022 only, on purpose), but every runtime Galley
// targets has it: browsers, Electron, and Node built with full ICU (needed for gb18030 and
// utf-16be). This is the small part of it used here.
type DecoderCtor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => {
  decode(input: Uint8Array): string;
};

type Decoded = { readonly text: string } | { readonly problem: 'invalid' | 'unsupported' };

/** Decodes strictly: invalid bytes are an answer ('invalid'), never replacement characters. */
function decodeStrict(label: string, bytes: Uint8Array): Decoded {
  const Decoder = (globalThis as { TextDecoder?: DecoderCtor }).TextDecoder;
  if (Decoder === undefined) return { problem: 'unsupported' };
  let decoder: InstanceType<DecoderCtor>;
  try {
    // ignoreBOM: the caller has already cut the BOM off; a second one is text.
    decoder = new Decoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    // RangeError: this runtime does not know the label (Node without full ICU).
    return { problem: 'unsupported' };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { problem: 'invalid' };
  }
}

/** File signatures of things people open by mistake, with what to call them. */
/** What a binary file is, as a message id and a format name that reads the same in every language. */
interface BinaryKind {
  readonly id: LoadMessageId;
  readonly format?: string;
}

const SIGNATURES: readonly { readonly bytes: readonly (number | null)[]; readonly what: BinaryKind }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: { id: 'loadError.binaryImage', format: 'PNG' } },
  { bytes: [0xff, 0xd8, 0xff], what: { id: 'loadError.binaryImage', format: 'JPEG' } },
  { bytes: [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20], what: { id: 'loadError.binaryImage', format: 'JPEG 2000' } },
  { bytes: [0xff, 0x4f, 0xff, 0x51], what: { id: 'loadError.binaryImage', format: 'JPEG 2000' } },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: { id: 'loadError.binaryImage', format: 'GIF' } },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: { id: 'loadError.binaryImage', format: 'TIFF' } },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: { id: 'loadError.binaryImage', format: 'TIFF' } },
  // RIFF....WEBP: the four size bytes in between vary.
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], what: { id: 'loadError.binaryImage', format: 'WebP' } },
  // BM, file size, then four reserved bytes that are always zero.
  { bytes: [0x42, 0x4d, null, null, null, null, 0x00, 0x00, 0x00, 0x00], what: { id: 'loadError.binaryImage', format: 'BMP' } },
  { bytes: [0x41, 0x54, 0x26, 0x54, 0x46, 0x4f, 0x52, 0x4d], what: { id: 'loadError.binaryDocument', format: 'DjVu' } },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: { id: 'loadError.binaryDocument', format: 'PDF' } },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: { id: 'loadError.binaryZip' } },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: { id: 'loadError.binaryEmptyZip' } },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: { id: 'loadError.binaryOffice' } },
  { bytes: [0x1f, 0x8b], what: { id: 'loadError.binaryArchive', format: 'gzip' } },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: { id: 'loadError.binaryArchive', format: '7-Zip' } },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: { id: 'loadError.binaryArchive', format: 'RAR' } },
];

function knownBinary(bytes: Uint8Array): BinaryKind | null {
  for (const signature of SIGNATURES) {
    if (bytes.length < signature.bytes.length) continue;
    if (signature.bytes.every((b, i) => b === null || bytes[i] === b)) return signature.what;
  }
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return, and DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

/**
 * How many control bytes `bytes` holds. A function of its own, not a loop inside decodePage: V8
 * compiled that loop while the first page ran it (on-stack replacement), before the code after
 * it had ever run, and left the compiled code at the loop's end on every page after
 * (`--trace-deopt`, 2,000 pages in one thread: "Insufficient type feedback" on each of the first 500).
 */
function controlBytes(bytes: Uint8Array): number {
  let controls = 0;
  const last = bytes.length - 1;
  for (let i = 0; i <= last; i++) {
    const b = bytes[i] as number;
    // A lone Ctrl-Z (0x1A) at the very end is an old DOS end-of-file mark, not data.
    if (isControlByte(b) && !(i === last && b === 0x1a)) controls++;
  }
  return controls;
}

/**
 * Where the NUL bytes sit. UTF-16 LE text in Latin script has a NUL in the high (odd) byte
 * of nearly every character; Chinese UTF-16 has them only for ASCII (line feeds, digits), so
 * a few per line. Binary data has them at both parities. The decoded text is checked after.
 */
function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const units = Math.floor(bytes.length / 2);
  const total = even + odd;
  if (bytes.length % 2 !== 0 || total < Math.max(1, units * 0.01)) return null;
  // Not all: a CJK character U+xx00 (开 U+5F00, 一 U+4E00) puts a NUL on the other parity.
  if (odd >= total * 0.8) return 'utf-16le';
  if (even >= total * 0.8) return 'utf-16be';
  return null;
}

// Characters a text page in our scripts plausibly contains: Latin, CJK, Greek and Cyrillic
// letters, combining marks, and the `Common` script (digits, punctuation, symbols, CJK
// punctuation, full-width forms). Controls, private-use and unassigned code points are not.
const BAD = /[\p{Cc}\p{Co}\p{Cn}\uFFFD]/u;
const WHITE = /[\t\n\v\f\r]/u;
const LIKELY = /[\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Whether decoded text reads like a page: few controls, private-use or unassigned
 * characters, and (when `strict`, for guesses without a BOM) almost only scripts a
 * newspaper page in Chinese or a European language uses.
 */
function looksLikeText(text: string, strict: boolean): boolean {
  let total = 0;
  let bad = 0;
  let likely = 0;
  for (const ch of text) {
    if (WHITE.test(ch)) continue;
    total++;
    if (BAD.test(ch)) bad++;
    else if (LIKELY.test(ch)) likely++;
  }
  if (total === 0) return true;
  if (bad > total * 0.02) return false;
  return !strict || likely >= total * 0.9;
}

/**
 * Reads GB18030 byte units by hand to tell Chinese text from other bytes that merely decode:
 * real pages are nearly all GB2312 characters (lead and trail byte both A1–FE; the symbols,
 * punctuation and 6,763 common hanzi), while a Latin-1 or Big5 file read as GB18030 lands
 * mostly in the GBK extension area (trail byte below A1) of rare characters.
 */
function gb2312Share(bytes: Uint8Array): number {
  let units = 0;
  let common = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    units++;
    const trail = bytes[i + 1] ?? 0;
    if (lead === 0x80 || lead === 0xff) i++;
    else if (trail >= 0x30 && trail <= 0x39) i += 4;
    else {
      if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++;
      i += 2;
    }
  }
  return units === 0 ? 1 : common / units;
}

/** Not a text page: what it is instead (an image, an archive, binary data). */
function binary(name: string, what: BinaryKind, params: Readonly<Record<string, string>> = {}): Result<DecodedPage> {
  return loadFailure('binary-file', what.id, { name, ...(what.format === undefined ? {} : { format: what.format }), ...params });
}

function finish(name: string, text: string, encoding: string): Result<DecodedPage> {
  // trim() also removes U+3000 (ideographic space) and U+FEFF.
  if (text.trim() === '') return loadFailure('empty-file', 'loadError.blank', { name });
  return ok({ text, encoding });
}

function unsupported(name: string, encoding: string): Result<DecodedPage> {
  return loadFailure('unknown-encoding', 'loadError.encodingUnsupported', { name, encoding });
}

/** Decodes a file whose BOM names its encoding; the BOM is not part of the text. */
function decodeWithBom(name: string, bytes: Uint8Array, bomLength: number, encoding: string, label: string): Result<DecodedPage> {
  const decoded = decodeStrict(encoding, bytes.subarray(bomLength));
  if ('text' in decoded) {
    if (!looksLikeText(decoded.text, false)) return binary(name, { id: 'loadError.binaryAfterMark' }, { encoding: label });
    return finish(name, decoded.text, encoding);
  }
  if (decoded.problem === 'unsupported') return unsupported(name, label);
  return loadFailure('unknown-encoding', 'loadError.encodingDamaged', { name, encoding: label });
}

/**
 * Detects the encoding of a text page and decodes it.
 *
 * Errors (all with a message that names the file and says what to do): `empty-file` for zero
 * bytes or only white space, `binary-file` for images, PDFs, archives and other binary data,
 * `unknown-encoding` when no supported encoding (UTF-8, UTF-16, GB18030) fits, `too-large`
 * above {@link MAX_TEXT_PAGE_BYTES}.
 */
export function decodePage(name: string, bytes: Uint8Array): Result<DecodedPage> {
  if (bytes.length === 0) return loadFailure('empty-file', 'loadError.empty', { name });
  if (bytes.length > MAX_TEXT_PAGE_BYTES) return loadFailure('too-large', 'loadError.tooLarge', { name, mb: Math.round(MAX_TEXT_PAGE_BYTES / (1024 * 1024)) });

  const signature = knownBinary(bytes);
  if (signature !== null) return binary(name, signature);

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWithBom(name, bytes, 3, 'utf-8', 'UTF-8');
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWithBom(name, bytes, 2, 'utf-16le', 'UTF-16');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWithBom(name, bytes, 2, 'utf-16be', 'UTF-16');

  if (bytes.includes(0)) {
    const utf16 = utf16ByNuls(bytes);
    if (utf16 !== null) {
      const decoded = decodeStrict(utf16, bytes);
      if ('text' in decoded && looksLikeText(decoded.text, true)) return finish(name, decoded.text, utf16);
      if (!('text' in decoded) && decoded.problem === 'unsupported') return unsupported(name, 'UTF-16');
    }
    return binary(name, { id: 'loadError.binaryData' });
  }

  if (controlBytes(bytes) > bytes.length * 0.02) return binary(name, { id: 'loadError.binaryData' });

  const utf8 = decodeStrict('utf-8', bytes);
  if ('text' in utf8) return finish(name, utf8.text, 'utf-8');

  const gb = decodeStrict('gb18030', bytes);
  if ('text' in gb && gb2312Share(bytes) >= 0.7 && looksLikeText(gb.text, true)) return finish(name, gb.text, 'gb18030');

  return loadFailure('unknown-encoding', 'loadError.encodingUnknown', { name });
}
