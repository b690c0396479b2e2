import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'demo-out/**', 'test-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The core is pure: it runs in Apps Script, jest and the CLI alike (architecture.md). No Apps Script
    // service, no console, no node built-in; adapters (src/gas, src/cli) do the I/O.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'DocumentApp',
          'DriveApp',
          'Drive',
          'HtmlService',
          'PropertiesService',
          'LockService',
          'Session',
          'Utilities',
          'ScriptApp',
          'UrlFetchApp',
          'CacheService',
          'Logger',
        ].map((name) => ({ name, message: `src/core is pure: ${name} belongs in an adapter (src/gas).` })),
        { name: 'console', message: 'src/core is pure: return warnings instead of logging.' },
        { name: 'process', message: 'src/core is pure: no node globals.' },
        { name: 'require', message: 'src/core is pure: no node globals.' },
        { name: 'Buffer', message: 'src/core is pure: no node globals.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'fs',
            'fs/promises',
            'path',
            'os',
            'child_process',
            'util',
            'url',
            'crypto',
            'vm',
            'stream',
            'http',
            'https',
          ].map((name) => ({ name, message: 'src/core is pure: node built-ins belong in src/cli or scripts.' })),
          patterns: [{ group: ['node:*'], message: 'src/core is pure: node built-ins belong in src/cli or scripts.' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js', 'test/**/*.cjs', '*.js', '*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
