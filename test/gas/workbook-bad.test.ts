// Bad input found by review: each refused with a Thai message naming the sheet (and row, column), and
// compute, highlight and suggest leave the whole spreadsheet exactly as it was.
import { computeGaps, suggestMeasures } from '../../src/gas/actions';
import { buildScenario, tableSheet, type World } from '../../scripts/bench/scenario';
import type { Fakes } from '../fakes';

let world: World;
beforeEach(() => {
  world = buildScenario(3, 2);
});
afterEach(() => world.uninstall());

const inspect = (f: Fakes) => JSON.stringify({ sheets: f.spreadsheet.inspect(), order: f.spreadsheet._sheets.map((s) => s.getName()) });

describe('merged cells in the output tables', () => {
  test.each([
    ['analysis', 'ผลวิเคราะห์'],
    ['measures', 'มาตรการ'],
  ] as const)('merged cells in %s are reported (sheet + range) and nothing is written', (table, sheetName) => {
    const f = world.fakes;
    tableSheet(f, table).getRange(3, 2, 2, 1).merge();
    if (table === 'analysis') {
      const before = inspect(f);
      const r = computeGaps();
      expect(r.ok).toBe(false);
      expect(r.message).toContain(`ชีต "${sheetName}" ช่วง B3:B4: มีการผสานเซลล์`);
      expect(inspect(f)).toBe(before);
      return;
    }
    const before = inspect(f);
    const r = suggestMeasures();
    expect(r.ok).toBe(false);
    expect(r.message).toContain(`ชีต "${sheetName}" ช่วง B3:B4: มีการผสานเซลล์`);
    expect(inspect(f)).toBe(before);
  });
});
