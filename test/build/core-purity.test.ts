// The lint rule that keeps src/core pure: no Apps Script service, no console, no node built-in.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './harness';

const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
}

/** Lints `source` as if it were the file `file` of the project, with the project's config. */
function lint(file: string, source: string): LintMessage[] {
  const r = spawnSync(process.execPath, [ESLINT, '--format', 'json', '--stdin', '--stdin-filename', file], {
    cwd: ROOT,
    input: source,
    encoding: 'utf8',
  });
  if (!r.stdout) throw new Error(`eslint gave no output:\n${r.stderr}`);
  return (JSON.parse(r.stdout) as { messages: LintMessage[] }[])[0].messages;
}

const rules = (messages: LintMessage[]) => messages.map((m) => `${m.line}:${m.ruleId}`);

describe('src/core/** stays pure', () => {
  test('Apps Script services, Logger and console are refused', () => {
    const source = [
      'export function a(): unknown { return SpreadsheetApp.getActive(); }',
      'export function b(): unknown { return PropertiesService.getDocumentProperties(); }',
      'export function c(): void { Logger.log("x"); }',
      'export function d(): void { console.log("x"); }',
      'export function e(): unknown { return Utilities.formatDate(new Date(), "GMT", "yyyy"); }',
      'export function f(): unknown { return Session.getActiveUser(); }',
      '',
    ].join('\n');
    expect(rules(lint('src/core/analysis/probe.ts', source))).toEqual([
      '1:no-restricted-globals',
      '2:no-restricted-globals',
      '3:no-restricted-globals',
      '4:no-restricted-globals',
      '5:no-restricted-globals',
      '6:no-restricted-globals',
    ]);
  });

  test('node built-ins are refused, with and without the node: prefix', () => {
    const source = [
      "import fs from 'fs';",
      "import { join } from 'node:path';",
      "import { spawnSync } from 'child_process';",
      "import { readFile } from 'node:fs/promises';",
      'export const x = [fs, join, spawnSync, readFile];',
      '',
    ].join('\n');
    expect(rules(lint('src/core/intake/probe.ts', source))).toEqual([
      '1:no-restricted-imports',
      '2:no-restricted-imports',
      '3:no-restricted-imports',
      '4:no-restricted-imports',
    ]);
  });

  test('the same code is allowed outside the core (adapters and the CLI)', () => {
    expect(lint('src/gas/probe.ts', 'export function a(): unknown { return SpreadsheetApp.getActive(); }\n')).toEqual(
      [],
    );
    expect(lint('src/cli/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toEqual([]);
  });

  test('core imports of other core modules are fine', () => {
    expect(
      lint('src/core/analysis/probe.ts', "import { round2 } from '../thai';\nexport const x = round2(1);\n"),
    ).toEqual([]);
  });
});
