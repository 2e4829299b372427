/**
 * Builds small synthetic layout pages (what an ALTO or hOCR loader would give) for the
 * geometry rules: blocks of lines with boxes, built by the loaders' own `buildLayoutPage`.
 */
import { buildLayoutPage, type LayoutBlock } from '../../../shared/load/layout-page';
import type { DeclaredReadingOrder, Page } from '../../../shared/model/page';

export interface SketchLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  /** Box height; 30 (the body's) unless given. */
  readonly h?: number;
  readonly fontSize?: number;
}

export interface SketchBlock {
  readonly id: string;
  readonly lines: readonly SketchLine[];
}

export function layoutPageOf(blocks: readonly SketchBlock[], readingOrder?: DeclaredReadingOrder): Page {
  const layoutBlocks: LayoutBlock[] = blocks.map((b) => ({
    id: b.id,
    lines: b.lines.map((l) => ({ raw: l.text, box: { x: l.x, y: l.y, w: l.w, h: l.h ?? 30 }, ...(l.fontSize === undefined ? {} : { fontSize: l.fontSize }) })),
  }));
  const built = buildLayoutPage({ name: 'sketch.xml', format: 'alto', encoding: 'utf-8', hash: 'sketch', layout: { unit: 'pixel', ...(readingOrder ? { readingOrder } : {}) } }, layoutBlocks);
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

/** A column of running text: one block, each line as wide as the column unless it ends a paragraph. */
export function columnBlock(id: string, x: number, top: number, texts: readonly string[], width = 600): SketchBlock {
  return {
    id,
    lines: texts.map((text, i) => {
      const full = !/[.!?]$/u.test(text);
      return { text, x, y: top + i * 40, w: full ? width : Math.round(width * 0.5), fontSize: 10 };
    }),
  };
}
