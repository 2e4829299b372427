import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGE_KEY, format, keepLanguage, languageOfLocale, startLanguage, translator } from '../../renderer/src/i18n';
import { en, zhCN } from '../../renderer/src/i18n/messages';
import { createAppStore } from '../../renderer/src/store/app-store';

const placeholders = (message: string): string[] => [...message.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '').sort();

function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('the catalogue', () => {
  it('has every English message in Chinese and nothing more (checked at run time too)', () => {
    const enKeys = Object.keys(en).sort();
    const zhKeys = Object.keys(zhCN).sort();
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
  });

  it('has no empty message in either language', () => {
    for (const [language, table] of Object.entries(CATALOGUES)) {
      const empty = Object.entries(table).filter(([, message]) => message.trim() === '').map(([id]) => id);
      expect(empty, language).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = Object.entries(en)
      .filter(([id, message]) => placeholders(message).join() !== placeholders(zhCN[id as keyof typeof en]).join())
      .map(([id]) => id);
    expect(mismatched).toEqual([]);
  });

  it('really translates the prose: a Chinese message with Latin words only is a keyboard key or a format name', () => {
    const untranslated = Object.entries(zhCN)
      .filter(([id, message]) => !/[\u4e00-\u9fff]/u.test(message) && !id.endsWith('.keys') && id !== 'export.md')
      .map(([id]) => id);
    expect(untranslated).toEqual([]);
  });
});

describe('t', () => {
  it('gives the English strings the interface always had', () => {
    const t = translator('en');
    expect(t('toolbar.open')).toBe('Open');
    expect(t('reconstructed.untitled', { n: 3 })).toBe('Untitled article 3');
    expect(t('repairs.counts', { made: 4, rejected: 1, low: 2 })).toBe('4 made · 1 rejected · 2 to check');
  });

  it('gives the Chinese strings', () => {
    const t = translator('zh-CN');
    expect(t('original.title')).toBe('原文');
    expect(t('reconstructed.untitled', { n: 2 })).toBe('无标题文章 2');
  });

  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('the language', () => {
  it('follows the system: any Chinese gives Simplified Chinese, anything else English', () => {
    expect(languageOfLocale('zh-CN')).toBe('zh-CN');
    expect(languageOfLocale('zh-TW')).toBe('zh-CN');
    expect(languageOfLocale('zh')).toBe('zh-CN');
    expect(languageOfLocale('en-US')).toBe('en');
    expect(languageOfLocale('fr')).toBe('en');
    expect(languageOfLocale(undefined)).toBe('en');
  });

  it('prefers the choice the user stored, and ignores a value it does not know', () => {
    expect(startLanguage(memoryStorage({ [LANGUAGE_KEY]: 'en' }), 'zh-CN')).toBe('en');
    expect(startLanguage(memoryStorage({ [LANGUAGE_KEY]: 'zh-CN' }), 'en-GB')).toBe('zh-CN');
    expect(startLanguage(memoryStorage({ [LANGUAGE_KEY]: 'klingon' }), 'zh-CN')).toBe('zh-CN');
    expect(startLanguage(null, 'de')).toBe('en');
  });

  it('keeps the choice, and survives a storage that refuses it', () => {
    const storage = memoryStorage();
    keepLanguage('zh-CN', storage);
    expect(storage.getItem(LANGUAGE_KEY)).toBe('zh-CN');
    const refusing = { ...memoryStorage(), setItem: () => { throw new Error('quota'); } };
    expect(() => keepLanguage('en', refusing)).not.toThrow();
  });

  it('is switched in the store at run time and makes no undo step', () => {
    const store = createAppStore();
    expect(store.getState().language).toBe('en');
    store.getState().setLanguage('zh-CN');
    expect(store.getState().language).toBe('zh-CN');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

// Every string a component shows must come from the catalogue. This reads the component
// sources and lists text between tags and string-valued labelling props that hold words.
describe('components', () => {
  const dir = path.resolve(import.meta.dirname, '../../renderer/src/components');
  const files = readdirSync(dir).filter((f) => f.endsWith('.tsx'));
  /** Literal text that is not language: the product's name, symbols. */
  const ALLOWED = new Set(['Galley']);
  const hasWords = (text: string): boolean => /\p{L}{2,}/u.test(text) && !ALLOWED.has(text.trim());

  /** Props whose string value people read or hear. */
  const LABELLING = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
  /** Object-table fields that hold display text (`{ label: 'Headline' }`). */
  const TABLE_FIELDS = new Set(['label', 'hint', 'title', 'message', 'text']);
  const isMessageId = (text: string): boolean => /^[a-z][\w-]*(\.[\w-]+)+$/u.test(text);

  /** The user-visible literals in a component's source, parsed as TSX (comments are skipped by the parser). */
  function literals(source: string): string[] {
    const file = ts.createSourceFile('component.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const found: string[] = [];
    /** The literal strings an expression can give: itself, or the branches of `?:`, `??` and `||`. */
    const stringsOf = (node: ts.Node | undefined): string[] => {
      if (!node) return [];
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
      if (ts.isTemplateExpression(node)) return [node.head.text + node.templateSpans.map((span) => span.literal.text).join(' ')];
      if (ts.isJsxExpression(node) || ts.isParenthesizedExpression(node)) return stringsOf(node.expression);
      if (ts.isConditionalExpression(node)) return [...stringsOf(node.whenTrue), ...stringsOf(node.whenFalse)];
      if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)) return [...stringsOf(node.left), ...stringsOf(node.right)];
      return [];
    };
    const report = (what: string, node: ts.Node | undefined): void => {
      for (const text of stringsOf(node)) if (hasWords(text) && !isMessageId(text)) found.push(`${what}: ${text.trim()}`);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node) && hasWords(node.text)) found.push(`text: ${node.text.trim()}`);
      if (ts.isJsxAttribute(node) && LABELLING.has(node.name.getText(file))) report(node.name.getText(file), node.initializer);
      // A string in braces between tags: `<b>{'Close'}</b>`, `{low ? 'check · ' : ''}`.
      if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) report('text', node.expression);
      if (ts.isPropertyAssignment(node) && TABLE_FIELDS.has(node.name.getText(file))) report(node.name.getText(file), node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(file);
    return found;
  }

  it('finds what it looks for (the scanner itself works)', () => {
    const sample = `// Not shown: a comment
      const FIELDS = [{ label: 'Headline' }, { label: 'selection.kicker' }];
      const x = (a: number, b: number) => a < b && b > a;
      export const C = () => (
        <div className="x" aria-label="Close the diff">
          <h2>Keyboard shortcuts</h2>
          <span title={'confidence'}>{ok ? 'check · ' : ''}{t('a.b')}</span>
          <p aria-label={editing ? 'Editing paragraph' : undefined}>{t('repairs.kind')} ×</p>
        </div>
      );`;
    expect(literals(sample)).toEqual(['label: Headline', 'aria-label: Close the diff', 'text: Keyboard shortcuts', 'title: confidence', 'text: check ·', 'aria-label: Editing paragraph']);
  });

  it.each(files)('%s shows no English outside the catalogue', (file) => {
    expect(literals(readFileSync(path.join(dir, file), 'utf8'))).toEqual([]);
  });
});
