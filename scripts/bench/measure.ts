// Measures the service calls of every action at a given size, the add-on's way and the naive way, each on
// its own freshly built workbook (same content), in the order an officer runs them.
import { STATUS_LABELS, colIndex, FIRST_DATA_ROW } from '../../src/core/workbook';
import { computeGaps, highlightWeakQuestions, suggestMeasures } from '../../src/gas/actions';
import { generateDocumentAction } from './doc-actions';
import { naiveComputeGaps, naiveHighlight, naiveSuggest } from './naive-workbook';
import { cellHandles } from './naive-io';
import { BENCH_KINDS, BenchDocKind, naiveGenerate, naiveRegenerate } from './naive-documents';
import { World, buildScenario, tableSheet } from './scenario';
import { menuLabel } from './labels';

export interface BenchRow {
  action: string;
  /** What the officer picks: the add-on menu's label (src/gas/menu.ts), never a copy. */
  label: string;
  rows: number;
  years: number;
  calls: number;
  /** The naive way, strictly one service call per cell read, written and coloured (handles left out). */
  naiveCalls: number;
  /** The naive way, every call the fakes counted (the one-cell getRange handles included). */
  naiveCallsMeasured: number;
}

const KINDS = BENCH_KINDS;
export const ACTIONS = [
  'compute-gaps',
  'highlight',
  'suggest-measures',
  ...KINDS.map((k) => `generate:${k}`),
  'regenerate:results-report (one result changed)',
] as const;

/** The server function (menu item) behind each document kind. */
const DOC_FN: Record<BenchDocKind, string> = {
  'measures-plan': 'generateMeasuresPlan',
  'results-report': 'generateResultsReport',
  'analysis-report': 'generateAnalysisReport',
};

/** The menu label of a benchmark action (regeneration: the same menu item, run again after one edit). */
export function actionLabel(action: string): string {
  if (action === 'compute-gaps') return menuLabel('computeGaps');
  if (action === 'highlight') return menuLabel('highlightWeakQuestions');
  if (action === 'suggest-measures') return menuLabel('suggestMeasures');
  const [verb, kind] = action.replace(/ \(.*\)$/, '').split(':') as [string, BenchDocKind];
  const label = menuLabel(DOC_FN[kind]);
  return verb === 'regenerate' ? `${label} อีกครั้งหลังแก้ผลการดำเนินการ 1 รายการ` : label;
}

/** The officer edits one result (raw: not counted). */
function changeOneResult(world: World): void {
  const sheet = tableSheet(world.fakes, 'results');
  sheet
    .getRange(FIRST_DATA_ROW, colIndex('results', 'done') + 1)
    .setValue('จัดประชุมชี้แจงเจ้าหน้าที่ เมื่อวันที่ 20 ม.ค. 68 (แก้ไข)');
  sheet.getRange(FIRST_DATA_ROW, colIndex('results', 'status') + 1).setValue(STATUS_LABELS.done);
}

interface Counted {
  measured: number;
  handles: number;
}

function count(world: World, run: () => unknown): Counted {
  world.fakes.calls.reset();
  cellHandles.count = 0;
  const out = run() as { ok?: boolean; message?: string } | undefined;
  if (out && out.ok === false) throw new Error(`action failed: ${out.message}`);
  return { measured: world.fakes.calls.total, handles: cellHandles.count };
}

function ours(rows: number, years: number): Counted[] {
  const w = buildScenario(rows, years);
  try {
    return [
      count(w, computeGaps),
      count(w, highlightWeakQuestions),
      count(w, suggestMeasures),
      ...KINDS.map((k) => count(w, () => generateDocumentAction(k))),
      (changeOneResult(w), count(w, () => generateDocumentAction('results-report'))),
    ];
  } finally {
    w.uninstall();
  }
}

function naive(rows: number, years: number): Counted[] {
  const w = buildScenario(rows, years);
  try {
    const ids: Partial<Record<BenchDocKind, string>> = {};
    return [
      count(w, naiveComputeGaps),
      count(w, naiveHighlight),
      count(w, naiveSuggest),
      ...KINDS.map((k) => count(w, () => (ids[k] = naiveGenerate(k)))),
      (changeOneResult(w), count(w, () => naiveRegenerate('results-report', ids['results-report']!))),
    ];
  } finally {
    w.uninstall();
  }
}

/** A row of the add-on's own calls only (what the baseline compares). */
export type OurRow = Omit<BenchRow, 'naiveCalls' | 'naiveCallsMeasured'>;

/** The add-on's calls for every action at a size, without running the naive way (the costly half). */
export function measureOurs(rows: number, years: number): OurRow[] {
  return ours(rows, years).map((c, i) => ({
    action: ACTIONS[i],
    label: actionLabel(ACTIONS[i]),
    rows,
    years,
    calls: c.measured,
  }));
}

export function measure(rows: number, years: number): BenchRow[] {
  const a = measureOurs(rows, years);
  const b = naive(rows, years);
  return a.map((r, i) => ({
    ...r,
    naiveCalls: b[i].measured - b[i].handles,
    naiveCallsMeasured: b[i].measured,
  }));
}
