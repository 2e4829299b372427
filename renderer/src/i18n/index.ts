/**
 * The interface language: which one to show, and `t(id, params)` to get a string in it.
 * Two languages without plural rules need no library: a typed table and a formatter suffice.
 */
import { en, zhCN, type MessageId } from './messages';

export type { MessageId } from './messages';

/** The languages the interface speaks (BCP 47 tags). */
export type Language = 'en' | 'zh-CN';

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
export const LANGUAGES: ReadonlyArray<{ readonly language: Language; readonly name: string }> = [
  { language: 'en', name: 'English' },
  { language: 'zh-CN', name: '简体中文' },
];

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageId, string>>>> = { en, 'zh-CN': zhCN };

/** Where the user's choice is kept between sessions. */
export const LANGUAGE_KEY = 'galley:language';

/** The `{name}` placeholders of a message, read from its English text by the compiler. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a message needs: none, or one per placeholder. */
export type ParamsOf<K extends MessageId> = [Placeholders<(typeof en)[K]>] extends [never] ? [] : [params: Record<Placeholders<(typeof en)[K]>, string | number>];

/** The ids of messages without placeholders: what a table of labels may hold. */
export type PlainMessageId = { [K in MessageId]: ParamsOf<K> extends [] ? K : never }[MessageId];

/** Gives the string of `id` in the language, with its placeholders filled. */
export type Translate = <K extends MessageId>(id: K, ...params: ParamsOf<K>) => string;

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'zh-CN';
}

/** The language a system setting such as `navigator.language` asks for: any Chinese → zh-CN, else English. */
export function languageOfLocale(locale: string | undefined): Language {
  return locale && /^zh\b/iu.test(locale) ? 'zh-CN' : 'en';
}

/** The language to start in: the user's stored choice, else the system's. */
export function startLanguage(storage: Pick<Storage, 'getItem'> | null, locale: string | undefined): Language {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    // Storage can be denied (a locked-down profile); the system language still works.
  }
  return isLanguage(stored) ? stored : languageOfLocale(locale);
}

/** Keeps the user's choice; a storage that refuses it only costs the choice at the next start. */
export function keepLanguage(language: Language, storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // See startLanguage.
  }
}

/** Fills `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function format(message: string, params: Readonly<Record<string, string | number>> = {}): string {
  return message.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const translators = new Map<Language, Translate>();

/** The `t` of one language (one function per language, so components can depend on it). */
export function translator(language: Language): Translate {
  let t = translators.get(language);
  if (!t) {
    const table = CATALOGUES[language];
    t = (id, ...params) => format(table[id], params[0]);
    translators.set(language, t);
  }
  return t;
}
