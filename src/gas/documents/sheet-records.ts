// A table on its own sheet: found by developer metadata, read in ONE getValues, written in ONE setValues.
// The records themselves (columns by header text, rows to records and back) are src/core/workbook/records.ts.
import { LAYOUTS, METADATA_KEY, type TableId } from '../../core/workbook/layouts';
import { cellForSheet, type CellValue } from '../../core/workbook/records';
import { locateTables, rememberTable } from '../workbook/tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet of a table (by developer metadata), or null: read-only, never creates anything. */
export function findTableSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, table: TableId): Sheet | null {
  return locateTables(ss, [table])[table] ?? null;
}

/** The sheet of a table (by developer metadata); created and marked when absent (write paths only). */
export function tableSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  table: TableId,
): { sheet: Sheet; created: boolean } {
  const found = findTableSheet(ss, table);
  if (found) return { sheet: found, created: false };
  const name = LAYOUTS[table].sheetName;
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
  sheet.addDeveloperMetadata(METADATA_KEY, table);
  rememberTable(table, sheet);
  return { sheet, created: true };
}

/** One read of the whole table. */
export function readGrid(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** One write of the whole table (grows the sheet first when needed); every text written as text (cellForSheet). */
export function writeGrid(sheet: Sheet, grid: CellValue[][]): void {
  if (!grid.length || !grid[0].length) return;
  const rows = grid.length;
  const cols = grid[0].length;
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  sheet.getRange(1, 1, rows, cols).setValues(grid.map((row) => row.map(cellForSheet)));
}
