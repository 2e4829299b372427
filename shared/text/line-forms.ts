/**
 * Lines whose role shows in their own text: bylines, jump lines, photo credits, running
 * heads, datelines, dates and the closing formulas of notices. Each recogniser is a
 * pattern newspapers share, in Chinese and in English, not the wording of one page.
 */
import { readJumpReference } from './jump-reference';

// A name of two to four characters; printers sometimes space a two-character name out (`司 勇`).
const HAN_NAME = String.raw`[\p{Script=Han}·•](?: ?[\p{Script=Han}·•]){1,3}`;

/** A jump line printed at the start of a paragraph: `(上接第1版)听取…`. */
export const LEADING_JUMP = /^[（(]\s*(上接|接|续|紧接)\s*第?\s*[\d一二三四五六七八九十百]+\s*[版页面]\s*[)）]\s*/u;

/**
 * A whole line that says where the article goes or comes from: `(下转第4版)`, `Continued on
 * Page 4`, `See FIRE, Page 2`, `FIRE, from Page 1`, `Suite de la page 1`, `Fortsetzung auf
 * Seite 4`, `(Vervolg op pagina 4)`. The issue's reader (`jump-reference.ts`), so the page cuts
 * out every line the issue links by. A Chinese one must stand in brackets, as papers print
 * it: a bare `下转第4版` may be the tail of a sentence the column broke there.
 */
export function isJumpLine(text: string): boolean {
  if (readJumpReference(text) === null) return false;
  return !/\p{Script=Han}/u.test(text) || /^[（(].*[)）]$/u.test(text.trim());
}

/**
 * The wire or correspondent credit under a dispatch's headline: `Telegraphed Exclusively to The
 * Evening Star.`, `Special to The New York Times.`, `[Special Correspondence of the Evening
 * Star.]`, `(By Associated Press)`, `By Cable.`
 */
const WIRE_CREDITS = [
  // Ends on the paper's name, capitalised: `… telephoned to the police and` is running text.
  /^[[(]?(?:[Tt]elegraphed|[Cc]abled|[Ww]ired|[Tt]elephoned)\s+(\p{L}+\s+)?to\s+([Tt]he\s+)?(\S+\s+){0,3}\p{Lu}\p{L}*\.?[\])]?$/u,
  /^[[(]?[Ss]pecial\s+([CcDdTtWw](able|ispatch|espatch|elegram|orrespondence|ireless)\s+)?(to|of)\s+([Tt]he\s+)?\p{Lu}.{0,40}$/u,
  /^[[(]?(by|via)\s+(telegraph|cable|wireless|(the\s+)?associated\s+press|(the\s+)?united\s+press|reuters?)\.?[\])]?\.?$/iu,
];

/**
 * Credits French, German and Dutch papers print in brackets under a dispatch's headline, as
 * data: each form is lower case, a space stands for spaces, ` ?` for an optional space, and
 * `(…)?` marks optional words. The whole bracketed line must be one form (a place may follow:
 * `(De notre correspondant à Londres)`), so a bracketed aside in running text never is.
 */
const BRACKETED_CREDIT_FORMS: Readonly<Record<'fr' | 'de' | 'nl', readonly string[]>> = {
  fr: [
    'par fil( spécial| téléphonique)?',
    String.raw`par (dépêche|téléphone|télégraphe|câble|t\. ?s\. ?f\.?)`,
    'de (notre|nos) (correspondants?|envoyés?|rédacteurs?)( (particuliers?|spécial|spéciaux|permanents?))?',
    "(dépêche|télégramme|service)( spéciale?| particulière?| télégraphique)?( de l['’]agence)? (havas|radio|fournier)",
    '(dépêche|télégramme|service) (spéciale?|particulière?|télégraphique)',
    '(agence )?(havas|radio|fournier)',
  ],
  de: [
    String.raw`von unse?rem( \p{L}+(er|en))? (korrespondenten|berichterstatter|mitarbeiter|vertreter)`,
    '(privat-?|eigenes )?telegramm( unseres korrespondenten)?',
    '(eigener )?drahtbericht( unseres korrespondenten)?',
    'telegraphische meldung',
    String.raw`w\. ?t\. ?b\.?`,
    'wolffs? (telegraphisches )?bureau',
  ],
  nl: [
    String.raw`van (onzen|onze)( \p{L}+(schen|sche|se|en))? (correspondent|berichtgever|verslaggever|medewerker)`,
    '(eigen )?telegram( van onzen correspondent)?',
    'reuter|aneta|havas|draadloos',
  ],
};

/** A place after the credit: `à Londres`, `in Paris`, `te Berlijn`. */
const CREDIT_PLACE = String.raw`(,? (à|au|en|aux|in|aus|te|uit) [^()[\]{}]{2,30})?`;

/** One form as a pattern: ` ?` an optional run of spaces, ` ` a run of spaces. */
function spaced(form: string): string {
  return form.replaceAll(' ?', String.raw`\s*`).replaceAll(' ', String.raw`\s+`);
}

const BRACKETED_CREDIT = new RegExp(
  spaced(String.raw`^[([{] ?(${Object.values(BRACKETED_CREDIT_FORMS).flat().join('|')})${CREDIT_PLACE}\.? ?[)\]}]\.?$`),
  'iu',
);

/** `(袁剑锋、杨润德)`, `(张晋峰、刘海君 文/摄)`, `记者 尹哲`, `本报记者 某某`, `文/记者 X 图/记者 Y`, `By JOHN SMITH`. */
const BYLINE = [
  new RegExp(String.raw`^[（(]\s*${HAN_NAME}(\s+${HAN_NAME})?([、，,\s]+${HAN_NAME}(\s+${HAN_NAME})?)*(\s*(文|图|摄|文\/摄|文\/图|摄影|通讯员))?\s*[)）]$`, 'u'),
  new RegExp(String.raw`^(本报)?(特约|首席)?(记者|通讯员|实习生)\s*${HAN_NAME}([、\s]+(本报)?(记者|通讯员|实习生)?\s*${HAN_NAME})*$`, 'u'),
  /^(文|图|摄影?|撰文)\s*[/／:：]\s*\S.{0,30}$/u,
  /^[Bb][Yy]\s+[\p{Lu}][\p{L}.'’-]*(\s+[\p{Lu}][\p{L}.'’-]*){0,4}(\s+(and|&)\s+[\p{Lu}][\p{L}.'’-]*(\s+[\p{Lu}][\p{L}.'’-]*){0,4})?$/u,
  /^(from\s+)?(our|a)\s+(own\s+|special\s+|staff\s+)?correspondent\.?$/iu,
  ...WIRE_CREDITS,
  BRACKETED_CREDIT,
];

/**
 * A wire or correspondent credit (`(By Associated Press)`, `(PAR FIL SPÉCIAL)`, `(Van onzen
 * correspondent)`): it stands over its dispatch, never under it, so unlike a signed byline it
 * does not close the article it sits in; a page of dispatches repeats it over each one.
 */
export function isWireCredit(text: string): boolean {
  return text.length <= 60 && (BRACKETED_CREDIT.test(text) || WIRE_CREDITS.some((re) => re.test(text)));
}

export function isBylineLine(text: string): boolean {
  if (text.length > 60 || !BYLINE.some((re) => re.test(text))) return false;
  // A photographer's credit (`本报记者 李明 摄`) has the byline's form, but the verb makes it the
  // caption's credit; a credit for text and photo together (`文/摄`) stays a byline.
  return !isPhotoCredit(text) || /文\s*[/／]\s*摄/u.test(text);
}

/** Photo captions end with the photographer's credit (`… 摄`, `张秀丽 摄影`) or carry `Photo by`. */
// `张秀丽 郭建都 摄影`, `(记者 某某 摄)`, `…现象梁丹 常宇 摄影`: a name set off by a space, or named
// as a reporter, before 摄: a bare `…纷纷拍摄` at the end of a column line is no credit.
const CREDIT = [
  /[\p{Script=Han}·]{2,4}(\s+[\p{Script=Han}·]{2,4})+\s*(摄|摄影)[)）]?$/u,
  /(^|[\s(（])(本报)?(记者|通讯员)?\s*[\p{Script=Han}·]{2,4}\s+(摄|摄影)[)）]?$/u,
  /(记者|通讯员)\s*[\p{Script=Han}·]{2,4}\s*(摄|摄影)[)）]?$/u,
  /(供图|图片来源[:：].*)$/u, /^(photo|photograph|picture)\s*(by|:)/iu, /\((photo|photograph)\s*(by|:)[^)]*\)$/iu];

export function isPhotoCredit(text: string): boolean {
  // Every credit names the photo (摄, 图, photo, picture): most lines are let go at once.
  if (!/[摄图]|photo|picture/iu.test(text)) return false;
  return CREDIT.some((re) => re.test(text));
}

/** Running heads and page furniture: the date line of the page, editor credits, page numbers. */
const FURNITURE = [
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期|周)[一二三四五六日天]/u,
  /^(责任)?(编辑|责编|校对|美编|版式|组版|审读|监制)\s*[/／:：]/u,
  /^第?\s*[\d一二三四五六七八九十]+\s*版\s*$/u,
  /^(page|p\.)\s*\d+$/iu,
  // A running head with the paper's date: `4 THE EVENING LEDGER, NEW YORK, TUESDAY, JANUARY 8, 1918`.
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}\b/iu,
];

export function isPageFurniture(text: string): boolean {
  // Each form holds a figure (a date, a page number) or a Chinese editor's credit.
  return text.length <= 80 && /[\d\p{Script=Han}]/u.test(text) && FURNITURE.some((re) => re.test(text));
}

/** A newspaper's name as its masthead prints it (`THE EVENING GAZETTE`, `太原日报`): only near the top of a page. */
export function isMasthead(text: string): boolean {
  if (text.length > 40) return false;
  return /^(the\s+)?([\p{L}'-]+\s+){0,3}(gazette|times|herald|journal|tribune|chronicle|courier|advertiser|post|star|sun|news|mail|telegraph|express|observer|standard|record|daily|zeitung|blatt|courant|krant|dagblad|journal|matin|figaro|temps)\.?$/iu.test(text)
    || /^[\p{Script=Han}]{1,6}(日报|晚报|时报|商报|早报|晨报)$/u.test(text);
}

/** Month names as datelines print them, whole or cut short, in title case or capitals. */
const MONTHS = 'Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC';

/** A dateline that opens an article: `本报讯`, `新华社北京1月3日电`, `WASHINGTON, Jan. 3 —`. */
const DATELINE = [
  /^本报[\p{Script=Han}\d]{0,12}(讯|电)/u,
  /^(新华社|中新社|人民网|央视网|新华网)[\p{Script=Han}\d]{0,12}(电|讯)/u,
  // The dash must be a dash (`—`, `--`, ` - `), not the hyphen of `GOLD-BEARING`.
  /^[\p{Lu}][\p{Lu}.' ]{2,}(,\s*[\p{L}.' ]{2,20})?\s*[,.]?\s*([\p{Lu}][\p{L}]{2,8}\.?\s*\d{1,2}\s*)?(?:[—–]{1,2}|--|\s-)(?:\s|$)/u,
  // A place in any case and a month's date, then the dash: `Paris, March 15.—Two hundred …`.
  // OCR that knows no em dash prints it `?` or `-`, then straight on to the next word's capital
  // (`London, March 15?Letters …`): a question mark never runs into a word that way.
  new RegExp(String.raw`^\p{Lu}[^\s,]{1,15}(\s[^\s,]{1,15})?,\s+(?:${MONTHS})\p{L}{0,6}\.?\s+[\p{N}\p{L}.>]{1,5}\s*(?:[—–]{1,2}|--|[-?](?=\p{Lu}))`, 'u'),
];

export function startsWithDateline(text: string): boolean {
  return mayOpenDateline(text) && DATELINE.some((re) => re.test(text));
}

/**
 * Before the four patterns run on every line (2% of a Latin page's CPU): a line that opens
 * below U+3000 opens with no news agency, so only the Latin forms could match, and each of
 * them needs a dash or the `?` the OCR makes of one.
 */
function mayOpenDateline(text: string): boolean {
  if (text.charCodeAt(0) >= 0x3000) return true;
  return text.includes('-') || text.includes('—') || text.includes('–') || text.includes('?');
}

/**
 * A place in capitals and the day on a line of their own, over a report's text: `MORPETH,
 * Monday.`, `DUNGOG, Monday, 10:30 a.m.`. A paragraph of its own; unlike a dateline run into
 * the text it may head a second report inside one article, so it opens no article by itself.
 */
export function isPlaceAndDay(text: string): boolean {
  // Every weekday ends in `day`: most lines are let go before the pattern runs.
  return text.length <= 40 && text.includes('day') && /^\p{Lu}[\p{Lu}.' -]{2,},\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;]*(,[^,;]*)?$/u.test(text.trim());
}

/** A date printed alone, as notices sign off: `2023年2月10日`, `February 10, 1923`. */
const DATE_ONLY = [
  /^\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$/u,
  /^(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}\.?$/iu,
];

export function isDateLine(text: string): boolean {
  return DATE_ONLY.some((re) => re.test(text));
}

/** The formulas that close a Chinese notice (`特此公告`) stand as paragraphs of their own. */
export function isNoticeCloser(text: string): boolean {
  return /^特此(公告|通告|通知|声明|函告|公示|告知)[。.]?$/u.test(text);
}

/** An ellipsis alone on a line: Chinese sets `……` over two full cells, and a column may wrap it alone. */
export function isEllipsisLine(text: string): boolean {
  return /^[…⋯]+$/u.test(text.trim());
}

/** Lines that open with a bullet symbol mark a sub-heading inside an article (`◆快递进村…`). */
export function startsWithBulletSymbol(text: string): boolean {
  return /^[◆◇■□●○▲△★☆▶►•]/u.test(text);
}

/** A two-part parallel line printed with a space between the parts (`守护青山绿水 增进民生福祉`). */
export function coupletParts(text: string): [string, string] | null {
  const parts = text.split(/\s+/u);
  if (parts.length !== 2) return null;
  const [a = '', b = ''] = parts;
  const cjk = /^[\p{Script=Han}“”"《》·—\d]+$/u;
  return a.length >= 3 && b.length >= 3 && cjk.test(a) && cjk.test(b) ? [a, b] : null;
}

/**
 * A run-in head: a paragraph's first words set off by a dash that runs straight into its text
 * (`THE SAN DOMINGO TREATY.—The Senate`, OCR without an em dash: `Trkatt?The Senate`). The line
 * holds the start of a sentence, so it is the paragraph's first line, not a heading. A
 * headline's own dash stands between spaces (`Another Oneida Affair — A German Ship`).
 */
const RUN_IN_HEAD = /\p{L}[.,]?(?:—|--|\?)\p{Lu}\p{Ll}/u;

export function hasRunInHead(text: string): boolean {
  return mayHoldDash(text) && RUN_IN_HEAD.test(text);
}

/** The dashes a run-in head is set off by, tested before the pattern (most lines hold none). */
function mayHoldDash(text: string): boolean {
  return text.includes('?') || text.includes('—') || text.includes('--');
}

/** Longest run-in head, in characters, a line can open with. */
const LONGEST_RUN_IN = 40;

/**
 * A line that opens with a run-in head (`Matrimonial.—The marriage of …`, `BOUNTY MONEY CASE
 * DECIDED?In the`): the head starts a paragraph, so the line opens one, whatever the line
 * above left open (the OCR loses full stops).
 */
export function opensWithRunInHead(text: string): boolean {
  if (!mayHoldDash(text)) return false;
  const found = RUN_IN_HEAD.exec(text);
  return found !== null && found.index < LONGEST_RUN_IN && /^["'‘“]?\p{Lu}/u.test(text);
}

/** Set in capitals (two words or more): how Latin headlines are set, never running text. */
export function isAllCaps(text: string): boolean {
  // Most lines hold a lower-case letter: leave before building anything.
  if (/\p{Ll}/u.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /\s/u.test(text.trim());
}

/** The name of a regular column (`并州论坛`, `今日快评`): words papers use for comment and opinion columns. */
export function isColumnLabel(text: string): boolean {
  return /^[\p{Script=Han}]{0,6}(论坛|评论|时评|短评|快评|观察|随笔|专栏|视点|杂谈|漫谈|札记|笔谈|论语|说事|茶座|热评)$/u.test(text);
}

/** A jump line that says where the article comes from (`(上接第1版)`, `Continued from Page 1`, `FIRE, from Page 1`): it opens the article. */
export function isJumpFrom(text: string): boolean {
  return readJumpReference(text)?.direction === 'from';
}
