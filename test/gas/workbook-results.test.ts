// The results sheet's "มาตรการ" column (computed, grey, protected) is filled from the measures by id when
// computing or suggesting, in one write, touching no other cell.
import { computeGaps, suggestMeasures } from '../../src/gas/actions';
import { colIndex, headers, readResultRows, STATUS_LABELS, UNKNOWN_MEASURE_ID } from '../../src/core/workbook';
import { tableSheet, type World } from '../../scripts/bench/scenario';
import { scenarioEach } from '../support/fakes';

let world: World;
scenarioEach((w) => (world = w), 4, 1);

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

describe('a results row for every measure', () => {
  const ids = (rows: unknown[][]) =>
    rows
      .slice(1)
      .map((r) => String(r[0]))
      .filter(Boolean);

  test('suggest adds a row (id and name) for each measure without one, once, keeping typed rows', () => {
    const f = world.fakes;
    const results = tableSheet(f, 'results');
    results.getRange(3, 4).setValue('พิมพ์ไว้เอง'); // the officer's text on M002's row
    const before = results.getDataRange().getValues();
    f.calls.reset();
    expect(suggestMeasures().ok).toBe(true);
    const measureIds = ids(tableSheet(f, 'measures').getDataRange().getValues());
    expect(measureIds.length).toBeGreaterThan(4); // suggest added measures
    const after = results.getDataRange().getValues();
    expect(ids(after).sort()).toEqual([...measureIds].sort()); // every measure, none twice
    // Typed rows untouched (only the computed name column is filled).
    const typed = (row: unknown[]) => row.filter((_, j) => j !== iName);
    before.forEach((row, i) => expect(typed(after[i])).toEqual(typed(row)));
    expect(after[2][3]).toBe('พิมพ์ไว้เอง');
    const measures = tableSheet(f, 'measures').getDataRange().getValues();
    for (const r of after.slice(before.length)) {
      expect(r[iName]).toBe(measures.find((m) => m[0] === r[0])![1]);
      expect(r.slice(2).every((v) => v === '')).toBe(true); // status and the rest left to the officer
    }
    // The rows in one write, the dropdown in one call over the whole data block.
    expect(f.calls.by('Range.setDataValidation')).toBe(1);
    const iStatus = colIndex('results', 'status');
    const validations = results.inspect().validations;
    for (let r = 2; r <= after.length; r++) {
      expect(validations[r - 1][iStatus]).toMatchObject({
        criteria: 'VALUE_IN_LIST',
        values: [Object.values(STATUS_LABELS), true],
      });
    }
    // Again, and compute: nothing added, nothing written to the results sheet.
    f.calls.reset();
    expect(suggestMeasures().ok).toBe(true);
    expect(computeGaps().ok).toBe(true);
    expect(results.getDataRange().getValues()).toEqual(after);
    expect(f.calls.by('Range.setDataValidation')).toBe(0);
  });

  test('compute adds the rows of measures typed by hand; ids match without case or spaces', () => {
    const f = world.fakes;
    const measures = tableSheet(f, 'measures');
    measures.getRange(6, 1, 2, 2).setValues([
      ['M005', 'มาตรการพิมพ์เอง'],
      ['m001', 'ซ้ำกับ M001'],
    ]);
    const results = tableSheet(f, 'results');
    const before = results.getDataRange().getValues();
    expect(computeGaps().ok).toBe(true);
    const after = results.getDataRange().getValues();
    expect(after.length).toBe(before.length + 1);
    expect(after[after.length - 1].slice(0, 2)).toEqual(['M005', 'มาตรการพิมพ์เอง']);
  });

  test('an added row with nothing typed is not reported in the documents', () => {
    const snap = { sheet: 'ผลการดำเนินการ', values: [headers('results'), ['M001', 'ก', '', '', '', '', '', '']] };
    expect(readResultRows(snap as never)).toEqual([]);
    snap.values[1][2] = STATUS_LABELS['not-started'];
    expect(readResultRows(snap as never).map((r) => r.status)).toEqual(['not-started']);
  });
});
