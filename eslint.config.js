// Zero warnings; each layer may import only what its runtime has (STYLE.md §1).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ run in the browser too: no Node built-ins.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: 'No committed .only: it silently skips every other test.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'shared/ must stay independent of Electron: it runs in the CLI and workers too.' },
          { name: 'react', message: 'shared/ holds the model and passes; UI lives in renderer/.' },
          { name: 'zustand', message: 'shared/ holds pure functions; state lives in renderer/.' },
        ],
        patterns: [nodeBuiltins, { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not depend on a shell around it.' }],
      }],
      'no-restricted-globals': ['error', 'document', 'window', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer reaches the main process only through the preload API (window.api), via renderer/src/host.' }],
        patterns: [nodeBuiltins, { group: ['**/electron/**'], message: 'The renderer must not import main-process code.' }],
      }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['node:*', 'react', 'zustand', 'diff', 'commander'], message: 'A sandboxed preload can load only electron and bundled shared/ contract code.' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.mjs', 'bin/**/*.mjs', 'tests/**/*.{ts,tsx}', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
);
