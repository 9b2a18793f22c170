import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'dist-proxy/', 'node_modules/', 'coverage/', 'data/', 'e2e/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Only the zaf/ folder may touch the ZAF SDK.
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/zaf/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'zendesk_app_framework_sdk', message: 'Use the hooks in src/app/zaf/.' }] }],
    },
  },
);
