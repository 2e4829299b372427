/**
 * The file's own word on paragraphs that run on from one region into another (PAGE
 * `Relation type="join"`, in `page.layout.joins`), as pairs of lines: the last line of the
 * region a paragraph leaves and the first line of the region it goes on in. A Transkribus or
 * eScriptorium user marked these by hand, so they outweigh what the text suggests.
 *
 * Wrong when: the relation joins regions the tool wrote in another order than the text; the
 * repairs that follow it name the relation and can be rejected.
 */
import type { LineId, Page } from '../model/page';

export interface DeclaredJoin {
  readonly from: string;
  readonly to: string;
  /** The last text line of region `from`. */
  readonly lastLine: LineId;
  /** The first text line of region `to`. */
  readonly firstLine: LineId;
}

/** The page's declared joins whose regions both hold text, keyed by the last line of the region left. */
export function declaredJoins(page: Page): ReadonlyMap<LineId, DeclaredJoin> {
  const joins = page.layout?.joins ?? [];
  const out = new Map<LineId, DeclaredJoin>();
  if (joins.length === 0) return out;
  const first = new Map<string, LineId>();
  const last = new Map<string, LineId>();
  for (const line of page.lines) {
    const block = line.block?.id;
    if (block === undefined || line.text.trim() === '') continue;
    if (!first.has(block)) first.set(block, line.id);
    last.set(block, line.id);
  }
  for (const { from, to } of joins) {
    const lastLine = last.get(from);
    const firstLine = first.get(to);
    if (lastLine !== undefined && firstLine !== undefined && from !== to) out.set(lastLine, { from, to, lastLine, firstLine });
  }
  return out;
}

/** True when the break between line `a` and line `b` is one the file declares a paragraph runs on across. */
export function isDeclaredJoin(joins: ReadonlyMap<LineId, DeclaredJoin>, a: LineId | undefined, b: LineId | undefined): DeclaredJoin | null {
  const join = a === undefined ? undefined : joins.get(a);
  return join && join.firstLine === b ? join : null;
}
