/**
 * Ordinal markers of a list written into running text (`一是…二是…`, `第三，`, `（四）`,
 * `5.`): a fragment that stops at item four and a fragment that goes on at item nine are
 * one list, whatever the page prints between them.
 */

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number, or NaN. */
export function chineseNumber(text: string): number {
  if (text === '十') return 10;
  const tens = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(text);
  if (tens) return (tens[1] ? (CHINESE_DIGITS[tens[1]] ?? NaN) : 1) * 10 + (tens[2] ? (CHINESE_DIGITS[tens[2]] ?? NaN) : 0);
  return text.length === 1 ? (CHINESE_DIGITS[text] ?? NaN) : NaN;
}

const MARKERS = [/([一二三四五六七八九十]{1,3})是/gu, /第([一二三四五六七八九十]{1,3})[，,、：:]/gu, /[（(]([一二三四五六七八九十]{1,3})[)）]/gu];

/** The ordinals a text uses, in order of appearance. */
export function ordinalsIn(text: string): number[] {
  const found: Array<{ at: number; n: number }> = [];
  for (const re of MARKERS) {
    for (const m of text.matchAll(re)) {
      const n = chineseNumber(m[1] ?? '');
      if (!Number.isNaN(n)) found.push({ at: m.index ?? 0, n });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.n);
}

/** True when `after` goes on with the list that `before` stops in (a later item, no restart). */
export function continuesList(before: string, after: string): boolean {
  const a = ordinalsIn(before);
  const b = ordinalsIn(after);
  if (a.length < 2 || b.length === 0) return false;
  const last = Math.max(...a);
  const first = b[0] ?? 0;
  return first > last && first <= last + 6;
}
