/**
 * Reads what a jump line says: which way the article goes (on to a later page, or in from an
 * earlier one), which page, and the keyword of a keyword continuation head (`See FIRE, Page 2`
 * ↔ `FIRE, from Page 1`). Forms newspapers share in Chinese, English, French, German and
 * Dutch, not one page's wording. The page passes take a line this reads for a jump line
 * (`isJumpLine` in `line-forms.ts`), so the page cuts it out itself; the issue links by it.
 *
 * When it is wrong: a line that only mentions a page (`see the table on page 4`) is not a
 * jump: each pattern must cover the whole line, so running text never matches. `(Schluss
 * folgt)` / `(Fortsetzung folgt)` name no page (the rest is usually in the next issue): they
 * are read as jumps out with no page, and never linked.
 */

export type JumpDirection = 'to' | 'from';

export interface JumpReference {
  readonly direction: JumpDirection;
  /** The page the line names; null when it names none (`(Schluss folgt)`). */
  readonly page: number | null;
  /** The keyword of a keyword continuation head, upper-cased (`FIRE`); absent otherwise. */
  readonly keyword?: string;
}

const HAN_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `4`, `四`, `十二`, `二十四`: the page numbers Chinese jump lines print. */
export function hanNumber(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '十' || ch === '百') {
      total += (digit === 0 ? 1 : digit) * (ch === '十' ? 10 : 100);
      digit = 0;
    } else if (ch in HAN_DIGITS) digit = HAN_DIGITS[ch] ?? 0;
    else return null;
  }
  const value = total + digit;
  return value > 0 ? value : null;
}

const FRENCH_ORDINALS: Readonly<Record<string, number>> = {
  première: 1, premiere: 1, deuxième: 2, deuxieme: 2, seconde: 2, troisième: 3, troisieme: 3, quatrième: 4, quatrieme: 4,
  cinquième: 5, cinquieme: 5, sixième: 6, sixieme: 6, septième: 7, septieme: 7, huitième: 8, huitieme: 8,
};

/** `4`, `4e`, `1re`, `1er`, `1.`, `quatrième`: a page number as Latin-script papers print it. */
function latinNumber(text: string): number | null {
  const digits = /^(\d{1,3})(?:e|re|er|ème|eme|me|\.)?$/iu.exec(text);
  if (digits) return Number(digits[1]);
  return FRENCH_ORDINALS[text.toLowerCase()] ?? null;
}

const NUM = String.raw`(\d{1,3}(?:e|re|er|ème|eme|me|\.)?|première|premiere|deuxième|deuxieme|seconde|troisième|troisieme|quatrième|quatrieme|cinquième|cinquieme|sixième|sixieme|septième|septieme|huitième|huitieme)`;
const OPEN = String.raw`^[\s(（\[]*`;
const CLOSE = String.raw`[\s.)）\]]*$`;
const PAGE_WORD = String.raw`(?:page|p\.|pg\.?|seite|s\.|pagina|pag\.|blz\.)`;

interface Form {
  readonly re: RegExp;
  readonly direction: JumpDirection;
  /** Which group holds the page number; `keyword` names the group of the keyword. */
  readonly page: number;
  readonly keyword?: number;
  readonly han?: boolean;
}

const f = (body: string, direction: JumpDirection, page: number, extra: Partial<Form> & { caseSensitive?: boolean } = {}): Form => ({
  // Keyword heads are matched case-sensitively: the keyword is set in capitals, running text is not.
  re: new RegExp(`${OPEN}${body}${CLOSE}`, extra.caseSensitive === true ? 'u' : 'iu'),
  direction,
  page,
  ...extra,
});

const FORMS: readonly Form[] = [
  // (下转第4版) 转第4版 下转4版 (转第四版) — and the ways back: (上接第1版) 接第1版 续第1版 紧接第1版.
  f(String.raw`(?:下转|转至|转)\s*第?\s*([\d一二三四五六七八九十百]+)\s*[版页面]`, 'to', 1, { han: true }),
  f(String.raw`(?:上接|紧接|接|续)\s*第?\s*([\d一二三四五六七八九十百]+)\s*[版页面]`, 'from', 1, { han: true }),
  // Continued on Page 4 — Cont. on p. 4 — (Continued on page 4, column 3) — Turn to Page 4.
  // `CONTINUED, from Page 1`: some papers set a comma after the word.
  f(String.raw`(?:continued|cont'?d?\.?|turn\s+to|carried\s+over\s+to)\s*,?\s+(?:on\s+|to\s+)?(?:page|p\.|pg\.?)\s*(\d{1,3})(?:\s*,?\s*(?:col(?:umn|\.)?)\s*\w+)?`, 'to', 1),
  f(String.raw`(?:continued|cont'?d?\.?)\s*,?\s+from\s+(?:page|p\.|pg\.?)\s*(\d{1,3})(?:\s*,?\s*(?:col(?:umn|\.)?)\s*\w+)?`, 'from', 1),
  // See FIRE, Page 2 — See FIRE on Page 2 — FIRE, from Page 1 — FIRE (Continued from Page 1).
  f(String.raw`(?:See|SEE)\s+([\p{Lu}][\p{Lu}'’ -]{1,30}?)\s*,?\s+(?:on\s+|ON\s+)?(?:Page|PAGE|page|[Pp]\.)\s*(\d{1,3})`, 'to', 2, { keyword: 1, caseSensitive: true }),
  f(String.raw`([\p{Lu}][\p{Lu}'’ -]{1,30}?)\s*[,:]?\s*\(?(?:[Cc]ontinued\s+|CONTINUED\s+)?(?:from|From|FROM)\s+(?:Page|PAGE|page|[Pp]\.)\s*(\d{1,3})`, 'from', 2, { keyword: 1, caseSensitive: true }),
  // Suite page 4 — Suite en page 4 — (Voir la suite en 4e page) — (La suite en page 4).
  f(String.raw`(?:suite|voir\s+la\s+suite|la\s+suite)\s+(?:en\s+|à\s+la\s+|a\s+la\s+)?(?:page\s+)?${NUM}(?:\s+page)?`, 'to', 1),
  // Suite de la page 1 — (Suite de la 1re page) — Suite de la première page.
  f(String.raw`suite\s+de\s+la\s+(?:page\s+)?${NUM}(?:\s+page)?`, 'from', 1),
  // Fortsetzung auf Seite 4 — (Fortsetzung Seite 4) — Schluss auf Seite 4 — (Siehe Seite 4).
  f(String.raw`(?:fortsetzung|schlu(?:ss|ß))\s+(?:auf\s+|siehe\s+)?(?:der\s+)?(?:seite|s\.)\s*${NUM}`, 'to', 1),
  f(String.raw`(?:fortsetzung|schlu(?:ss|ß))\s+von\s+(?:der\s+)?(?:seite\s+|s\.\s*)?${NUM}(?:\s+seite)?`, 'from', 1),
  // (Vervolg op pagina 4) — Zie vervolg pag. 4 — Vervolg van pagina 1.
  f(String.raw`(?:zie\s+)?vervolg\s+(?:op\s+)?${PAGE_WORD}\s*${NUM}`, 'to', 1),
  f(String.raw`vervolg\s+van\s+(?:de\s+)?${PAGE_WORD}?\s*${NUM}(?:\s+${PAGE_WORD})?`, 'from', 1),
  // Continued on Page A-4 — Cont'd from p. 2B: a section's page, which the page numbers do not name.
  f(String.raw`(?:continued|cont'?d?\.?)\s*,?\s+on\s+(?:page|p\.|pg\.?)\s*(?:\p{L}-?\d{1,3}|\d{1,3}-?\p{L})`, 'to', -1),
  f(String.raw`(?:continued|cont'?d?\.?)\s*,?\s+from\s+(?:page|p\.|pg\.?)\s*(?:\p{L}-?\d{1,3}|\d{1,3}-?\p{L})`, 'from', -1),
  // Schluss folgt — Fortsetzung folgt — (To be continued): out of the page, no page named.
  f(String.raw`(?:schlu(?:ss|ß)|fortsetzung)\s+folgt|to\s+be\s+continued|(?:la\s+)?suite\s+au\s+prochain\s+numéro|wordt\s+vervolgd`, 'to', -1),
];

/** Reads a whole line as a jump line; null when it is anything else. */
export function readJumpReference(line: string): JumpReference | null {
  const text = line.trim();
  if (text === '' || text.length > 80) return null;
  for (const form of FORMS) {
    const match = form.re.exec(text);
    if (!match) continue;
    const raw = form.page < 0 ? undefined : match[form.page];
    const page = raw === undefined ? null : form.han ? hanNumber(raw) : latinNumber(raw);
    if (raw !== undefined && page === null) continue;
    const keyword = form.keyword === undefined ? undefined : match[form.keyword]?.trim().toUpperCase();
    // `CONTINUED, from Page 1` is no keyword head: the word is the jump's own.
    if (keyword !== undefined && /^(CONTINUED|CONT'?D?\.?|SEE)$/u.test(keyword)) continue;
    return keyword === undefined ? { direction: form.direction, page } : { direction: form.direction, page, keyword };
  }
  return null;
}
