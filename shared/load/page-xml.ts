/**
 * PAGE XML (2010 … 2019 schemas, Transkribus, OCR-D, Aletheia) → `Page`: each `TextLine`
 * becomes one source line, each `TextRegion` a block.
 *
 * Order: regions as the `ReadingOrder` lists them (an OrderedGroup's children by their
 * `index`, groups inside groups depth first; regions it leaves out follow in file order);
 * lines inside a region by their `custom="readingOrder {index:n;}"` (Transkribus), else file
 * order. A region nested in another (or in a TableRegion) takes its parent's place when the
 * reading order names only the parent.
 *
 * Text: the line's own `TextEquiv/Unicode` (the lowest `index` when there are several), not
 * the region's (which repeats the lines joined by line breaks) and not the words'; when the
 * line has no TextEquiv, its words' texts joined by spaces. Box: the bounding box of the
 * line's `Coords points` (or of its `Point` children, PAGE 2010).
 *
 * Evidence for the passes: the declared reading order with its groups (`layout.readingOrder`)
 * and `Relation type="join"` pairs (`layout.joins`; PAGE 2013 writes two `RegionRef`s, 2019
 * a `SourceRegionRef` and a `TargetRegionRef`), both in ids of the regions the page keeps.
 *
 * When it is wrong: a reading order given only as an UnorderedGroup is read in the order it
 * lists the regions, which is what every tool we know writes but not what it promises.
 */
import type { BlockJoin, Box, DeclaredReadingOrder, Page } from '../model/page';
import type { Result } from '../model/result';
import { buildLayoutPage, meanConfidence, type LayoutBlock, type LayoutLine } from './layout-page';
import { parseXml, type XmlAttributes } from './xml-stream';
import { pageXmlPageNumber } from './page-number';

interface GroupEntry {
  readonly index: number;
  readonly ref?: string;
  readonly group?: Group;
}

interface Group {
  readonly id: string | undefined;
  readonly ordered: boolean;
  readonly entries: GroupEntry[];
}

interface TextEquivDraft {
  readonly index: number;
  readonly confidence: number | undefined;
  text: string;
}

interface LineDraft {
  readonly order: number | undefined;
  readonly fileIndex: number;
  box: Box | undefined;
  points: number[];
  fontSize: number | undefined;
  readonly equivs: TextEquivDraft[];
  readonly words: string[];
}

interface RegionDraft {
  readonly id: string;
  readonly type: string | undefined;
  readonly ancestors: readonly string[];
  fontSize: number | undefined;
  readonly lines: (LayoutLine & { readonly order: number | undefined; readonly fileIndex: number })[];
}

const GROUPS = new Set(['OrderedGroup', 'UnorderedGroup', 'OrderedGroupIndexed', 'UnorderedGroupIndexed']);

/** `readingOrder {index:3;}` → 3, from Transkribus' `custom` attribute. */
function customValue(custom: string | undefined, property: string, key: string): string | undefined {
  if (custom === undefined) return undefined;
  const start = custom.indexOf(`${property} {`);
  if (start < 0) return undefined;
  const body = custom.slice(start + property.length + 2, custom.indexOf('}', start));
  for (const pair of body.split(';')) {
    const colon = pair.indexOf(':');
    if (colon > 0 && pair.slice(0, colon).trim() === key) return pair.slice(colon + 1).trim();
  }
  return undefined;
}

function numberOrUndefined(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** `x1,y1 x2,y2 …` → the bounding box, or undefined when it has no point. */
function boxOfPoints(points: readonly number[]): Box | undefined {
  if (points.length < 2) return undefined;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i] ?? 0;
    const y = points[i + 1] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

function parsePoints(value: string | undefined): number[] {
  if (value === undefined) return [];
  const numbers = value.split(/[\s,]+/u).filter((part) => part !== '').map(Number);
  return numbers.every(Number.isFinite) ? numbers : [];
}

/** The region ids in reading order: each OrderedGroup's entries by index, depth first. */
function flatten(group: Group, into: string[]): void {
  const entries = group.ordered ? [...group.entries].sort((a, b) => a.index - b.index) : group.entries;
  for (const entry of entries) {
    if (entry.ref !== undefined) into.push(entry.ref);
    if (entry.group !== undefined) flatten(entry.group, into);
  }
}

function chooseText(line: LineDraft): { text: string; confidence: number | undefined } | undefined {
  let best: TextEquivDraft | undefined;
  for (const equiv of line.equivs) if (best === undefined || equiv.index < best.index) best = equiv;
  if (best !== undefined) return { text: best.text, confidence: best.confidence };
  if (line.words.length > 0) return { text: line.words.join(' '), confidence: undefined };
  return undefined;
}

/** Reads a PAGE XML file into a page. Fails (`malformed`, `empty-file`, …) with a message naming the file. */
export function loadPageXml(name: string, bytes: Uint8Array): Result<Page> {
  const stack: string[] = [];
  const regions: RegionDraft[] = [];
  const regionStack: (RegionDraft | string)[] = [];
  const groupStack: Group[] = [];
  const roots: Group[] = [];
  let pageSize: { width: number; height: number } | undefined;
  let pageNumber: number | null = null;
  let line: LineDraft | undefined;
  let lineCount = 0;
  let equiv: TextEquivDraft | undefined;
  /** The Word being read; only its first TextEquiv counts (later ones are alternatives). */
  let word: { text: string; equivs: number } | undefined;
  let inUnicode = false;
  /** The region refs of the `Relation type="join"` being read (2013: two RegionRef; 2019: Source/TargetRegionRef). */
  let join: string[] | undefined;
  const joinRefs: string[][] = [];

  const currentRegion = (): RegionDraft | undefined => {
    for (let i = regionStack.length - 1; i >= 0; i--) {
      const entry = regionStack[i];
      if (typeof entry !== 'string' && entry !== undefined) return entry;
    }
    return undefined;
  };

  /** ReadingOrder content: groups (ordered or not, indexed or not) and region references. */
  const openGroupEntry = (element: string, attributes: XmlAttributes): void => {
    const parent = groupStack[groupStack.length - 1];
    const index = numberOrUndefined(attributes['index']) ?? parent?.entries.length ?? 0;
    const ref = attributes['regionRef'];
    if (GROUPS.has(element)) {
      const group: Group = { id: attributes['id'], ordered: element.startsWith('Ordered'), entries: [] };
      // A group may stand for a region itself (`regionRef` on the group): that region first.
      if (parent !== undefined) parent.entries.push({ index, ...(ref === undefined ? {} : { ref }), group });
      else {
        roots.push(group);
        if (ref !== undefined) group.entries.push({ index: -Infinity, ref });
      }
      groupStack.push(group);
    } else if (parent !== undefined && ref !== undefined) {
      parent.entries.push({ index, ref });
    }
  };

  const finishLine = (draft: LineDraft, region: RegionDraft): void => {
    const chosen = chooseText(draft);
    // A line's text has no line breaks; some tools leave one in a TextEquiv all the same.
    const raw = chosen?.text.replace(/\r\n|\r|\n/gu, ' ') ?? '';
    if (raw.trim() === '') return;
    const box = draft.box ?? boxOfPoints(draft.points);
    const fontSize = draft.fontSize ?? region.fontSize;
    const confidence = chosen?.confidence === undefined ? undefined : meanConfidence(chosen.confidence, 1);
    region.lines.push({
      raw,
      order: draft.order,
      fileIndex: draft.fileIndex,
      ...(box === undefined ? {} : { box }),
      ...(raw.endsWith('\u00AD') ? { hyphenation: { kind: 'soft', mark: '\u00AD' } } : {}),
      ...(fontSize === undefined ? {} : { fontSize }),
      ...(confidence === undefined ? {} : { confidence }),
    });
  };

  const parsed = parseXml(name, bytes, {
    open(element, attributes) {
      const parent = stack[stack.length - 1];
      stack.push(element);
      if (groupStack.length > 0 || (parent === 'ReadingOrder' && GROUPS.has(element))) openGroupEntry(element, attributes);
      switch (element) {
        case 'Relation':
          join = attributes['type'] === 'join' ? [] : undefined;
          return;
        case 'RegionRef':
        case 'SourceRegionRef':
        case 'TargetRegionRef':
          if (parent === 'Relation' && join !== undefined && attributes['regionRef'] !== undefined) join.push(attributes['regionRef']);
          return;
        case 'Page': {
          pageNumber ??= pageXmlPageNumber(attributes);
          const width = numberOrUndefined(attributes['imageWidth']);
          const height = numberOrUndefined(attributes['imageHeight']);
          if (pageSize === undefined && width !== undefined && height !== undefined) pageSize = { width, height };
          return;
        }
        case 'TextRegion': {
          const ancestors = regionStack.map((entry) => (typeof entry === 'string' ? entry : entry.id));
          const type = attributes['type'] ?? customValue(attributes['custom'], 'structure', 'type');
          const region: RegionDraft = {
            id: attributes['id'] ?? `B${regions.length + 1}`,
            type,
            ancestors,
            fontSize: numberOrUndefined(customValue(attributes['custom'], 'textStyle', 'fontSize')),
            lines: [],
          };
          regions.push(region);
          regionStack.push(region);
          return;
        }
        case 'TextLine':
          line = {
            order: numberOrUndefined(customValue(attributes['custom'], 'readingOrder', 'index')),
            fileIndex: lineCount++,
            box: undefined,
            points: [],
            fontSize: numberOrUndefined(customValue(attributes['custom'], 'textStyle', 'fontSize')),
            equivs: [],
            words: [],
          };
          return;
        case 'Word':
          if (line !== undefined) word = { text: '', equivs: 0 };
          return;
        case 'Coords':
          if (parent === 'TextLine' && line !== undefined) line.box = boxOfPoints(parsePoints(attributes['points']));
          return;
        case 'Point':
          // PAGE 2010: `<Coords><Point x="…" y="…"/>…</Coords>`.
          if (parent === 'Coords' && stack[stack.length - 3] === 'TextLine' && line !== undefined) {
            const x = numberOrUndefined(attributes['x']);
            const y = numberOrUndefined(attributes['y']);
            if (x !== undefined && y !== undefined) line.points.push(x, y);
          }
          return;
        case 'TextEquiv':
          if (parent === 'Word' && word !== undefined) word.equivs++;
          if (parent === 'TextLine' && line !== undefined) {
            equiv = { index: numberOrUndefined(attributes['index']) ?? Infinity, confidence: numberOrUndefined(attributes['conf']), text: '' };
          }
          return;
        case 'Unicode':
          inUnicode = true;
          return;
        case 'TextStyle': {
          const size = numberOrUndefined(attributes['fontSize']);
          if (parent === 'TextLine' && line !== undefined && size !== undefined) line.fontSize = size;
          const region = currentRegion();
          if (parent === 'TextRegion' && region !== undefined && size !== undefined) region.fontSize = size;
          return;
        }
        default:
          // Any other region (TableRegion, ImageRegion, …) may hold TextRegions and be named
          // in the reading order in their stead.
          if (element.endsWith('Region')) regionStack.push(attributes['id'] ?? '');
      }
    },
    close(element) {
      stack.pop();
      if (GROUPS.has(element) && groupStack.length > 0) groupStack.pop();
      switch (element) {
        case 'Relation':
          if (join !== undefined) joinRefs.push(join);
          join = undefined;
          return;
        case 'TextLine': {
          const region = currentRegion();
          if (line !== undefined && region !== undefined) finishLine(line, region);
          line = undefined;
          return;
        }
        case 'Word':
          if (word !== undefined && line !== undefined && word.text.trim() !== '') line.words.push(word.text.trim());
          word = undefined;
          return;
        case 'TextEquiv':
          if (equiv !== undefined && line !== undefined && stack[stack.length - 1] === 'TextLine') {
            line.equivs.push(equiv);
            equiv = undefined;
          }
          return;
        case 'Unicode':
          inUnicode = false;
          return;
        default:
          if (element.endsWith('Region')) regionStack.pop();
      }
    },
    text(text) {
      if (!inUnicode) return;
      if (equiv !== undefined && stack[stack.length - 2] === 'TextEquiv' && stack[stack.length - 3] === 'TextLine') equiv.text += text;
      else if (word !== undefined && word.equivs === 1 && stack[stack.length - 3] === 'Word') word.text += text;
    },
  });
  if (!parsed.ok) return parsed;

  const readingOrder: string[] = [];
  for (const root of roots) flatten(root, readingOrder);
  const place = new Map<string, number>();
  readingOrder.forEach((id, index) => {
    if (!place.has(id)) place.set(id, index);
  });
  const placeOf = (region: RegionDraft): number => {
    const own = place.get(region.id);
    if (own !== undefined) return own;
    for (let i = region.ancestors.length - 1; i >= 0; i--) {
      const inherited = place.get(region.ancestors[i] ?? '');
      if (inherited !== undefined) return inherited;
    }
    return Infinity;
  };
  const ordered = regions
    .map((region, index) => ({ region, index, key: placeOf(region) }))
    .sort((a, b) => a.key - b.key || a.index - b.index);

  const blocks: LayoutBlock[] = ordered.map(({ region }) => ({
    id: region.id,
    ...(region.type === undefined ? {} : { type: region.type }),
    lines: [...region.lines]
      .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.fileIndex - b.fileIndex)
      .map(({ order: _order, fileIndex: _fileIndex, ...layoutLine }) => layoutLine),
  }));
  const evidence = declaredEvidence(regions, roots, joinRefs);
  return buildLayoutPage(
    { name, format: 'page-xml', encoding: parsed.value.encoding, hash: parsed.value.hash, pageNumber, layout: { unit: 'pixel', ...(pageSize ?? {}), ...evidence } },
    blocks,
  );
}

/**
 * The file's own reading order and join relations, in ids of the blocks the page keeps (text
 * regions with lines). A reference to another region (a TableRegion) stands for the text
 * regions inside it; references to regions that are not there are dropped.
 */
function declaredEvidence(
  regions: readonly RegionDraft[],
  roots: readonly Group[],
  joinRefs: readonly string[][],
): { readingOrder?: DeclaredReadingOrder; joins?: BlockJoin[] } {
  const kept = regions.filter((region) => region.lines.length > 0);
  const blocksOf = (ref: string): string[] => kept.filter((region) => region.id === ref || region.ancestors.includes(ref)).map((region) => region.id);
  const blockIdsOf = (group: Group): string[] => {
    const refs: string[] = [];
    flatten(group, refs);
    return [...new Set(refs.flatMap(blocksOf))];
  };
  const blockIds = [...new Set(roots.flatMap(blockIdsOf))];
  const groups = roots
    .flatMap((root) => (root.ordered ? [...root.entries].sort((a, b) => a.index - b.index) : root.entries).flatMap((entry) => (entry.group === undefined ? [] : [entry.group])))
    .map((group) => ({ ...(group.id === undefined ? {} : { id: group.id }), ordered: group.ordered, blockIds: blockIdsOf(group) }))
    .filter((group) => group.blockIds.length > 0);
  const known = new Set(kept.map((region) => region.id));
  const joins = joinRefs.flatMap(([from, to]) => (from !== undefined && to !== undefined && known.has(from) && known.has(to) ? [{ from, to }] : []));
  return {
    ...(blockIds.length === 0 ? {} : { readingOrder: { blockIds, groups } }),
    ...(joins.length === 0 ? {} : { joins }),
  };
}
