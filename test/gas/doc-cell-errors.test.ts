// Issue 14, point 12: a sheet error in a measure or result cell, or a status none of the dropdown's, is a
// located Thai error (never "#N/A" printed in a Google Doc, never a silent ยังไม่เริ่ม); a part-2 score on
// a one-part question gets a warning with its cell.
import { tableSheet, type World } from '../../scripts/bench/scenario';
import { setCellError } from '../../emulator';
import { generateDocument } from '../../src/gas/document-actions';
import { computeGaps } from '../../src/gas/actions';
import { colIndex, columnLetter, FIRST_DATA_ROW, LAYOUTS } from '../../src/core/workbook';
import { scenarioEach } from '../support/fakes';

let world: World;
scenarioEach((w) => (world = w), 6, 1);

const a1 = (table: 'measures' | 'results', key: string, row = FIRST_DATA_ROW) =>
  `${columnLetter(colIndex(table, key) + 1)}${row}`;

it('#N/A in a measure name: the plan is refused naming the sheet, row and column; no doc', () => {
  setCellError(tableSheet(world.fakes, 'measures'), a1('measures', 'measure'), '#N/A');
  const files = world.fakes.drive.files.size;
  const r = generateDocument('measures-plan');
  expect(r.ok).toBe(false);
  expect(r.message).toContain(
    `ชีต "${LAYOUTS.measures.sheetName}" แถวที่ ${FIRST_DATA_ROW} คอลัมน์ ${a1('measures', 'measure').replace(/\d+$/, '')}`,
  );
  expect(r.message).toContain('#N/A');
  expect(world.fakes.drive.files.size).toBe(files);
});

it('#REF! in a result: the results report is refused with its cell', () => {
  setCellError(tableSheet(world.fakes, 'results'), a1('results', 'outcome'), '#REF!');
  const r = generateDocument('results-report');
  expect(r.ok).toBe(false);
  expect(r.message).toContain(`ชีต "${LAYOUTS.results.sheetName}" แถวที่ ${FIRST_DATA_ROW}`);
  expect(r.message).toContain('#REF!');
});

it('an unknown status is an error naming it, not ยังไม่เริ่ม', () => {
  tableSheet(world.fakes, 'results')
    .getRange(FIRST_DATA_ROW, colIndex('results', 'status') + 1)
    .setValue('เสร็จแล้วครับ');
  const r = generateDocument('results-report');
  expect(r.ok).toBe(false);
  expect(r.message).toContain('สถานะ "เสร็จแล้วครับ" ไม่ใช่สถานะที่ใช้ได้');
});

it('a part-2 score for a one-part question is named in a warning', () => {
  const sheet = tableSheet(world.fakes, 'questionScores');
  const values = sheet.getDataRange().getValues();
  const i = values.findIndex((r) => r[colIndex('questionScores', 'code')] === 'i1');
  expect(i).toBeGreaterThan(0);
  sheet.getRange(i + 1, colIndex('questionScores', 'score2') + 1).setValue(77);
  const r = computeGaps();
  expect(JSON.stringify(r)).toContain('ข้อ i1 ปี 2567 มีคะแนนส่วนเดียว คะแนนส่วนที่ 2 (77) จึงไม่ถูกใช้');
});
