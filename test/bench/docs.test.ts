// BENCHMARKS.md and docs/benchmark-and-demo.md against the code: the table's numbers are the committed
// baseline's (regenerate with `npm run bench -- --markdown` when the baseline is refreshed), and the
// actions are named by the add-on menu's labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_FILE, type BaselineRow } from '../../scripts/bench/baseline';
import { MENU, SEPARATOR, type MenuItem } from '../../src/gas/menu';

const ROOT = join(__dirname, '..', '..');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const LABELS = MENU.filter((e): e is MenuItem => e !== SEPARATOR).map((e) => e.label);

interface MdRow {
  label: string;
  action: string;
  rows: number;
  years: number;
  calls: number;
  naiveCalls: number;
}

function benchmarkRows(): MdRow[] {
  return read('BENCHMARKS.md')
    .split('\n')
    .map((l) => l.split('|').map((c) => c.trim()))
    .filter((c) => c.length === 9 && /^\d+$/.test(c[3]))
    .map((c) => ({
      label: c[1],
      action: c[2],
      rows: Number(c[3]),
      years: Number(c[4]),
      calls: Number(c[5]),
      naiveCalls: Number(c[6]),
    }));
}

test('BENCHMARKS.md: the table covers 10, 100, 1,000 rows × 1, 10 years and agrees with test/bench/baseline.json', () => {
  const rows = benchmarkRows();
  expect(rows).toHaveLength(7 * 6);
  const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as BaselineRow[];
  const stale = baseline.filter((b) => {
    const r = rows.find((x) => x.action === b.action && x.rows === b.rows && x.years === b.years);
    return !r || r.calls !== b.calls || r.naiveCalls !== b.naiveCalls;
  });
  if (stale.length) {
    throw new Error(
      `BENCHMARKS.md is out of date for ${stale.map((b) => `${b.action} @ ${b.rows}/${b.years}`).join(', ')}: regenerate its table with \`npm run bench -- --markdown\``,
    );
  }
});

test('BENCHMARKS.md names each action by its menu label', () => {
  for (const r of benchmarkRows())
    expect({ label: r.label, isMenu: LABELS.some((l) => r.label.startsWith(l)) }).toEqual({
      label: r.label,
      isMenu: true,
    });
});

test('docs/benchmark-and-demo.md: the demo steps by their menu labels, no old names', () => {
  const doc = read('docs/benchmark-and-demo.md');
  for (const fn of [
    'setupTemplate',
    'showImportDialog',
    'computeGaps',
    'highlightWeakQuestions',
    'suggestMeasures',
    'generateMeasuresPlan',
    'generateResultsReport',
    'generateAnalysisReport',
  ]) {
    const label = (MENU.find((e) => e !== SEPARATOR && e.fn === fn) as MenuItem).label;
    expect({ fn, mentioned: doc.includes(label) }).toEqual({ fn, mentioned: true });
  }
  for (const old of ['คำนวณช่องว่างคะแนน', 'ไฮไลต์ข้อคำถาม', ') (created)', 'สร้างเอกสาร มาตรการ'])
    expect(doc).not.toContain(old);
});
