// Issue 14, point 10: what an officer typed is never overwritten — a note below the ผลวิเคราะห์ table
// (compute), formulas in มาตรการ that evaluate to "" (suggest), a colour set on a score cell (highlight).
import { tableSheet, type World } from '../../scripts/bench/scenario';
import { setFormulaResult } from '../../emulator';
import { computeGaps, highlightWeakQuestions, suggestMeasures } from '../../src/gas/actions';
import { colIndex, FIRST_DATA_ROW } from '../../src/core/workbook';
import { scenarioEach } from '../support/fakes';

let world: World;
scenarioEach((w) => (world = w), 2, 1);

it('compute keeps a note typed below the analysis table', () => {
  const sheet = tableSheet(world.fakes, 'analysis');
  const noteRow = 40; // well below the 14 rows of the analysis
  computeGaps();
  sheet.getRange(noteRow, 1).setValue('หมายเหตุ: ผู้บริหารรับทราบแล้ว');
  expect(computeGaps().ok).toBe(true);
  expect(sheet.getRange(noteRow, 1).getValue()).toBe('หมายเหตุ: ผู้บริหารรับทราบแล้ว');
});

it('suggest appends below officer formulas that evaluate to "" (never over them)', () => {
  const sheet = tableSheet(world.fakes, 'measures');
  const last = sheet.getLastRow();
  const a1 = `B${last + 1}`;
  sheet.getRange(a1).setFormula('=IF(A1="","","")');
  setFormulaResult(sheet, a1, '');
  const r = suggestMeasures();
  expect(r.ok).toBe(true);
  expect(r.message).toContain('เพิ่มมาตรการที่แนะนำ');
  expect(sheet.getRange(a1).getFormula()).toBe('=IF(A1="","","")');
});

it('highlight keeps a background an officer set on a score cell', () => {
  const sheet = tableSheet(world.fakes, 'questionScores');
  const cell = sheet.getRange(FIRST_DATA_ROW, colIndex('questionScores', 'score1') + 1);
  cell.setBackground('#ff00ff');
  expect(highlightWeakQuestions().ok).toBe(true);
  expect(cell.getBackground()).toBe('#ff00ff');
});
