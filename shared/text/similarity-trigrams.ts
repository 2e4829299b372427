/**
 * How alike two short lines read, letter by letter: the Dice coefficient of their character
 * trigrams (white space folded, case kept). OCR damages a few letters of a formula printed
 * again and again (`Telegraphed Exclusively to The Evening Star.` / `Telejrapked Mmclutively
 * to Tke Evening Star.`) but leaves most trigrams whole, where two different lines share few.
 */
export function trigramDice(a: string | ReadonlySet<string>, b: string | ReadonlySet<string>): number {
  const x = typeof a === 'string' ? trigrams(a) : a;
  const y = typeof b === 'string' ? trigrams(b) : b;
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** The character trigrams of a line, to compare one line with many without building its set again. */
export function trigrams(text: string): Set<string> {
  const s = ` ${text.trim().replace(/\s+/gu, ' ')} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}
