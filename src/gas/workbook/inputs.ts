// Reading the workbook's inputs for compute, highlight and suggest: one getValues per table.
import { analyze } from '../../core/analysis';
import { AnalysisResult, InputIssue } from '../../core/types';
import {
  INPUT_TABLES,
  TableId,
  TableSnapshot,
  WorkbookInputs,
  checkTable,
  isInputs,
  missingTableMessage,
  readInputs,
} from '../../core/workbook';
import { TableSheets, locateTables, readTables } from './tables';
import { thaiError } from '../../core/errors';

export interface Loaded {
  sheets: TableSheets;
  snaps: Partial<Record<TableId, TableSnapshot>>;
  inputs: WorkbookInputs;
  result: AnalysisResult;
}

/**
 * Locate, read (with merge and header checks, also of the `extra` tables), validate and analyse. `extra`: tables also read; `locateOnly`: tables
 * whose sheet the caller writes to without reading them (only these and the read ones are located).
 * Returns issues instead when input is bad.
 */
export function loadAndAnalyse(extra: TableId[] = [], locateOnly: TableId[] = []): Loaded | { issues: InputIssue[] } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const read: TableId[] = [...INPUT_TABLES, 'levels', 'oitItems'];
  const sheets = locateTables(ss, [...read, ...extra, ...locateOnly]);
  const snaps = readTables(sheets, read, true);
  const extras = readTables(sheets, extra, true);
  Object.assign(snaps, extras);
  const inputs = readInputs(snaps);
  if (!isInputs(inputs)) return { issues: inputs.issues };
  // A deleted measures or results sheet is not "no rows": a document or a compute from it would drop
  // every measure (and the supervisors' comments on them). Say it; nothing is written.
  const absent = extra.filter((id) => !extras[id]);
  if (absent.length) return { issues: absent.map((id) => ({ message: missingTableMessage(id) })) };
  // The other tables read (measures, results…): merged cells or a changed header row are refused too.
  const extraIssues = Object.values(extras).flatMap((snap) => checkTable(snap!));
  if (extraIssues.length) return { issues: extraIssues };
  try {
    const result = analyze(inputs.scores, inputs.options);
    return { sheets, snaps, inputs, result };
  } catch (e) {
    return { issues: [{ message: thaiError(e) }] };
  }
}

export function isLoaded(x: Loaded | { issues: InputIssue[] }): x is Loaded {
  return 'result' in x;
}
