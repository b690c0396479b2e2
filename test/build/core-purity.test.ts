// The lint rule that keeps src/core pure: no Apps Script service, no console, no node built-in.
// Every probe is linted in ONE eslint process (test/build/lint-texts.mjs), before the tests read them.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './harness';

interface LintMessage {
  ruleId: string | null;
  line: number;
}

const probes: { file: string; code: string }[] = [];
let results: LintMessage[][] = [];

/** Registers a probe now; its messages are there once beforeAll has linted every probe. */
function lint(file: string, code: string): () => LintMessage[] {
  const i = probes.push({ file, code }) - 1;
  return () => results[i];
}

beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'lint-texts.mjs'), '--with-lines'], {
    cwd: ROOT,
    input: JSON.stringify(probes),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`eslint failed:\n${r.stderr}`);
  results = JSON.parse(r.stdout);
});

const rules = (messages: () => LintMessage[]) => messages().map((m) => `${m.line}:${m.ruleId}`);

const services = lint(
  'src/core/analysis/probe.ts',
  [
    'export function a(): unknown { return SpreadsheetApp.getActive(); }',
    'export function b(): unknown { return PropertiesService.getDocumentProperties(); }',
    'export function c(): void { Logger.log("x"); }',
    'export function d(): void { console.log("x"); }',
    'export function e(): unknown { return Utilities.formatDate(new Date(), "GMT", "yyyy"); }',
    'export function f(): unknown { return Session.getActiveUser(); }',
    '',
  ].join('\n'),
);
const builtins = lint(
  'src/core/intake/probe.ts',
  [
    "import fs from 'fs';",
    "import { join } from 'node:path';",
    "import { spawnSync } from 'child_process';",
    "import { readFile } from 'node:fs/promises';",
    'export const x = [fs, join, spawnSync, readFile];',
    '',
  ].join('\n'),
);
const inGas = lint('src/gas/probe.ts', 'export function a(): unknown { return SpreadsheetApp.getActive(); }\n');
const inCli = lint('src/cli/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n");
const coreToCore = lint(
  'src/core/analysis/probe.ts',
  "import { round2 } from '../thai';\nexport const x = round2(1);\n",
);

describe('src/core/** stays pure', () => {
  test('Apps Script services, Logger and console are refused', () => {
    expect(rules(services)).toEqual([
      '1:no-restricted-globals',
      '2:no-restricted-globals',
      '3:no-restricted-globals',
      '4:no-restricted-globals',
      '5:no-restricted-globals',
      '6:no-restricted-globals',
    ]);
  });

  test('node built-ins are refused, with and without the node: prefix', () => {
    expect(rules(builtins)).toEqual([
      '1:no-restricted-imports',
      '2:no-restricted-imports',
      '3:no-restricted-imports',
      '4:no-restricted-imports',
    ]);
  });

  test('the same code is allowed outside the core (adapters and the CLI)', () => {
    expect(inGas()).toEqual([]);
    expect(inCli()).toEqual([]);
  });

  test('core imports of other core modules are fine', () => {
    expect(coreToCore()).toEqual([]);
  });
});
