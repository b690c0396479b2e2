// Where the documents' data comes from: the workbook (through the workbook engineer's readers), as a
// small interface so tests and other callers can pass a DocInput directly.
import type { DocInput } from '../../core/document';
import type { InputIssue, ResultRow, ResultStatus } from '../../core/types';
import { cellText } from '../../core/workbook/cells';
import { STATUS_LABELS, colIndex } from '../../core/workbook/layouts';
import { dataRows, readMeasures, type TableSnapshot } from '../../core/workbook/readers';
import type { ThaiDate } from '../../core/thai';
import { isLoaded, loadAndAnalyse } from '../workbook/inputs';

export type SourceResult = { input: DocInput } | { issues: InputIssue[] };

export interface DocSource {
  load(): SourceResult;
}

const STATUS_BY_LABEL = new Map<string, ResultStatus>(Object.entries(STATUS_LABELS).map(([k, v]) => [v, k as ResultStatus]));

/** Pure: the results table → ResultRow[] (rows without a measure id are skipped). */
export function readResultRows(snap: TableSnapshot): ResultRow[] {
  const k = (key: string) => colIndex('results', key);
  const out: ResultRow[] = [];
  for (const { cells } of dataRows(snap.values)) {
    const t = (key: string) => cellText(cells[k(key)]);
    if (!t('measureId')) continue;
    out.push({
      measureId: t('measureId'),
      status: STATUS_BY_LABEL.get(t('status')) ?? 'not-started',
      done: t('done'),
      outcome: t('outcome'),
      evidence: t('evidence'),
      updatedBy: t('updatedBy'),
      updatedAt: t('updatedAt'),
    });
  }
  return out;
}

/** Today in Bangkok as a Thai (B.E.) date. */
export function todayBangkok(now: Date = new Date()): ThaiDate {
  const [y, m, d] = Utilities.formatDate(now, 'Asia/Bangkok', 'yyyy-MM-dd').split('-').map(Number);
  return { year: y + 543, month: m, day: d };
}

/** The workbook of the active spreadsheet: one read per table. */
export const workbookSource: DocSource = {
  load() {
    const loaded = loadAndAnalyse(['measures', 'results']);
    if (!isLoaded(loaded)) return { issues: loaded.issues };
    const m = loaded.snaps.measures ? readMeasures(loaded.snaps.measures) : { rows: [], issues: [] };
    if (m.issues.length) return { issues: m.issues };
    const input: DocInput = {
      settings: loaded.inputs.settings,
      analysis: loaded.result,
      measures: m.rows.map(({ row: _row, storedFingerprint: _fp, ...rest }) => rest),
      results: loaded.snaps.results ? readResultRows(loaded.snaps.results) : [],
      today: todayBangkok(),
      catalogue: loaded.inputs.catalogue,
      questionScores: loaded.inputs.scores.current.questions,
    };
    return { input };
  },
};
