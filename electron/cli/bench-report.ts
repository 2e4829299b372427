/** Plain-text tables for `npm run bench`: aligned columns, units in the headers. */

/** One column: its header, and whether its cells are numbers (right-aligned). */
export interface Column {
  readonly header: string;
  readonly numeric?: boolean;
}

/** Lays out `rows` under `columns`, two spaces apart, with a rule under the header. */
export function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, i) => Math.max(column.header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? '';
        const width = widths[i] ?? 0;
        return column.numeric === true ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join('\n');
}

/** `1234.5` → `1,234.50` with `digits` decimals; `—` for NaN. */
export function num(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Bytes as mebibytes, e.g. `182.4 MiB`. */
export function mib(bytes: number): string {
  return `${num(bytes / 1048576, 1)} MiB`;
}

/** `[PASS]` or `[FAIL]`. */
export function mark(pass: boolean): string {
  return pass ? '[PASS]' : '[FAIL]';
}
