// The benchmark at small sizes: counts of service calls (never time). Every action of the add-on must use
// the same number of calls at 10 and 100 measure rows, and at least 10 times fewer than the naive way at
// 100 rows.
import { measure, type BenchRow } from '../../scripts/bench/measure';
import { table } from '../../scripts/bench';

let small: BenchRow[];
let large: BenchRow[];

beforeAll(() => {
  small = measure(10, 1);
  large = measure(100, 1);
});

const REGENERATE = /^regenerate/;
const byAction = (rows: BenchRow[]) => new Map(rows.map((r) => [r.action, r]));

test('every action is measured both ways', () => {
  expect(large.map((r) => r.action)).toEqual(small.map((r) => r.action));
  expect(large.length).toBe(7);
  for (const r of large) {
    expect(r.calls).toBeGreaterThan(0);
    expect(r.naiveCalls).toBeGreaterThan(0);
    expect(r).toEqual({ action: expect.any(String), rows: 100, years: 1, calls: expect.any(Number), naiveCalls: expect.any(Number), naiveCallsMeasured: expect.any(Number) });
    // naiveCalls leaves out the one-cell Range handles the fakes also count (see scripts/bench/naive-io.ts).
    expect(r.naiveCalls).toBeLessThan(r.naiveCallsMeasured);
  }
  expect(table(large)).toContain('compute-gaps');
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
