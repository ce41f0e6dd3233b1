// Lint with the process boundaries of architecture.md §1 enforced as errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads',
  'events', 'buffer', 'process',
];
const nodeBuiltinPatterns = [{ group: ['node:*'], message: 'src/shared runs in the renderer too: no Node built-ins.' }];

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/renderer', from: './src/main', message: 'The renderer reaches the core only over IPC.' },
            { target: './src/main', from: './src/renderer', message: 'Main never imports renderer code.' },
            { target: './src/shared', from: './src/main', message: 'src/shared is process-neutral.' },
            { target: './src/shared', from: './src/renderer', message: 'src/shared is process-neutral.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML: React escapes for us.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/shell/**', 'src/main/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only src/main/shell and src/main/preload may import electron.' }] },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/shell/window.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='BrowserWindow']", message: 'Use the window factory in shell/window.ts.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML.' },
      ],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/shared is process-neutral.' },
            { name: 'better-sqlite3', message: 'src/shared is process-neutral.' },
            { name: 'exceljs', message: 'src/shared is process-neutral.' },
            { name: 'kysely', message: 'SQL lives in src/main.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'src/shared runs in the renderer too.' })),
          ],
          patterns: nodeBuiltinPatterns,
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through window.partnerdesk.' },
            { name: 'better-sqlite3', message: 'No database access in the renderer.' },
          ],
          patterns: nodeBuiltinPatterns,
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
