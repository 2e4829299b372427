/**
 * The assignment of rows to columns (each at most once) with the greatest total weight: the
 * Hungarian method (Kuhn–Munkres, potentials form, O(n²·m)). Used to give orphaned headlines
 * to articles where two lines compete for one article and the page is best read with each
 * in its own. Small matrices (a page's orphans × its articles); deterministic.
 */

/**
 * For each row, the column it is given, or -1. Only cells with a weight (not null) may be
 * chosen; a row with no such cell left stays unassigned.
 */
export function bestAssignment(weights: readonly (readonly (number | null)[])[], columns: number): number[] {
  const rows = weights.length;
  if (rows === 0 || columns === 0) return Array.from({ length: rows }, () => -1);
  // Square cost matrix, minimised: a missing cell costs nothing and is dropped afterwards, so
  // "no column" is never worse than a real one.
  const n = Math.max(rows, columns);
  const cost = (i: number, j: number): number => {
    const w = i < rows && j < columns ? (weights[i]?.[j] ?? null) : null;
    return w === null ? 0 : -w;
  };
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0] as number;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j] as number] = (u[p[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else minv[j] = (minv[j] as number) - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = Array.from({ length: rows }, () => -1);
  for (let j = 1; j <= n; j++) {
    const i = (p[j] as number) - 1;
    if (i >= 0 && i < rows && j - 1 < columns && weights[i]?.[j - 1] != null) out[i] = j - 1;
  }
  return out;
}
