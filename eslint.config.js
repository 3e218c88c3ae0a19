// Lint for a Lit + TypeScript kit: typescript-eslint, plus the Lit and web-component rules.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

const kitRestrictedImports = [
  { name: 'zod', message: "Import zod through 'zod/mini' (4.6 KB instead of ~77 KB)." },
  { name: 'lit/directives/unsafe-html.js', message: 'Client data must never become markup.' },
];
// @open-wc's waitUntil gives up after 1 s; test/fixtures/wait.ts has the same function with the suite's 5 s.
const openWcWaitUntil = 'Import waitUntil from test/fixtures/wait.ts (same signature, 5 s default).';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'public/mockServiceWorker.js',
      'custom-elements.json',
      'examples/**/dist/',
      'bench/out/',
      '.scratch/',
      '**/.*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The kit never writes HTML strings from data; these guard that promise.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never write HTML strings: render with Lit templates (client data must not become markup).',
        },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never write HTML strings.' },
      ],
      'no-restricted-imports': ['error', { paths: kitRestrictedImports }],
    },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: {
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...kitRestrictedImports,
            { name: '@open-wc/testing', importNames: ['waitUntil'], message: openWcWaitUntil },
            { name: '@open-wc/testing-helpers', importNames: ['waitUntil'], message: openWcWaitUntil },
          ],
        },
      ],
    },
  },
);
