/**
 * Which loader a file needs, from its content: the root element of an XML or HTML file
 * (`alto`, `PcGts`, `html`), found by a forgiving parser (htmlparser2 in XML mode) over the
 * first 64 KB, so a DOCTYPE, comments or a long processing instruction before the root do
 * not get in the way, and a broken file is left for the real parser to report.
 *
 * When it is wrong: a file with more than 64 KB of comments before its root element is not
 * recognised as markup (no OCR tool writes one).
 */
import { Parser } from 'htmlparser2';
import { decodeMarkupPrefix } from './markup-decode';

export type SniffedFormat =
  | { readonly kind: 'alto' | 'page-xml' | 'hocr' }
  /** Markup whose root element is none of the above; `root` as written (`mets:mets`). */
  | { readonly kind: 'other-markup'; readonly root: string }
  /** Not markup at all: the first thing in the file is not a `<`. */
  | { readonly kind: 'not-markup' };

const PREFIX_BYTES = 64 * 1024;

/** The first element's name in `prefix`, or null when there is none. */
function rootElement(prefix: string): string | null {
  let root: string | null = null;
  const parser = new Parser(
    {
      onopentagname(name) {
        root ??= name;
      },
    },
    { xmlMode: true },
  );
  parser.write(prefix);
  return root;
}

/** Looks at the start of `bytes` and says which format it holds. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const prefix = decodeMarkupPrefix(bytes, PREFIX_BYTES);
  if (!prefix.trimStart().startsWith('<')) return { kind: 'not-markup' };
  const root = rootElement(prefix);
  if (root === null) return { kind: 'not-markup' };
  const local = root.slice(root.indexOf(':') + 1).toLowerCase();
  if (local === 'alto') return { kind: 'alto' };
  if (local === 'pcgts') return { kind: 'page-xml' };
  if (local === 'html') return { kind: 'hocr' };
  return { kind: 'other-markup', root };
}
