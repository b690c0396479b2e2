// The benchmark at small sizes: counts of service calls (never time). Every action of the add-on must use
// the same number of calls at 10 and 100 measure rows, and at least 10 times fewer than the naive way at
// 100 rows. The naive way (one call per cell: seconds at 10 years or 1,000 rows) runs only at 1 year,
// where the comparisons are made; the other sizes measure the add-on's calls alone.
import { readFileSync } from 'node:fs';
import { measure, measureOurs, type BenchRow, type OurRow } from '../../scripts/bench/measure';
import {
  BASELINE_FILE,
  BASELINE_SIZES,
  REFRESH_COMMAND,
  regressionMessage,
  regressions,
  type BaselineRow,
} from '../../scripts/bench/baseline';
import { table } from '../../scripts/bench';
import { MENU, SEPARATOR, type MenuItem } from '../../src/gas/menu';
import { buildScenario } from '../../scripts/bench/scenario';
import { suggestMeasures } from '../../src/gas/actions';

let small: BenchRow[];
let large: BenchRow[];
/** Every baseline size: 10 and 100 rows × 1 and 10 years (the add-on's calls). */
let sized: OurRow[];

beforeAll(() => {
  sized = [];
  for (const years of BASELINE_SIZES.years)
    for (const rows of BASELINE_SIZES.rows)
      sized.push(...(years === 1 ? measure(rows, years) : measureOurs(rows, years)));
  small = sized.filter((r): r is BenchRow => r.rows === 10 && r.years === 1);
  large = sized.filter((r): r is BenchRow => r.rows === 100 && r.years === 1);
  expect([...small, ...large].every((r) => r.naiveCalls > 0)).toBe(true);
});

const REGENERATE = /^regenerate/;
const byAction = <T extends OurRow>(rows: T[]) => new Map(rows.map((r) => [r.action, r]));

test('every action is measured both ways', () => {
  expect(large.map((r) => r.action)).toEqual(small.map((r) => r.action));
  expect(large.length).toBe(7);
  for (const r of large) {
    expect(r.calls).toBeGreaterThan(0);
    expect(r.naiveCalls).toBeGreaterThan(0);
    expect(r).toEqual({
      action: expect.any(String),
      label: expect.any(String),
      rows: 100,
      years: 1,
      calls: expect.any(Number),
      naiveCalls: expect.any(Number),
      naiveCallsMeasured: expect.any(Number),
    });
    // naiveCalls leaves out the one-cell Range handles the fakes also count (see scripts/bench/naive-io.ts).
    expect(r.naiveCalls).toBeLessThan(r.naiveCallsMeasured);
  }
  expect(table(large)).toContain('compute-gaps');
});

test('each action is named by the add-on menu label the officer picks (src/gas/menu.ts MENU)', () => {
  const labels = MENU.filter((e): e is MenuItem => e !== SEPARATOR).map((e) => e.label);
  expect(large.map((r) => r.label)).toEqual([
    'คำนวณส่วนต่างจากค่าเป้าหมาย',
    'เน้นข้อคำถามที่ต่ำกว่าเกณฑ์',
    'เสนอมาตรการ',
    'สร้าง/ปรับปรุงมาตรการใน Google Docs',
    'สร้าง/ปรับปรุงรายงานผลการดำเนินการใน Google Docs',
    'สร้าง/ปรับปรุงรายงานผลการวิเคราะห์ใน Google Docs',
    'สร้าง/ปรับปรุงรายงานผลการดำเนินการใน Google Docs อีกครั้งหลังแก้ผลการดำเนินการ 1 รายการ',
  ]);
  for (const r of large) expect(labels.some((l) => r.label.startsWith(l))).toBe(true);
  expect(table(large)).toContain('เน้นข้อคำถามที่ต่ำกว่าเกณฑ์');
});

test('the naive way grows with rows (so the comparison is meaningful)', () => {
  const s = byAction(small);
  for (const r of large.filter((x) => x.action.startsWith('generate') || x.action === 'suggest-measures')) {
    expect(r.naiveCalls).toBeGreaterThan(s.get(r.action)!.naiveCalls + 90 * 2);
  }
});

test('calls are flat in rows for compute, highlight, suggest and document generation', () => {
  const s = byAction(small);
  for (const r of large.filter((x) => !REGENERATE.test(x.action))) {
    expect({ action: r.action, calls: r.calls }).toEqual({ action: r.action, calls: s.get(r.action)!.calls });
  }
});

test('at least 10 times fewer calls than naive at 100 rows (compute, highlight, suggest, generate)', () => {
  for (const r of large.filter((x) => !REGENERATE.test(x.action))) {
    expect({ action: r.action, tenfold: r.naiveCalls >= 10 * r.calls }).toEqual({ action: r.action, tenfold: true });
  }
});

// Regeneration reads the live Google Doc lazily (its shape, then only the rows the change touches), so its
// calls are flat in rows too (it was the known gap: 434 / 1,694 / 14,294 calls at 10 / 100 / 1,000 rows).
test('regenerate with one change: flat in rows', () => {
  const s = byAction(small);
  const r = large.find((x) => REGENERATE.test(x.action))!;
  expect(r.calls).toBe(s.get(r.action)!.calls);
});
test('regenerate with one change: at least 10 times fewer calls than naive at 100 rows', () => {
  const r = large.find((x) => REGENERATE.test(x.action))!;
  expect(r.naiveCalls).toBeGreaterThanOrEqual(10 * r.calls);
});

// The committed baseline: a change that makes any action use more service calls fails here, with how to
// refresh the baseline when the increase is deliberate.
describe('baseline of service calls (test/bench/baseline.json)', () => {
  const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as BaselineRow[];

  test('holds every action at 10 and 100 rows, 1 and 10 years', () => {
    expect(baseline).toHaveLength(7 * 4);
    expect(new Set(baseline.map((b) => `${b.rows}/${b.years}`))).toEqual(new Set(['10/1', '100/1', '10/10', '100/10']));
  });

  test('no action uses more calls than its baseline', () => {
    const found = regressions(sized, baseline);
    if (found.length) throw new Error(regressionMessage(found));
  });

  test('the check itself: one call more than the baseline fails, with the refresh command in the message', () => {
    const worse = sized.map((r, i) => (i === 2 ? { ...r, calls: r.calls + 1 } : r));
    const base = sized.map(({ action, rows, years, calls }) => ({ action, rows, years, calls, naiveCalls: 0 }));
    expect(regressions(sized, base)).toEqual([]);
    const found = regressions(worse, base);
    expect(found).toEqual([
      `${sized[2].action} @ ${sized[2].rows} rows, ${sized[2].years} years: ${sized[2].calls} → ${sized[2].calls + 1} calls (+1)`,
    ]);
    expect(regressionMessage(found)).toContain(REFRESH_COMMAND);
    expect(REFRESH_COMMAND).toBe('npm run bench -- --json --write-baseline');
    // Fewer calls is never a failure; a size or action missing on either side is.
    expect(
      regressions(
        sized.map((r) => ({ ...r, calls: r.calls - 1 })),
        base,
      ),
    ).toEqual([]);
    expect(regressions(sized.slice(1), base)).toEqual([
      `${sized[0].action} @ ${sized[0].rows} rows, ${sized[0].years} years: in the baseline but no longer measured`,
    ]);
  });
});

// 1,000 measure rows and 10 years of history (counts only). The template's sheets have 1,000 rows, so at
// 1,000 measure rows suggest must grow the measures sheet before writing below the last row, and the
// results sheet before adding the rows of the new measures: one insertRowsAfter each, the only calls
// allowed to depend on size. Everything else is exactly as at 10 rows.
const SHEET_GROWTH_CALLS = 2;

describe('1,000 rows, 10 years', () => {
  let huge: OurRow[];
  beforeAll(() => {
    huge = measureOurs(1000, 10);
  });

  test('every action uses exactly the calls it uses at 10 rows; suggest exactly two more (two sheets grow)', () => {
    const at10 = byAction(sized.filter((r) => r.rows === 10 && r.years === 10));
    expect(huge.map((r) => r.action)).toEqual([...at10.keys()]);
    for (const r of huge) {
      const allowance = r.action === 'suggest-measures' ? SHEET_GROWTH_CALLS : 0;
      expect({ action: r.action, calls: r.calls }).toEqual({
        action: r.action,
        calls: at10.get(r.action)!.calls + allowance,
      });
    }
  });

  test('the extra calls of suggest are Sheet.insertRowsAfter', () => {
    const w = buildScenario(1000, 10);
    try {
      w.fakes.calls.reset();
      expect(suggestMeasures().ok).toBe(true);
      expect(w.fakes.calls.by('Sheet.insertRowsAfter')).toBe(SHEET_GROWTH_CALLS);
    } finally {
      w.uninstall();
    }
  });

  test('history does not cost calls: 10 years use what 1 year uses, at 10 and 100 rows', () => {
    for (const rows of BASELINE_SIZES.rows) {
      const one = byAction(sized.filter((r) => r.rows === rows && r.years === 1));
      for (const r of sized.filter((x) => x.rows === rows && x.years === 10)) {
        expect({ action: r.action, rows, calls: r.calls }).toEqual({
          action: r.action,
          rows,
          calls: one.get(r.action)!.calls,
        });
      }
    }
  });
});
