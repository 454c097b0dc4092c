import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/** Paths a layer may not import; the message says which way the layers point. */
const restrict = (patterns) => ['error', { patterns }];
const NOT_TEST = { group: ['**/test/**', '../test/*', '../../test/*'], message: 'Only tests import from test/.' };
const NOT_EMULATOR = { group: ['**/emulator', '**/emulator/**'], message: 'src/ runs on Apps Script: it may not use the emulator.' };
const NOT_SCRIPTS = { group: ['**/scripts/**'], message: 'src/ may not import the scripts.' };

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'out/',
      'node_modules/',
      'test-results/',
      '.playground/',
      '.stryker-tmp/',
      'reports/',
      'jest.config.js',
      'jest.browser.config.js',
      'stryker.config.mjs',
      'playwright.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        {
          group: ['**/server', '**/server/**', '**/sidebar/**'],
          message: 'core is plain TypeScript: it imports neither server nor sidebar.',
        },
        NOT_EMULATOR,
        NOT_SCRIPTS,
        NOT_TEST,
      ]),
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        { group: ['**/sidebar/**'], message: 'The server does not import the client.' },
        NOT_EMULATOR,
        NOT_SCRIPTS,
        NOT_TEST,
      ]),
    },
  },
  {
    files: ['src/sidebar/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        {
          group: ['../server', '../server/**'],
          allowTypeImports: true,
          message: 'The sidebar runs in the browser: it imports the server only as types (google.script.run does the rest).',
        },
        NOT_EMULATOR,
        NOT_SCRIPTS,
        NOT_TEST,
      ]),
    },
  },
  {
    files: ['emulator/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict([NOT_TEST]) },
  },
);
