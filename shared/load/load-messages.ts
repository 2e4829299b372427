/**
 * Every message a loader gives for a file it cannot open, in English, keyed by a stable id
 * with `{name}` placeholders. The error carries the id and the values besides the English
 * sentence: the CLI prints the sentence, the interface looks the id up in its catalogue
 * (renderer/src/i18n/messages.ts takes these English strings as they are and translates them).
 *
 * A value is a file name, a number or a token that reads the same in every language (an
 * encoding, an element name, a format name); a piece of English prose never goes in one, or
 * the translated sentence would carry it. The one exception is `reason` in `notWellFormed`:
 * the XML parser's own words, which no catalogue can list.
 */
import { type ErrorCode, type Result } from '../model/result';

const OPEN_INSTEAD = 'Open the OCR output (.txt, .md) instead.';
const RESAVE = 'Open it in a text editor, save it as UTF-8, and open it again.';
const NOT_TEXT = '“{name}” is not a text page';
const OPEN_LAYOUT_INSTEAD = 'Galley opens ALTO, PAGE XML and hOCR files, and plain text or markdown pages.';
const UNSAFE_XML = 'Galley does not open such XML files, because they can make a reader fetch other files or expand text without end. ALTO and PAGE files from OCR tools have no DOCTYPE; export the page again.';

export const LOAD_MESSAGES = {
  'loadError.empty': '“{name}” is empty (0 bytes). Open a page that has OCR text in it.',
  'loadError.blank': '“{name}” has no text in it, only white space. Open a page that has OCR text in it.',
  'loadError.tooLarge': '“{name}” is larger than {mb} MB, too large for one page. Split it into pages and open those.',
  'loadError.binaryImage': `${NOT_TEXT} (it looks like a {format} image). ${OPEN_INSTEAD}`,
  'loadError.binaryDocument': `${NOT_TEXT} (it looks like a {format} document). ${OPEN_INSTEAD}`,
  'loadError.binaryArchive': `${NOT_TEXT} (it looks like a {format} archive). ${OPEN_INSTEAD}`,
  'loadError.binaryZip': `${NOT_TEXT} (it looks like a ZIP archive (Word .docx and OpenDocument files are ZIP archives too)). ${OPEN_INSTEAD}`,
  'loadError.binaryEmptyZip': `${NOT_TEXT} (it looks like an empty ZIP archive). ${OPEN_INSTEAD}`,
  'loadError.binaryOffice': `${NOT_TEXT} (it looks like an old Word or Excel document). ${OPEN_INSTEAD}`,
  'loadError.binaryData': `${NOT_TEXT} (it contains binary data). ${OPEN_INSTEAD}`,
  'loadError.binaryAfterMark': `${NOT_TEXT} (it contains binary data behind a {encoding} mark). ${OPEN_INSTEAD}`,
  'loadError.encodingUnsupported': `“{name}” looks like {encoding} text, which this copy of Galley cannot decode. ${RESAVE}`,
  'loadError.encodingDamaged': `“{name}” is marked as {encoding} but contains bytes that are not valid {encoding}; the file may be damaged. ${RESAVE}`,
  'loadError.encodingUnknown': `“{name}” is not in an encoding Galley reads (UTF-8, UTF-16 or GB18030/GBK). ${RESAVE}`,
  'loadError.declaredEncodingUnsupported': '“{name}” declares the encoding “{encoding}”, which this copy of Galley cannot decode. Export it again as UTF-8 and open that.',
  'loadError.declaredEncodingDamagedFirst': '“{name}” says it is {encoding} but has bytes that are not valid {encoding} (in the first megabyte); the file may be damaged. Export it again from the OCR tool.',
  'loadError.declaredEncodingDamaged': '“{name}” says it is {encoding} but has bytes that are not valid {encoding} (in the megabyte {mb}); the file may be damaged. Export it again from the OCR tool.',
  'loadError.notHocr': '“{name}” is a web page, not hOCR: it has no ocr_page or ocr_line element. Open the hOCR file the OCR tool wrote (Tesseract: `tesseract page.png page hocr`).',
  'loadError.noLinesAlto': '“{name}” is an ALTO file without any text line in it. Open a page the OCR has read.',
  'loadError.noLinesHocr': '“{name}” is an hOCR file without any text line in it. Open a page the OCR has read.',
  'loadError.noLinesPageXml': '“{name}” is a PAGE XML file without any text line in it. Open a page the OCR has read.',
  'loadError.xmlNotPage': `“{name}” is XML, but not an OCR page: its root element is <{root}>, where ALTO has <alto> and PAGE XML <PcGts>. ${OPEN_LAYOUT_INSTEAD} (A METS or DIDL file lists the pages; open their ALTO files.)`,
  'loadError.textNamedMarkup': `“{name}” is named like an XML or HTML file but holds plain text. ${OPEN_LAYOUT_INSTEAD} Rename it to .txt to open it as text.`,
  'loadError.doctypeEntities': `“{name}” declares its own entities in a DOCTYPE. ${UNSAFE_XML}`,
  'loadError.doctypeOutsideDtd': `“{name}” names an outside DTD in its DOCTYPE. ${UNSAFE_XML}`,
  'loadError.notWellFormed': '“{name}” is not well-formed XML: {reason} at line {line}, column {column}. The file may be cut short or damaged; export it again from the OCR tool.',
} as const;

export type LoadMessageId = keyof typeof LOAD_MESSAGES;

export type LoadMessageParams = Readonly<Record<string, string | number>>;

/** The English sentence of a load message, its placeholders filled. */
export function loadMessage(id: LoadMessageId, params: LoadMessageParams): string {
  return LOAD_MESSAGES[id].replace(/\{(\w+)\}/gu, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** A failed load: the error's code, its English sentence, and the id and values the interface translates. */
export function loadFailure<T = never>(code: ErrorCode, id: LoadMessageId, params: LoadMessageParams): Result<T> {
  return { ok: false, error: { code, message: loadMessage(id, params), messageId: id, params } };
}
