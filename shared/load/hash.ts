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
  // UTF-8 by hand: shared/ has no TextEncoder in its lib. A loop over UTF-16 units with the
  // bytes added inline, not `for…of` with a closure: a page's text is hashed for its id, and the
  // closure and a string per character made this 2% of a batch page's CPU (`--cpu-prof`).
  // Math.imul keeps the multiplication in 32 bits; `>>> 0` makes it unsigned.
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      hash = Math.imul(hash ^ cp, FNV_PRIME) >>> 0;
      continue;
    }
    // A surrogate pair is one code point; a lone surrogate is encoded as itself, as `codePointAt` reads it.
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp < 0x800) {
      hash = Math.imul(hash ^ (0xc0 | (cp >> 6)), FNV_PRIME) >>> 0;
    } else if (cp < 0x10000) {
      hash = Math.imul(hash ^ (0xe0 | (cp >> 12)), FNV_PRIME) >>> 0;
      hash = Math.imul(hash ^ (0x80 | ((cp >> 6) & 0x3f)), FNV_PRIME) >>> 0;
    } else {
      hash = Math.imul(hash ^ (0xf0 | (cp >> 18)), FNV_PRIME) >>> 0;
      hash = Math.imul(hash ^ (0x80 | ((cp >> 12) & 0x3f)), FNV_PRIME) >>> 0;
      hash = Math.imul(hash ^ (0x80 | ((cp >> 6) & 0x3f)), FNV_PRIME) >>> 0;
    }
    hash = Math.imul(hash ^ (0x80 | (cp & 0x3f)), FNV_PRIME) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
