// The results sheet's "มาตรการ" column (computed, grey, protected) is filled from the measures by id when
// computing or suggesting, in one write, touching no other cell.
import { computeGaps, suggestMeasures } from '../../src/gas/actions';
import { colIndex, UNKNOWN_MEASURE_ID } from '../../src/core/workbook';
import { buildScenario, tableSheet, type World } from '../../scripts/bench/scenario';

let world: World;
beforeEach(() => {
  world = buildScenario(4, 1);
});
afterEach(() => world.uninstall());

const iName = colIndex('results', 'measure');

test('compute fills the measure names by id, writes only that column, once', () => {
  const f = world.fakes;
  const results = tableSheet(f, 'results');
  results.getRange(6, 1).setValue('M999'); // an id not in the measures table
  const before = results.inspect();
  f.calls.reset();
  expect(computeGaps().ok).toBe(true);
  const after = results.inspect();
  const measures = tableSheet(f, 'measures').getDataRange().getValues();
  for (let r = 2; r <= 5; r++) {
    const id = after.values[r - 1][0];
    expect(after.values[r - 1][iName]).toBe(measures.find((m) => m[0] === id)![1]);
  }
  expect(after.values[5][iName]).toBe(UNKNOWN_MEASURE_ID('M999'));
  // Only the measure column changed.
  after.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (j !== iName) expect(v).toEqual(before.values[i]?.[j] ?? '');
    }),
  );
  expect(f.calls.log.filter((c) => c === 'Range.setValues').length).toBe(2); // the analysis + this column
  // Again: nothing to change, no write to the results sheet.
  f.calls.reset();
  computeGaps();
  expect(f.calls.log.filter((c) => c === 'Range.setValues').length).toBe(1);
});

test('suggest fills the names of rows it just appended; formula-like names stay text', () => {
  const f = world.fakes;
  const measures = tableSheet(f, 'measures');
  measures.getRange(2, 2).setValue("'=แก้ไขคู่มือ");
  measures.getRange(3, 2).setValue("'-ลดขั้นตอน");
  const results = tableSheet(f, 'results');
  results.getRange(6, 1).setValue('M05'); // the first row suggest will add (after M001–M004)
  expect(suggestMeasures().ok).toBe(true);
  const v = results.getDataRange().getValues();
  expect(v[1][iName]).toBe('=แก้ไขคู่มือ');
  expect(results.getRange(2, iName + 1).getFormula()).toBe('');
  expect(v[2][iName]).toBe('-ลดขั้นตอน');
  expect(results.getRange(3, iName + 1).getFormula()).toBe('');
  const m5 = measures
    .getDataRange()
    .getValues()
    .find((r) => r[0] === 'M05')!;
  expect(v[5][iName]).toBe(m5[1]);
});
