// The layers are enforced: a file importing across a layer boundary fails the lint (eslint.config.mjs,
// LAYERS), and a layer's tsconfig keeps the DOM and Apps Script types out where they do not belong.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness';

const LINT = path.join(__dirname, 'lint-texts.mjs');

/** [file, import line, refused?] */
const CASES: [string, string, boolean][] = [
  // core: only core
  ['src/core/document/probe.ts', "import { MSG } from '../../gas/documents/generate';", true],
  ['src/core/probe.ts', "import type { GenerateResult } from '../shared/rpc';", true],
  ['src/core/probe.ts', "import { main } from '../cli/ita';", true],
  ['src/core/probe.ts', "import { makeFakes } from '../../emulator';", true],
  ['src/core/probe.ts', "import { Document } from 'docx';", true],
  ['src/core/document/probe.ts', "import { placesOf } from './where';", false],
  ['src/core/document/probe.ts', "import { roundTo } from '../thai/numbers';", false],
  // shared: types of core only
  ['src/shared/probe.ts', "import type { Trend } from '../core/analysis/trend';", false],
  ['src/shared/probe.ts', "import { trendOf } from '../core/analysis/trend';", true],
  ['src/shared/probe.ts', "import type { DocSource } from '../gas/documents/source';", true],
  // gas: core and shared
  ['src/gas/documents/probe.ts', "import { writeDocx } from '../../cli/docx/render-docx';", true],
  ['src/gas/probe.ts', "import { makeFakes } from '../../emulator';", true],
  ['src/gas/probe.ts', "import { score } from '../../sidebar/format';", true],
  ['src/gas/documents/probe.ts', "import { MSG } from '../../core/document/messages';", false],
  // cli: core and shared
  ['src/cli/probe.ts', "import { generateKind } from '../gas/documents/generate';", true],
  ['src/cli/probe.ts', "import { score } from '../../sidebar/format';", true],
  ['src/cli/probe.ts', "import { analyze } from '../core/analysis';", false],
  // sidebar: shared, core formatting and errors
  ['sidebar/views/probe.ts', "import { getDashboard } from '../../src/gas/sidebar-api';", true],
  ['sidebar/probe.ts', "import { analyze } from '../src/core/analysis';", true],
  ['sidebar/probe.ts', "import { chromium } from 'playwright-core';", true],
  ['sidebar/probe.ts', "import { formatScore } from '../src/core/thai/numbers';", false],
  ['sidebar/probe.ts', "import { thaiError } from '../src/core/errors';", false],
  ['sidebar/probe.ts', "import type { DashboardDto } from '../src/shared/rpc';", false],
  // emulator: stands alone
  ['emulator/probe.ts', "import { analyze } from '../src/core/analysis';", true],
  // scripts: anything but the tests
  ['scripts/probe.ts', "import { docInput } from '../test/core/document-fixture';", true],
  ['scripts/bench/probe.ts', "import { manyMeasures } from '../../test/gas/documents-setup';", true],
  ['scripts/probe.ts', "import { seed001Input } from './seed-001';", false],
  ['scripts/probe.ts', "import { createFakes } from '../emulator';", false],
];

const lint = (cases: { file: string; code: string }[]): [string | null, string][][] => {
  const r = spawnSync(process.execPath, [LINT], { cwd: ROOT, input: JSON.stringify(cases), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`eslint failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
};

/** A node built-in where no package may be imported: refused as a package. */
const BUILTIN_CASES = [
  { file: 'sidebar/probe.ts', code: "import fs from 'node:fs';\nexport const probe = fs;\n" },
  { file: 'src/shared/probe.ts', code: "import path from 'path';\nexport const probe = path;\n" },
];

// One eslint process for every case of this file (it takes over a second to start).
let caseResults: [string | null, string][][];
let builtinResults: [string | null, string][][];
beforeAll(() => {
  const all = lint([
    ...CASES.map(([file, line]) => ({ file, code: `${line}\nexport const probe = 1;\n` })),
    ...BUILTIN_CASES,
  ]);
  caseResults = all.slice(0, CASES.length);
  builtinResults = all.slice(CASES.length);
});

test('imports across a layer boundary fail the lint; imports within the rules pass', () => {
  const results = caseResults;
  expect(results).toHaveLength(CASES.length);
  const layerErrors = results.map((m) =>
    m.filter(([rule]) => rule === '@typescript-eslint/no-restricted-imports').map(([, msg]) => msg),
  );
  CASES.forEach(([file, line, refused], i) => {
    expect({ file, line, refused: layerErrors[i].length > 0 }).toEqual({ file, line, refused });
    if (refused) expect(layerErrors[i][0]).toContain('docs/architecture.md');
  });
});

test('each layer type-checks with only its own environment (tsc -b tsconfig.layers.json)', () => {
  const read = (dir: string) =>
    JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'tsconfig.json'), 'utf8')) as {
      compilerOptions: { lib: string[]; types: string[] };
    };
  const env = (dir: string) => {
    const c = read(dir).compilerOptions;
    return { dom: c.lib.includes('DOM'), types: c.types };
  };
  expect(env('src/core')).toEqual({ dom: false, types: [] });
  expect(env('src/shared')).toEqual({ dom: false, types: [] });
  expect(env('src/gas')).toEqual({ dom: false, types: ['google-apps-script'] });
  expect(env('src/cli')).toEqual({ dom: false, types: ['node'] });
  expect(env('sidebar')).toEqual({ dom: true, types: [] });
  expect(env('emulator')).toEqual({ dom: false, types: ['google-apps-script', 'node'] });
  const layers = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.layers.json'), 'utf8'));
  expect(layers.references.map((r: { path: string }) => r.path).sort()).toEqual(
    ['emulator', 'sidebar', 'src/cli', 'src/core', 'src/gas', 'src/shared'].sort(),
  );
});

test('a node built-in in the sidebar or shared is refused as a package', () => {
  expect(builtinResults).toHaveLength(BUILTIN_CASES.length);
  for (const m of builtinResults) expect(m.map(([rule]) => rule)).toContain('@typescript-eslint/no-restricted-imports');
});
