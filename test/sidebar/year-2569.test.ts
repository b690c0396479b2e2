// The sidebar on a 2569 workbook: the document kinds carry the 2569 items (o25, o26), and nothing the
// dashboard returns names an OIT item above o26 (the 2569 list has 26 items).
import * as fs from 'fs';
import * as path from 'path';
import { createFakes, dumpSheet, installFakes, rangeOf } from '../../emulator';
import { confirmImport, runCompute, runSetup, textHash } from '../../src/gas/workbook';
import { getDashboard } from '../../src/gas/sidebar-api';

const SAMPLE = path.join(__dirname, '../../examples/sample-2569.txt');

function setSetting(fakes: ReturnType<typeof createFakes>, label: string, value: unknown): void {
  const sheet = fakes.spreadsheet.getSheets().find((s) => dumpSheet(s)[0]?.[0] === 'รายการ')!;
  const row = dumpSheet(sheet).findIndex((r) => r[0] === label);
  rangeOf(sheet, `B${row + 1}`).setValue(value);
}

test('2569: document kinds name o25/o26 and no output names an item above o26', () => {
  const fakes = createFakes();
  installFakes(fakes);
  expect(runSetup(new Date(2026, 11, 1)).ok).toBe(true);
  setSetting(fakes, 'ปีการประเมิน ITA (พ.ศ.)', 2569);
  expect(runSetup(new Date(2026, 11, 1)).ok).toBe(true);
  const text = fs.readFileSync(SAMPLE, 'utf8');
  const imported = confirmImport(text, false, textHash(text));
  expect(imported.ok).toBe(true);
  expect(runCompute().ok).toBe(true);
  const d = getDashboard();
  expect(d.ok).toBe(true);
  expect(d.year).toBe(2569);
  const label = (kind: string) => d.documentKinds.find((k) => k.kind === kind)!.label;
  expect(label('measures-plan')).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส (o25)');
  expect(label('results-report')).toBe('รายงานผลการดำเนินการตามมาตรการ (o26)');
  const codes = [...JSON.stringify(d).matchAll(/\bo(\d+)\b/g)].map((m) => Number(m[1]));
  expect(codes.length).toBeGreaterThan(0);
  expect(Math.max(...codes)).toBeLessThanOrEqual(26);
  expect(d.weakQuestions.find((q) => q.code === 'e2')!.oitRefs).toEqual(['o10', 'o8', 'o9']);
});

test('2568 with no code typed: the kinds say the item number is not confirmed', () => {
  const fakes = createFakes();
  installFakes(fakes);
  expect(runSetup(new Date(2025, 11, 1)).ok).toBe(true);
  setSetting(fakes, 'ปีการประเมิน ITA (พ.ศ.)', 2568);
  expect(runSetup(new Date(2025, 11, 1)).ok).toBe(true);
  const text = fs
    .readFileSync(SAMPLE, 'utf8')
    .replace('พ.ศ. 2569', 'พ.ศ. 2568')
    .replace(/^ข้อ o(19|24|25|26)\t.*\n/gm, '');
  expect(confirmImport(text, false, textHash(text)).ok).toBe(true);
  const d = getDashboard();
  expect(d.documentKinds.find((k) => k.kind === 'measures-plan')!.label).toBe(
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใส (ข้อ OIT ยังไม่ยืนยัน)',
  );
  setSetting(fakes, 'ข้อ OIT ของมาตรการ', 'o27');
  expect(getDashboard().documentKinds.find((k) => k.kind === 'measures-plan')!.label).toBe(
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใส (o27)',
  );
});
