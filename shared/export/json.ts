/**
 * JSON export: the ground-truth shape of GT-SPEC.md, so `shared/eval/score.py` scores it as
 * is, with Galley's provenance beside it (never inside the GT fields, which keep exactly the
 * spec's types: strings or null, string arrays).
 *
 * Added beside the GT fields:
 * - per article: `id` and `provenance` (the source line ids of each field; `null` where the
 *   field is null, `paragraphs` as `{id, lineIds}`, `jumps` as one line-id list per jump);
 * - per `other` block: `id` and `lineIds` (and `note`, a GT field, when it has one);
 * - top level `galley`: format version, the page (id, name, encoding, format), every repair
 *   with all its fields, the repairs the editor declined, and the passes that failed.
 */
import type { LineId, Page } from '../model/page';
import type { Article, OtherBlock, Reconstruction, TextSpan } from '../model/reconstruction';
import type { Repair } from '../model/repair';

/** Bumped when a field changes meaning or disappears; new fields do not bump it. */
export const GALLEY_JSON_VERSION = 1;

export interface ArticleProvenance {
  readonly kicker: readonly LineId[] | null;
  readonly headline: readonly LineId[] | null;
  readonly subheadline: readonly LineId[] | null;
  readonly byline: readonly LineId[] | null;
  readonly paragraphs: readonly { readonly id: string; readonly lineIds: readonly LineId[] }[];
  readonly jumps: readonly (readonly LineId[])[];
}

/** An article's cleaned text as JSON gives it, for a page and for an issue alike. */
export interface JsonArticleText {
  readonly kicker: string | null;
  readonly headline: string | null;
  readonly subheadline: string | null;
  readonly byline: string | null;
  readonly paragraphs: readonly string[];
  readonly jumps: readonly string[];
  readonly id: string;
}

export interface JsonArticle extends JsonArticleText {
  readonly provenance: ArticleProvenance;
}

export interface JsonOther {
  readonly kind: OtherBlock['kind'];
  readonly text: string;
  readonly note?: string;
  readonly id: string;
  readonly lineIds: readonly LineId[];
}

/** The exported document, as `JSON.parse` gives it back. */
export interface JsonExport {
  readonly source: string;
  readonly script: Reconstruction['script'];
  readonly articles: readonly JsonArticle[];
  readonly other: readonly JsonOther[];
  readonly galley: {
    readonly version: number;
    readonly page: { readonly id: string; readonly name: string; readonly encoding: string; readonly format: Page['format'] };
    readonly repairs: readonly Repair[];
    readonly declined: readonly Repair[];
    readonly failures: Reconstruction['failures'];
  };
}

function text(span: TextSpan | null): string | null {
  return span === null ? null : span.text;
}

function lineIds(span: TextSpan | null): readonly LineId[] | null {
  return span === null ? null : [...span.lineIds];
}

function article(a: Article): JsonArticle {
  return {
    kicker: text(a.kicker),
    headline: text(a.headline),
    subheadline: text(a.subheadline),
    byline: text(a.byline),
    paragraphs: a.paragraphs.map((p) => p.text),
    jumps: a.jumps.map((j) => j.text),
    id: a.id,
    provenance: {
      kicker: lineIds(a.kicker),
      headline: lineIds(a.headline),
      subheadline: lineIds(a.subheadline),
      byline: lineIds(a.byline),
      paragraphs: a.paragraphs.map((p) => ({ id: p.id, lineIds: [...p.lineIds] })),
      jumps: a.jumps.map((j) => [...j.lineIds]),
    },
  };
}

function other(block: OtherBlock): JsonOther {
  const base = { kind: block.kind, text: block.text };
  const note = block.note === undefined ? {} : { note: block.note };
  return { ...base, ...note, id: block.id, lineIds: [...block.lineIds] };
}

/** Builds the exported document (the object `toJson` serialises). */
export function toJsonExport(rec: Reconstruction, page: Page): JsonExport {
  return {
    source: page.name,
    script: rec.script,
    articles: rec.articles.map(article),
    other: rec.other.map(other),
    galley: {
      version: GALLEY_JSON_VERSION,
      page: { id: page.id, name: page.name, encoding: page.encoding, format: page.format },
      repairs: rec.repairs,
      declined: rec.declined,
      failures: rec.failures,
    },
  };
}

/** Serialises a reconstruction as GT-shaped JSON with provenance, 2-space indent, final line feed. */
export function toJson(rec: Reconstruction, page: Page): string {
  return `${JSON.stringify(toJsonExport(rec, page), null, 2)}\n`;
}
