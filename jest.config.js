/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // ts-jest transpiles file by file because tsconfig.base.json sets isolatedModules (its own option of
  // that name is deprecated and only printed a warning); types are checked by `npm run typecheck`.
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 60000,
  // Tests run in a vm context, where every lookup of a global goes through V8's interceptors: a hot
  // loop calling Math.imul (textHash) ran 16 times slower than in node. Injected into the module
  // wrapper, these are plain local bindings (the same objects). Only built-ins nobody replaces: not
  // Date (fake timers swap it) nor the Apps Script globals the emulator installs per test.
  sandboxInjectedGlobals: ['Math', 'JSON', 'Object', 'Array', 'Number', 'String', 'Map', 'Set', 'RegExp'],
};
