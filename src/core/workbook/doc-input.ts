// The documents' input (DocInput) from the workbook's tables as read: the ONE mapping used by the
// documents' workbook source, the sidebar's dashboard and the benchmark. Pure.
import type { DocInput } from '../document/model';
import type { AnalysisResult, InputIssue, ResultRow, ResultStatus } from '../types';
import { cellText } from './cells';
import { LAYOUTS, STATUS_LABELS, TableId, colIndex } from './layouts';
import { cellErrorIssues, dataRows, issue, readMeasures, type TableSnapshot } from './readers';
import { xmlSafeStrings } from '../document/text';
import type { WorkbookInputs } from './scores';

const STATUS_BY_LABEL = new Map<string, ResultStatus>(
  (Object.entries(STATUS_LABELS) as [ResultStatus, string][]).map(([k, v]) => [v, k]),
);

/** The officer's cells of a results row: all blank = a row added for a measure, not yet reported. */
const PLACEHOLDER_BLANK = ['status', 'done', 'outcome', 'evidence', 'updatedBy', 'updatedAt'];

/**
 * The results table → ResultRow[] (rows without a measure id, or with nothing but the id and name, are
 * skipped; an unknown status is "not-started").
 */
export function readResultRows(snap: TableSnapshot): ResultRow[] {
  const k = (key: string) => colIndex('results', key);
  const out: ResultRow[] = [];
  for (const { cells } of dataRows(snap.values)) {
    const t = (key: string) => cellText(cells[k(key)]);
    if (!t('measureId')) continue;
    // A row the add-on added for a measure (id and name only, nothing typed yet) is no report.
    if (PLACEHOLDER_BLANK.every((key) => t(key) === '')) continue;
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

/**
 * Issues of the results table that would print wrong text into the results report: a sheet error in a
 * cell (#REF!) and a status that is none of the dropdown's (it used to become ยังไม่เริ่ม silently).
 */
export function resultIssues(snap: TableSnapshot): InputIssue[] {
  const out: InputIssue[] = [];
  const iStatus = colIndex('results', 'status');
  const header = LAYOUTS.results.columns[iStatus].header;
  const allowed = Object.values(STATUS_LABELS);
  for (const { row, cells } of dataRows(snap.values)) {
    if (!cellText(cells[colIndex('results', 'measureId')])) continue;
    const errors = cellErrorIssues(snap, row, cells);
    out.push(...errors);
    const status = cellText(cells[iStatus]);
    if (status !== '' && !errors.some((e) => e.column === iStatus + 1) && !STATUS_BY_LABEL.has(status))
      out.push(
        issue(
          snap.sheet,
          row,
          iStatus + 1,
          header,
          `สถานะ "${status}" ไม่ใช่สถานะที่ใช้ได้ ต้องเป็น ${allowed.map((s) => `"${s}"`).join(', ')} (เลือกจากรายการในเซลล์) หรือเว้นว่าง`,
        ),
      );
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
export function docInputFrom(loaded: AnalysedTables): DocInputResult {
  const m = loaded.snaps.measures ? readMeasures(loaded.snaps.measures) : { rows: [], issues: [] };
  const r = loaded.snaps.results ? resultIssues(loaded.snaps.results) : [];
  if (m.issues.length || r.length) return { issues: [...m.issues, ...r] };
  // Text typed in the sheet goes into documents: characters XML forbids are removed here, once, so the
  // .docx, the Google Doc and the snapshot compared on regeneration all hold the same text.
  return {
    input: {
      settings: xmlSafeStrings(loaded.inputs.settings),
      analysis: loaded.result,
      measures: xmlSafeStrings(m.rows.map(({ row: _row, storedFingerprint: _fp, ...rest }) => rest)),
      results: loaded.snaps.results ? xmlSafeStrings(readResultRows(loaded.snaps.results)) : [],
      catalogue: loaded.inputs.catalogue,
      questionScores: loaded.inputs.scores.current.questions,
    },
  };
}
