// The documents log's internal columns (data hash, snapshot cells, PDF file id) are hidden from the
// officer: when the log is written and at setup, each in one hideColumns over the run, never one per column.
import { internalColumnRuns, DOCUMENTS_COLUMNS, INTERNAL_COLUMN_KEYS } from '../../src/core/document/log-entries';
import { generateKind } from '../../src/gas/documents/generate';
import { runSetup } from '../../src/gas/workbook/setup';
import { docInput } from '../core/document-fixture';
import { tableSheet, type World } from '../../scripts/bench/scenario';
import { changeableSource } from './documents-setup';
import { scenarioEach } from '../support/fakes';

let world: World;
scenarioEach((w) => (world = w), 4, 1);

const internalHeaders = DOCUMENTS_COLUMNS.filter((c) => INTERNAL_COLUMN_KEYS.includes(c.key)).map((c) => c.header);

function hiddenHeaders(): { hidden: string[]; shown: string[] } {
  const sheet = tableSheet(world.fakes, 'documents');
  const header = sheet.getDataRange().getValues()[0].map(String);
  const hidden = header.filter((_, i) => sheet.isColumnHiddenByUser(i + 1));
  return { hidden, shown: header.filter((h) => !hidden.includes(h)) };
}

test('writing the log hides exactly its internal columns, in one call', () => {
  const f = world.fakes;
  f.calls.reset();
  expect(generateKind('announcement', changeableSource(docInput()))).toMatchObject({ ok: true });
  const { hidden, shown } = hiddenHeaders();
  expect(hidden.sort()).toEqual([...internalHeaders].sort());
  for (const h of ['ประเภทเอกสาร', 'ชื่อเอกสาร', 'ลิงก์', 'ฉบับที่', 'สร้าง/ปรับปรุงเมื่อ']) expect(shown).toContain(h);
  expect(f.calls.log.filter((c) => c === 'Sheet.hideColumns').length).toBe(1);
});

test('setup hides them again when an officer showed them, in one call', () => {
  const f = world.fakes;
  generateKind('announcement', changeableSource(docInput()));
  const sheet = tableSheet(f, 'documents');
  sheet.showColumns(1, sheet.getMaxColumns());
  expect(hiddenHeaders().hidden).toEqual([]);
  f.calls.reset();
  expect(runSetup().ok).toBe(true);
  expect(hiddenHeaders().hidden.sort()).toEqual([...internalHeaders].sort());
  expect(f.calls.log.filter((c) => c === 'Sheet.hideColumns').length).toBe(1);
});

test('runs follow the header text wherever the columns were moved', () => {
  const [a, b, c] = internalHeaders;
  expect(internalColumnRuns(['ชื่อเอกสาร', a, b, 'ลิงก์', c])).toEqual([
    [2, 2],
    [5, 1],
  ]);
  expect(internalColumnRuns(['ชื่อเอกสาร', 'ลิงก์'])).toEqual([]);
});
