import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules, createRequire } from 'node:module';

// The Apps Script globals (one list, also read by the emulator and the bundle harness).
const APPS_SCRIPT_GLOBALS = createRequire(import.meta.url)('./emulator/apps-script-globals.json');

// The layers (docs/architecture.md): what each folder may import, by relative path. `up` = any number
// of "../" (a file's depth differs), so "../../gas/x" from src/core/document/ is caught as well.
const up = '^(\\.\\./)+';
const SEE = 'see docs/architecture.md';
const layer = (rules) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: rules.map(([regex, message, allowTypeImports = false]) => ({
        regex,
        message: `${message} (${SEE})`,
        allowTypeImports,
      })),
    },
  ],
});
const PORTABLE = 'this layer imports no package: keep it portable (Apps Script, browser, node)';
const NO_PACKAGES = ['^[^.]', PORTABLE];
// In src/core node built-ins have their own rule and message (below): not reported twice.
const NO_OTHER_PACKAGES = [`^(?!(node:|(${builtinModules.join('|')})(/|$)))[^.]`, PORTABLE];
const LAYERS = [
  {
    files: ['src/core/**/*.ts'],
    rules: layer([
      [`${up}(gas|cli|shared|emulator|scripts|test)(/|$)`, 'src/core is the bottom layer: it imports only src/core'],
      [`${up}sidebar(/|$)`, 'src/core is the bottom layer: it imports only src/core'],
      NO_OTHER_PACKAGES,
    ]),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: layer([
      [
        `${up}(gas|cli|emulator|scripts|test|sidebar)(/|$)`,
        'src/shared is the RPC contract: it imports only types of src/core',
      ],
      [`${up}core(/|$)`, 'src/shared imports only TYPES of src/core (import type)', true],
      NO_PACKAGES,
    ]),
  },
  {
    files: ['src/gas/**/*.ts'],
    rules: layer([[`${up}(cli|emulator|scripts|test|sidebar)(/|$)`, 'src/gas imports src/core and src/shared only']]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layer([[`${up}(gas|emulator|scripts|test|sidebar)(/|$)`, 'src/cli imports src/core and src/shared only']]),
  },
  {
    files: ['sidebar/**/*.ts'],
    rules: layer([
      [`${up}src/(gas|cli)(/|$)`, 'the sidebar runs in the browser: it calls the server through src/shared/rpc'],
      [`${up}(emulator|scripts|test)(/|$)`, 'the sidebar imports src/shared and the pure formatting of src/core'],
      [`${up}src/core/(?!thai/|errors$)`, 'the sidebar uses only src/core/thai (formatting) and src/core/errors'],
      NO_PACKAGES,
    ]),
  },
  {
    files: ['emulator/**/*.ts'],
    rules: layer([[`${up}(src|sidebar|scripts|test)(/|$)`, 'the emulator (Apps Script fakes) stands alone']]),
  },
  {
    files: ['scripts/**/*.ts'],
    rules: layer([
      [`${up}test(/|$)`, 'scripts (demo, bench, preview) import no test code; samples live in scripts/seed-001.ts'],
    ]),
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-cli/**',
      '.tsbuild/**',
      'node_modules/**',
      'demo-out/**',
      'test-output/**',
      'coverage/**',
    ],
  },
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
        ...[...APPS_SCRIPT_GLOBALS.emulated, ...APPS_SCRIPT_GLOBALS.notEmulated].map((name) => ({
          name,
          message: `src/core is pure: ${name} belongs in an adapter (src/gas).`,
        })),
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
  ...LAYERS,
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js', 'test/**/*.cjs', 'test/**/*.mjs', '*.js', '*.mjs'],
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
