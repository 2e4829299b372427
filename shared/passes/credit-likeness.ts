/**
 * Whether a short line is an OCR-damaged copy of a credit line the page repeats
 * (`Telegraphed Exclusively to The Evening Star.` over every dispatch). OCR misreads letters,
 * and in a damaged copy few letter triples survive (`Tfifjjnxpked grdmirety to f\e Brvntnf
 * Star.`); what survives is the line's shape: about as many words, each about as long, and
 * most letters in place. Two measures, added: the share of characters an edit leaves in place,
 * and the share of words whose lengths match the formula's (counted from either end, as a
 * lost or split word shifts the rest).
 *
 * Wrong when: a line of running text happens to have the formula's shape; the caller asks
 * for the formula's ending too, and only on a page that repeats a credit.
 */

/** Likeness (edit share + word-shape share, 0–2) a damaged copy reaches; running text stays near 1 or below. */
export const COPY_LIKENESS = 1.1;

/** Fewest words a formula needs before its shape says anything: three short words match too much running text. */
const FEWEST_WORDS = 4;
/** Share of characters in place a copy keeps at least, whatever its shape (`ment du Rapport.` is no `(PAR FIL SPÉCIAL)`). */
const LEAST_EDIT_SIMILARITY = 0.4;

/** How alike a line reads to a formula, 0–2: characters in place plus words of the formula's length; 0 when either says too little. */
export function creditLikeness(text: string, formula: string): number {
  if (formula.split(/\s+/u).filter(Boolean).length < FEWEST_WORDS) return 0;
  const edit = editSimilarity(text.toLowerCase(), formula.toLowerCase());
  return edit < LEAST_EDIT_SIMILARITY ? 0 : edit + wordShapeShare(text, formula);
}

/**
 * A damaged copy ends as the formula does (on a mark, `Star.` / `Slmr*`, or on a letter) and
 * holds no clause mark the formula lacks: a line of running text that ends mid-sentence or
 * carries a comma is never taken for a credit, however alike its shape.
 */
export function endsLikeFormula(text: string, formula: string): boolean {
  const marks = /[,;:]/u;
  const endsOnLetter = (s: string): boolean => /[\p{L}\p{N}]$/u.test(s.trimEnd());
  return endsOnLetter(text) === endsOnLetter(formula) && (!marks.test(text) || marks.test(formula));
}

/** One minus the edit distance over the longer length (credit lines are short: a plain table serves). */
function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, substitute));
    }
    prev = cur;
  }
  return 1 - (prev[b.length] ?? longer) / longer;
}

/** Share of the formula's words matched in length (±1) by the line's, aligned from the start or from the end. */
function wordShapeShare(text: string, formula: string): number {
  const a = text.split(/\s+/u).filter(Boolean).map((w) => w.length);
  const b = formula.split(/\s+/u).filter(Boolean).map((w) => w.length);
  if (Math.abs(a.length - b.length) > 1) return 0;
  const matched = (x: readonly number[], y: readonly number[]): number => x.reduce((n, len, i) => n + (Math.abs(len - (y[i] ?? -9)) <= 1 ? 1 : 0), 0);
  const fromEnd = matched([...a].reverse(), [...b].reverse());
  return Math.max(matched(a, b), fromEnd) / Math.max(a.length, b.length);
}
