// Preloaded by test/cli/analyze.test.ts: any attempt to load a TypeScript loader throws, so a process
// that still needs one (bin/ita.js before the CLI was bundled) fails.
'use strict';
const Module = require('module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (/^(tsx|ts-node)(\/|$)/.test(request)) throw new Error(`TypeScript loader "${request}" loaded at run time`);
  return resolve.call(this, request, ...rest);
};
