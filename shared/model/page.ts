/**
 * A scanned page as loaded: the source lines exactly as the OCR or layout tool wrote them.
 * Everything later (paragraphs, headings, repairs) points back here by line id.
 */

/**
 * Stable id of a source line: `L` + its 1-based line number (`L12`). For a text page that is
 * the line of the file; for ALTO, PAGE XML and hOCR it is the line's place in reading order,
 * counting the blank lines put between blocks.
 */
export type LineId = string;

/** The writing system that decides how broken lines are joined. */
export type Script = 'cjk' | 'latin';

export type SourceFormat = 'text' | 'markdown' | 'alto' | 'hocr' | 'page-xml';

/** A rectangle on the page image, in the file's own units (pixels or ALTO units). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** What markdown (or another markup) said about a line, kept as a hint, never as text. */
export interface LineMarkup {
  /** `#` count of a markdown heading line (1–6). */
  readonly headingLevel?: number;
  /** The line was a markdown list item (`- `, `* `, `+ `). */
  readonly listItem?: boolean;
  /** The line ended in a markdown hard break (two trailing spaces). */
  readonly hardBreak?: boolean;
}

/** The block (ALTO TextBlock, PAGE TextRegion, hOCR paragraph) a line was printed in. */
export interface LineBlock {
  /** The block's id in the file (`TextBlock ID`, `TextRegion id`, hOCR `id`), or `B<n>` when it has none. */
  readonly id: string;
  /**
   * What the file says the block is: a PAGE region type (`heading`, `paragraph`, `caption`,
   * `header`, `page-number`, …), an ALTO tag label or ComposedBlock TYPE, or from an hOCR line
   * class (`heading` for `ocr_header`, `caption` for `ocr_caption`, `floating` for `ocr_textfloat`).
   */
  readonly type?: string;
  /** 0-based place of the block in the page's reading order as loaded. */
  readonly order?: number;
}

/** How the file marked a word broken at the end of this line. */
export interface LineHyphenation {
  /**
   * `HypPart1`: an ALTO String with `SUBS_TYPE="HypPart1"`; `hyp`: an ALTO `HYP` element
   * without a HypPart pair; `soft`: the line ends in a soft hyphen (U+00AD, hOCR `&shy;`).
   */
  readonly kind: 'HypPart1' | 'hyp' | 'soft';
  /** The whole word as the file gives it (ALTO `SUBS_CONTENT`): silver evidence, OCR errors and all. */
  readonly word?: string;
  /**
   * The break mark exactly as the file had it at the line end (`-`, `¬`, `⸗`, U+00AD); `raw`
   * ends in it. `''` when the file marked the break without printing one (an empty
   * `<HYP CONTENT=""/>`, a HypPart1 without HYP): `raw` then ends in a `-` that Galley wrote,
   * and export can say so.
   */
  readonly mark: string;
}

/** Typography the file recorded for a line. */
export interface LineStyle {
  /** Font size in points (ALTO TextStyle FONTSIZE, PAGE TextStyle fontSize, hOCR x_fsize). */
  readonly fontSize?: number;
}

export interface SourceLine {
  readonly id: LineId;
  /** 1-based line number in the file as loaded. */
  readonly number: number;
  /** The line exactly as decoded, without its line terminator. */
  readonly raw: string;
  /** The printed text: `raw` without markup (markdown markers, trailing double spaces) and without surrounding white space. */
  readonly text: string;
  readonly markup?: LineMarkup;
  readonly box?: Box;
  /** Layout formats only: the block the line belongs to. Blank block separators have none. */
  readonly block?: LineBlock;
  /** Layout formats only: the file marked the line's last word as broken. */
  readonly hyphenation?: LineHyphenation;
  /** ALTO only: the line opens with the second half (HypPart2) of this word, as SUBS_CONTENT gives it. */
  readonly continuesWord?: string;
  readonly style?: LineStyle;
  /** Mean word confidence the OCR reported, 0–1. */
  readonly confidence?: number;
}

/** What a layout file (ALTO, PAGE XML, hOCR) said about the page as a whole. */
export interface PageLayout {
  /** Unit of every `box` (`pixel`, ALTO `mm10` or `inch1200`). */
  readonly unit?: string;
  /** Page or image size in that unit. */
  readonly width?: number;
  readonly height?: number;
  /** The OCR software the file names (ALTO processingSoftware, hOCR ocr-system). */
  readonly producer?: string;
  /** The reading order the file itself declares (PAGE `ReadingOrder`, ALTO 4.3+ `ReadingOrder`); absent when it declares none. */
  readonly readingOrder?: DeclaredReadingOrder;
  /** Blocks the file says continue one into the next (PAGE `Relation type="join"`), in file order. */
  readonly joins?: readonly BlockJoin[];
}

/**
 * A reading order as the file declared it, in block ids (`LineBlock.id`). Evidence, not a
 * verdict: the page's lines are already loaded in this order.
 */
export interface DeclaredReadingOrder {
  /** Every block the order reaches, each once, in order (groups flattened depth first). */
  readonly blockIds: readonly string[];
  /** The groups inside the top one (PAGE nested OrderedGroup/UnorderedGroup, ALTO 4.3 groups: often one per article), each with its blocks in order. */
  readonly groups: readonly ReadingGroup[];
}

export interface ReadingGroup {
  /** The group's id in the file, when it has one. */
  readonly id?: string;
  /** `false` for an UnorderedGroup: its blocks belong together, in no promised order. */
  readonly ordered: boolean;
  readonly blockIds: readonly string[];
}

/** A paragraph (or word) that the file says runs on from block `from` into block `to` (PAGE `Relation type="join"`). */
export interface BlockJoin {
  readonly from: string;
  readonly to: string;
}

export interface Page {
  /** Stable within a session: derived from the file name and content. */
  readonly id: string;
  /** File name as the user knows it (`page-0001.txt`). */
  readonly name: string;
  readonly format: SourceFormat;
  readonly script: Script;
  /** The encoding the bytes were decoded from (`utf-8`, `utf-16le`, `gb18030`, …). */
  readonly encoding: string;
  /** Every line of the file, blank ones included, so numbers match the file. */
  readonly lines: readonly SourceLine[];
  /** Layout formats only. */
  readonly layout?: PageLayout;
  /** The page number the file's markup carries (ALTO `PRINTED_IMG_NR`, PAGE `pagination`, hOCR `ppageno`), when it carries one. */
  readonly pageNumber?: number;
}

/** The lines that carry text: blank lines are layout, not content. */
export function textLines(page: Page): SourceLine[] {
  return page.lines.filter((line) => line.text !== '');
}
