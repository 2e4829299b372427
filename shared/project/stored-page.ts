/**
 * How a project keeps a layout page (ALTO, PAGE XML, hOCR): the page as loaded, lines with
 * their boxes, blocks, hyphenation marks, styles and confidences, and the page's layout
 * evidence. The project cannot keep only the text (boxes and blocks would be lost on reload,
 * and the engine reads them) and does not keep the source file (the app never holds its bytes
 * after loading, and a 100 MB ALTO file is mostly markup the page no longer needs).
 *
 * The stored page is checked field by field on load: a damaged or hand-edited project gets a
 * message, never a page with holes that a pass would trip over.
 */
import type { Page } from '../model/page';

const LAYOUT_FORMATS = new Set(['alto', 'hocr', 'page-xml']);
const HYPHENATION_KINDS = new Set(['HypPart1', 'hyp', 'soft']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const optional = (value: unknown, check: (v: unknown) => boolean): boolean => value === undefined || check(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringList = (value: unknown): boolean => Array.isArray(value) && value.every(isString);

function isBox(value: unknown): boolean {
  return isObject(value) && isNumber(value['x']) && isNumber(value['y']) && isNumber(value['w']) && isNumber(value['h']);
}

function lineProblem(value: unknown): string | null {
  if (!isObject(value)) return 'is not an object';
  if (!isString(value['id']) || !isNumber(value['number']) || !isString(value['raw']) || !isString(value['text'])) return 'lacks its id, number or text';
  if (!optional(value['box'], isBox)) return 'has a bad box';
  const block = value['block'];
  if (!optional(block, (b) => isObject(b) && isString(b['id']) && optional(b['type'], isString) && optional(b['order'], isNumber))) return 'has a bad block';
  const hyphenation = value['hyphenation'];
  if (!optional(hyphenation, (h) => isObject(h) && HYPHENATION_KINDS.has(String(h['kind'])) && isString(h['mark']) && optional(h['word'], isString))) return 'has a bad hyphenation mark';
  if (!optional(value['continuesWord'], isString)) return 'has a bad continued word';
  if (!optional(value['style'], (s) => isObject(s) && optional(s['fontSize'], isNumber))) return 'has a bad style';
  if (!optional(value['confidence'], isNumber)) return 'has a bad confidence';
  return null;
}

function layoutProblem(value: unknown): string | null {
  if (!isObject(value)) return 'has a bad layout';
  for (const key of ['width', 'height'] as const) if (!optional(value[key], isNumber)) return `has a bad page ${key}`;
  for (const key of ['unit', 'producer'] as const) if (!optional(value[key], isString)) return `has a bad ${key}`;
  const order = value['readingOrder'];
  const groupOk = (g: unknown): boolean => isObject(g) && optional(g['id'], isString) && typeof g['ordered'] === 'boolean' && isStringList(g['blockIds']);
  if (!optional(order, (o) => isObject(o) && isStringList(o['blockIds']) && Array.isArray(o['groups']) && o['groups'].every(groupOk))) return 'has a bad reading order';
  const joinOk = (j: unknown): boolean => isObject(j) && isString(j['from']) && isString(j['to']);
  if (!optional(value['joins'], (j) => Array.isArray(j) && j.every(joinOk))) return 'has bad join relations';
  return null;
}

/** What is wrong with a stored layout page, for the message (`has a bad box in line 12`), or null. */
export function storedPageProblem(value: unknown): string | null {
  if (!isObject(value)) return 'has a layout page that is not an object';
  if (!isString(value['id']) || !isString(value['name']) || !isString(value['encoding'])) return 'has a layout page without id, name or encoding';
  if (!LAYOUT_FORMATS.has(String(value['format']))) return 'has a layout page of a format Galley does not know';
  if (value['script'] !== 'latin' && value['script'] !== 'cjk') return 'has a layout page without a script';
  if (!Array.isArray(value['lines'])) return 'has a layout page without lines';
  for (const [i, line] of value['lines'].entries()) {
    const problem = lineProblem(line);
    if (problem !== null) return `has a layout line ${i + 1} that ${problem}`;
  }
  if (value['layout'] !== undefined) {
    const problem = layoutProblem(value['layout']);
    if (problem !== null) return `${problem}`;
  }
  return null;
}

/** The page to keep in a project: layout pages whole, text pages not at all (their text rebuilds them). */
export function storedPageOf(page: Page): Page | undefined {
  return page.format === 'alto' || page.format === 'hocr' || page.format === 'page-xml' ? page : undefined;
}
