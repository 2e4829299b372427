/**
 * Small helpers for writing XML by hand (ALTO and PAGE XML exports): escaping that keeps any
 * text well-formed, and ids that are valid `xsd:ID`s and unique in the file.
 */

/**
 * Characters XML 1.0 cannot hold at all (control characters, lone surrogates, U+FFFE/FFFF):
 * an OCR file can carry them in from a damaged scan, and one of them makes the whole export
 * unreadable, so each becomes U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Written as references so that a reader's attribute-value normalisation keeps them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** `value` ready to sit between double quotes. */
export function xmlAttribute(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>"\t\n\r]/gu, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** `value` ready to sit as element content. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>\r]/gu, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** Attributes in the order given, leaving out undefined ones: ` A="1" B="x"`. */
export function attributes(pairs: ReadonlyArray<readonly [string, string | number | undefined]>): string {
  return pairs
    .filter((pair): pair is readonly [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('');
}

/**
 * Hands out ids that are valid NCNames (what `xsd:ID` requires) and unique in one document:
 * a source id with spaces or a leading digit (`1 a`) becomes `_1_a`, a second `TB1` `TB1_2`.
 */
export class IdRegistry {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    let base = wanted.replace(/[^A-Za-z0-9._-]/gu, '_');
    if (!/^[A-Za-z_]/u.test(base)) base = `_${base}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}_${n}`;
    this.used.add(id);
    return id;
  }
}
