/**
 * FNV-1a, 32 bit, over the UTF-8 bytes of a string: a small, fast, stable hash for ids
 * that must not change between runs or machines (page ids). Not for security: collisions
 * are easy to make on purpose.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Returns the hash of `text` as 8 lowercase hex digits (`fnv1a32('a') === 'e40c292c'`). */
export function fnv1a32(text: string): string {
  let hash = FNV_OFFSET;
  const add = (byte: number): void => {
    hash ^= byte;
    // Math.imul keeps the multiplication in 32 bits; `>>> 0` makes it unsigned.
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  };
  // UTF-8 by hand: shared/ has no TextEncoder in its lib, and this is four lines.
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) add(cp);
    else if (cp < 0x800) { add(0xc0 | (cp >> 6)); add(0x80 | (cp & 0x3f)); }
    else if (cp < 0x10000) { add(0xe0 | (cp >> 12)); add(0x80 | ((cp >> 6) & 0x3f)); add(0x80 | (cp & 0x3f)); }
    else { add(0xf0 | (cp >> 18)); add(0x80 | ((cp >> 12) & 0x3f)); add(0x80 | ((cp >> 6) & 0x3f)); add(0x80 | (cp & 0x3f)); }
  }
  return hash.toString(16).padStart(8, '0');
}
