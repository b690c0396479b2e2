#!/usr/bin/env node
// The `ita` command: runs the TypeScript sources through tsx (no build step needed).
'use strict';
require('tsx/cjs');
const { main } = require('../src/cli/ita.ts');

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (err) => {
    process.stderr.write(`ita: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);
