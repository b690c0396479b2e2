// The documents' input (DocInput) from the workbook's tables as read: the ONE mapping used by the
// documents' workbook source, the sidebar's dashboard and the benchmark. Pure.
import type { DocInput } from '../document/model';
import type { ThaiDate } from '../thai';
import type { AnalysisResult, InputIssue, ResultRow, ResultStatus } from '../types';
import { cellText } from './cells';
import { STATUS_LABELS, TableId, colIndex } from './layouts';
import { dataRows, readMeasures, type TableSnapshot } from './readers';
import type { WorkbookInputs } from './scores';

const STATUS_BY_LABEL = new Map<string, ResultStatus>(
  (Object.entries(STATUS_LABELS) as [ResultStatus, string][]).map(([k, v]) => [v, k]),
);

/** The results table → ResultRow[] (rows without a measure id are skipped; an unknown status is "not-started"). */
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

/** The workbook as read and analysed (what the Apps Script loader and the benchmark both have). */
export interface AnalysedTables {
  inputs: WorkbookInputs;
  result: AnalysisResult;
  snaps: Partial<Record<TableId, TableSnapshot>>;
}

export type DocInputResult = { input: DocInput } | { issues: InputIssue[] };

/** DocInput from the analysed inputs plus the measures and results tables (an absent table = no rows). */
export function docInputFrom(loaded: AnalysedTables, today: ThaiDate): DocInputResult {
  const m = loaded.snaps.measures ? readMeasures(loaded.snaps.measures) : { rows: [], issues: [] };
  if (m.issues.length) return { issues: m.issues };
  return {
    input: {
      settings: loaded.inputs.settings,
      analysis: loaded.result,
      measures: m.rows.map(({ row: _row, storedFingerprint: _fp, ...rest }) => rest),
      results: loaded.snaps.results ? readResultRows(loaded.snaps.results) : [],
      today,
      catalogue: loaded.inputs.catalogue,
      questionScores: loaded.inputs.scores.current.questions,
    },
  };
}
