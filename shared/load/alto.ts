/**
 * ALTO (v1 CCS, v2, v3, v4) → `Page`: each `TextLine` becomes one source line, each
 * `TextBlock` a block, in reading order (the v4.3 `ReadingOrder` where the file has one,
 * else file order). The declared order, with its groups, is also kept as evidence
 * (`layout.readingOrder`, in block ids).
 *
 * A line's `raw` is its `String` CONTENTs joined by single spaces, as the file gives them;
 * `SP` elements only say there was a space. A line-end break keeps its mark as printed:
 * - `String SUBS_TYPE="HypPart1" CONTENT="recon"` + `<HYP CONTENT="-"/>` → `recon-`;
 * - an empty or missing HYP CONTENT (ABBYY writes `<HYP CONTENT=""/>`), or a HypPart1 with no
 *   HYP at all → `recon-` too: the file said the word is broken, so the line shows it as a
 *   printed line would; `hyphenation.mark` is `''` to say Galley wrote that `-`;
 * - a String that already ends in a mark (`quin-` from Tesseract, which never writes HYP;
 *   `Zei¬` from ABBYY) gets nothing added, whatever the HYP says.
 * SUBS_CONTENT (the whole word) is kept on the line (`hyphenation.word`, and
 * `continuesWord` on the line that starts with the HypPart2) as evidence for the engine.
 *
 * Font size: the line's own TextStyle, else the one most of its Strings use, else the
 * block's. Confidence: the mean String WC. Tesseract's ALTO writer prints WC as `0.` + the
 * percentage (`0.9` for 9 %, `0.100` for 100 %), so for Tesseract files the digits after
 * the point are read as a percentage.
 *
 * Paragraphs the file declares with StructureTags (Galley's own export) become joins and
 * breaks the engine follows (`alto-paragraphs.ts`).
 *
 * When it is wrong: a ReadingOrder that interleaves the lines of different blocks is
 * followed block by block (a block's place is its first referenced line's); IDNEXT chains
 * are not followed.
 */
import type { Box, DeclaredReadingOrder, LineHyphenation, Page, ReadingGroup } from '../model/page';
import type { Result } from '../model/result';
import { boxOf, buildLayoutPage, meanConfidence, mostCommon, trailingMark, type LayoutBlock, type LayoutLine } from './layout-page';
import { parseXml, type XmlAttributes } from './xml-stream';
import { altoPageNumber } from './page-number';
import { withDeclaredParagraphs } from './alto-paragraphs';

interface StringInfo {
  readonly content: string;
  readonly subsType: string | undefined;
  readonly subsContent: string | undefined;
}

interface LineDraft {
  readonly id: string | undefined;
  readonly box: Box | undefined;
  readonly styleRefs: readonly string[];
  readonly words: string[];
  /** Font size of each String that has one, for the line's most common size. */
  readonly wordSizes: number[];
  last: StringInfo | undefined;
  /** CONTENT of a HYP after the last String (`''` when empty or missing), null when none. */
  hyp: string | null;
  continuesWord: string | undefined;
  confidenceSum: number;
  confidenceCount: number;
}

interface OrderedLine extends LayoutLine {
  readonly id: string | undefined;
}

interface BlockDraft {
  readonly id: string;
  readonly type: string | undefined;
  /** The paragraph StructureTag the block names (Galley's export): blocks naming one are one paragraph. */
  readonly paragraph: string | undefined;
  /** Ids of the ComposedBlocks around it: a ReadingOrder may point at those. */
  readonly parents: readonly string[];
  readonly styleRefs: readonly string[];
  readonly lines: OrderedLine[];
}

const TAG_ELEMENTS = new Set(['LayoutTag', 'StructureTag', 'RoleTag', 'NamedEntityTag', 'OtherTag']);

/** An ALTO 4.3 ReadingOrder group as read: its ElementRef targets, its own and its subgroups'. */
interface OrderGroup {
  readonly id: string | undefined;
  readonly ordered: boolean;
  readonly depth: number;
  readonly refs: string[];
}

/**
 * The declared order in block ids. A ref may name a block, a ComposedBlock around blocks or a
 * line (a String or Glyph ref names nothing kept here and is dropped). Groups: those inside the
 * one top group (one per article, as Galley writes them), or the top groups when there are several.
 */
function declaredOrder(blocks: readonly BlockDraft[], refs: readonly string[], groups: readonly OrderGroup[]): DeclaredReadingOrder | undefined {
  const kept = blocks.filter((block) => block.lines.length > 0);
  const blocksOf = (ref: string): string[] =>
    kept.filter((block) => block.id === ref || block.parents.includes(ref) || block.lines.some((line) => line.id === ref)).map((block) => block.id);
  const idsOf = (list: readonly string[]): string[] => [...new Set(list.flatMap(blocksOf))];
  const blockIds = idsOf(refs);
  if (blockIds.length === 0) return undefined;
  const tops = groups.filter((group) => group.depth === 1);
  const chosen = tops.length === 1 ? groups.filter((group) => group.depth === 2) : tops;
  const readingGroups: ReadingGroup[] = chosen
    .map((group) => ({ ...(group.id === undefined ? {} : { id: group.id }), ordered: group.ordered, blockIds: idsOf(group.refs) }))
    .filter((group) => group.blockIds.length > 0);
  return { blockIds, groups: readingGroups };
}

function idList(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(/\s+/u).filter((id) => id !== '');
}

/** Tesseract writes `WC="0.` + an integer percentage: `0.9` is 9 %, `0.100` is 100 %. */
function wordConfidence(value: string | undefined, tesseract: boolean): number | undefined {
  if (value === undefined) return undefined;
  const digits = tesseract && value.startsWith('0.') ? value.slice(2) : '';
  const confidence = digits !== '' && /^\d+$/u.test(digits) ? Number(digits) / 100 : Number(value);
  return Number.isFinite(confidence) && confidence >= 0 && confidence <= 1 ? confidence : undefined;
}

/** Appends the HYP's mark to the word before it, unless that word already ends in one. */
function withBreakMark(word: string, hypContent: string): string {
  return trailingMark(word) !== '' ? word : word + (hypContent === '' ? '-' : hypContent);
}

/** Blocks in ReadingOrder order (unreferenced ones after, in file order), lines likewise within each. */
function inReadingOrder(blocks: readonly BlockDraft[], refs: readonly string[]): BlockDraft[] {
  if (refs.length === 0) return [...blocks];
  const place = new Map<string, number>();
  refs.forEach((ref, index) => {
    if (!place.has(ref)) place.set(ref, index);
  });
  const placeOf = (id: string | undefined): number => (id === undefined ? Infinity : (place.get(id) ?? Infinity));
  const keyed = blocks.map((block, index) => {
    const lineKeys = block.lines.map((line) => placeOf(line.id));
    // A loop, not Math.min(...keys): a block can have more lines than a call has arguments.
    let key = placeOf(block.id);
    for (const k of [...block.parents.map(placeOf), ...lineKeys]) if (k < key) key = k;
    const lines = lineKeys.some(Number.isFinite)
      ? block.lines.map((line, i) => ({ line, key: lineKeys[i] ?? Infinity, i })).sort((a, b) => a.key - b.key || a.i - b.i).map((entry) => entry.line)
      : block.lines;
    return { block: { ...block, lines }, key, index };
  });
  keyed.sort((a, b) => a.key - b.key || a.index - b.index);
  return keyed.map((entry) => entry.block);
}

/** Reads an ALTO file into a page. Fails (`malformed`, `empty-file`, …) with a message naming the file. */
export function loadAlto(name: string, bytes: Uint8Array): Result<Page> {
  const fontSizes = new Map<string, number>();
  const tags = new Map<string, { readonly label: string | undefined; readonly type: string | undefined }>();
  const readingOrder: string[] = [];
  const openGroups: OrderGroup[] = [];
  const closedGroups: OrderGroup[] = [];
  const producers: string[] = [];
  const blocks: BlockDraft[] = [];
  const composed: { readonly id: string | undefined; readonly type: string | undefined }[] = [];
  let unit: string | undefined;
  let pageSize: { width: number; height: number } | undefined;
  let pageNumber: number | null = null;
  let tesseract = false;
  let inReadingOrderElement = false;
  let capture: 'software' | 'unit' | null = null;
  let captured = '';
  let block: BlockDraft | undefined;
  let line: LineDraft | undefined;

  const fontSizeOf = (refs: readonly string[]): number | undefined => {
    for (const ref of refs) {
      const size = fontSizes.get(ref);
      if (size !== undefined) return size;
    }
    return undefined;
  };

  const blockType = (attributes: XmlAttributes): string | undefined => {
    for (const ref of idList(attributes['TAGREFS'])) {
      const tag = tags.get(ref);
      // Language tags (kraken writes `TYPE="language"`) say nothing about the block's role.
      if (tag?.label !== undefined && tag.type !== 'language') return tag.label;
    }
    for (let i = composed.length - 1; i >= 0; i--) {
      const type = composed[i]?.type;
      if (type !== undefined) return type;
    }
    return undefined;
  };

  const openBlock = (attributes: XmlAttributes): BlockDraft => ({
    id: attributes['ID'] ?? `B${blocks.length + 1}`,
    type: blockType(attributes),
    paragraph: idList(attributes['TAGREFS']).find((ref) => tags.get(ref)?.type?.toLowerCase() === 'paragraph'),
    parents: composed.flatMap((c) => (c.id === undefined ? [] : [c.id])),
    styleRefs: idList(attributes['STYLEREFS']),
    lines: [],
  });

  const addString = (current: LineDraft, attributes: XmlAttributes): void => {
    const info: StringInfo = { content: attributes['CONTENT'] ?? '', subsType: attributes['SUBS_TYPE'], subsContent: attributes['SUBS_CONTENT'] };
    if (current.words.length === 0 && info.subsType === 'HypPart2' && info.subsContent !== undefined) current.continuesWord = info.subsContent;
    const confidence = wordConfidence(attributes['WC'], tesseract);
    if (confidence !== undefined) {
      current.confidenceSum += confidence;
      current.confidenceCount++;
    }
    const size = fontSizeOf(idList(attributes['STYLEREFS']));
    if (size !== undefined) current.wordSizes.push(size);
    // An empty CONTENT prints nothing; joining it would leave a double space.
    if (info.content !== '') current.words.push(info.content);
    current.last = info;
    current.hyp = null;
  };

  const addHyp = (current: LineDraft, attributes: XmlAttributes): void => {
    const content = attributes['CONTENT'] ?? '';
    const lastIndex = current.words.length - 1;
    const lastWord = current.words[lastIndex];
    if (lastWord === undefined) current.words.push(content === '' ? '-' : content);
    else current.words[lastIndex] = withBreakMark(lastWord, content);
    current.hyp = content;
  };

  const finishLine = (current: LineDraft, into: BlockDraft): void => {
    const last = current.last;
    let hyphenation: LineHyphenation | undefined;
    if (last?.subsType === 'HypPart1' || current.hyp !== null) {
      const lastIndex = current.words.length - 1;
      const lastWord = current.words[lastIndex];
      // A HypPart1 without HYP: the break is known, so the line shows it as printed.
      if (current.hyp === null && lastWord !== undefined) current.words[lastIndex] = withBreakMark(lastWord, '');
      // What the file printed at the line end: the String's own mark wins (it is what `raw`
      // ends in), then the HYP's; `''` when the file printed none and Galley wrote the `-`.
      const mark = trailingMark(last?.content ?? '') || (current.hyp ?? '');
      hyphenation =
        last?.subsType === 'HypPart1'
          ? { kind: 'HypPart1', ...(last.subsContent === undefined ? {} : { word: last.subsContent }), mark }
          : { kind: 'hyp', mark };
    }
    const raw = current.words.join(' ');
    if (raw.trim() === '') return;
    if (hyphenation === undefined && raw.endsWith('\u00AD')) hyphenation = { kind: 'soft', mark: '\u00AD' };
    const fontSize = fontSizeOf(current.styleRefs) ?? mostCommon(current.wordSizes) ?? fontSizeOf(into.styleRefs);
    const confidence = meanConfidence(current.confidenceSum, current.confidenceCount);
    into.lines.push({
      id: current.id,
      raw,
      ...(current.box === undefined ? {} : { box: current.box }),
      ...(hyphenation === undefined ? {} : { hyphenation }),
      ...(current.continuesWord === undefined ? {} : { continuesWord: current.continuesWord }),
      ...(fontSize === undefined ? {} : { fontSize }),
      ...(confidence === undefined ? {} : { confidence }),
    });
  };

  const parsed = parseXml(name, bytes, {
    open(element, attributes) {
      switch (element) {
        case 'String':
          if (line !== undefined) addString(line, attributes);
          return;
        case 'SP':
          return;
        case 'HYP':
          if (line !== undefined) addHyp(line, attributes);
          return;
        case 'TextLine':
          line = {
            id: attributes['ID'],
            box: boxOf(attributes['HPOS'], attributes['VPOS'], attributes['WIDTH'], attributes['HEIGHT']),
            styleRefs: idList(attributes['STYLEREFS']),
            words: [],
            wordSizes: [],
            last: undefined,
            hyp: null,
            continuesWord: undefined,
            confidenceSum: 0,
            confidenceCount: 0,
          };
          return;
        case 'TextBlock':
          if (block !== undefined) blocks.push(block);
          block = openBlock(attributes);
          return;
        case 'ComposedBlock':
          composed.push({ id: attributes['ID'], type: attributes['TYPE'] });
          return;
        case 'TextStyle': {
          const size = Number(attributes['FONTSIZE']);
          if (attributes['ID'] !== undefined && attributes['FONTSIZE'] !== undefined && Number.isFinite(size)) fontSizes.set(attributes['ID'], size);
          return;
        }
        case 'Page':
          pageNumber ??= altoPageNumber(attributes);
          if (pageSize === undefined && attributes['WIDTH'] !== undefined && attributes['HEIGHT'] !== undefined) {
            const size = { width: Number(attributes['WIDTH']), height: Number(attributes['HEIGHT']) };
            if (Number.isFinite(size.width) && Number.isFinite(size.height)) pageSize = size;
          }
          return;
        case 'ReadingOrder':
          inReadingOrderElement = true;
          return;
        case 'ElementRef':
          if (inReadingOrderElement) {
            const refs = idList(attributes['REF']);
            readingOrder.push(...refs);
            for (const group of openGroups) group.refs.push(...refs);
          }
          return;
        case 'OrderedGroup':
        case 'UnorderedGroup':
          if (inReadingOrderElement) openGroups.push({ id: attributes['ID'], ordered: element === 'OrderedGroup', depth: openGroups.length + 1, refs: [] });
          return;
        case 'softwareName':
          capture = 'software';
          captured = '';
          return;
        case 'MeasurementUnit':
          capture = 'unit';
          captured = '';
          return;
        default:
          if (TAG_ELEMENTS.has(element) && attributes['ID'] !== undefined) {
            tags.set(attributes['ID'], { label: attributes['LABEL'], type: attributes['TYPE'] });
          }
      }
    },
    close(element) {
      switch (element) {
        case 'TextLine':
          if (line !== undefined) {
            // A TextLine outside any TextBlock is not valid ALTO; keep its text all the same.
            block ??= openBlock({});
            finishLine(line, block);
          }
          line = undefined;
          return;
        case 'TextBlock':
          if (block !== undefined) blocks.push(block);
          block = undefined;
          return;
        case 'ComposedBlock':
          composed.pop();
          return;
        case 'ReadingOrder':
          inReadingOrderElement = false;
          return;
        case 'OrderedGroup':
        case 'UnorderedGroup': {
          const group = inReadingOrderElement ? openGroups.pop() : undefined;
          if (group !== undefined) closedGroups.push(group);
          return;
        }
        case 'softwareName':
        case 'MeasurementUnit': {
          const value = captured.trim();
          if (capture === 'software' && value !== '') {
            producers.push(value);
            if (/tesseract/iu.test(value)) tesseract = true;
          }
          if (capture === 'unit' && value !== '') unit = value;
          capture = null;
          return;
        }
        default:
      }
    },
    text(text) {
      if (capture !== null) captured += text;
    },
  });
  if (!parsed.ok) return parsed;
  if (block !== undefined) blocks.push(block);

  const declared = declaredOrder(blocks, readingOrder, closedGroups.sort((a, b) => a.depth - b.depth));
  const ordered: LayoutBlock[] = inReadingOrder(blocks, readingOrder).map((draft) => ({
    id: draft.id,
    ...(draft.type === undefined ? {} : { type: draft.type }),
    lines: draft.lines.map(({ id: _id, ...layoutLine }) => layoutLine),
  }));
  const page = buildLayoutPage(
    {
      name,
      format: 'alto',
      encoding: parsed.value.encoding,
      hash: parsed.value.hash,
      pageNumber,
      layout: {
        ...(unit === undefined ? {} : { unit }),
        ...(pageSize === undefined ? {} : pageSize),
        ...(producers.length === 0 ? {} : { producer: [...new Set(producers)].join(', ') }),
        ...(declared === undefined ? {} : { readingOrder: declared }),
      },
    },
    ordered,
  );
  const paragraphOf = new Map(blocks.flatMap((draft) => (draft.paragraph === undefined ? [] : [[draft.id, draft.paragraph] as const])));
  return page.ok ? { ok: true, value: withDeclaredParagraphs(page.value, paragraphOf) } : page;
}
