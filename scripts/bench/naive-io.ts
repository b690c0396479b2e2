// The naive way most Apps Script code in the field talks to a spreadsheet: one service call per cell
// read (getValue), written (setValue) and coloured (setBackground), each on a one-cell Range handle.
// Kept ONLY for the benchmark: it runs on the same fakes as the add-on, so its call count is measured.
//
// The handle (sheet.getRange(r, c)) is a call on the fakes too, but the naive count is one call
// per cell read, written and coloured: the Range is only a reference (Apps Script builds it without
// reading or writing anything), the getValue/setValue/setBackground on it is the cell's call. So the
// handles are counted here, apart, and the benchmark reports naiveCalls = measured − handles (strict:
// exactly one per cell operation) next to naiveCallsMeasured (everything the fakes counted).
import { LAYOUTS, TableId, TableSnapshot } from '../../src/core/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One-cell Range handles built since the last reset (see above). */
export const cellHandles = { count: 0 };

/** The Range of one cell, counted as a handle, not as the cell's own call. */
function cell(sheet: Sheet, row: number, col: number): GoogleAppsScript.Spreadsheet.Range {
  cellHandles.count++;
  return sheet.getRange(row, col);
}

/** Sheets found by their default Thai name (as field scripts do), not by metadata. */
export function naiveSheet(table: TableId): Sheet | null {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LAYOUTS[table].sheetName);
}

/** Reads a whole table cell by cell. */
export function naiveReadTable(table: TableId): TableSnapshot | undefined {
  const sheet = naiveSheet(table);
  if (!sheet) return undefined;
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  const values: unknown[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: unknown[] = [];
    for (let c = 1; c <= cols; c++) line.push(cell(sheet, r, c).getValue());
    values.push(line);
  }
  return { table, sheet: sheet.getName(), values };
}

export function naiveReadTables(ids: TableId[]): Partial<Record<TableId, TableSnapshot>> {
  const out: Partial<Record<TableId, TableSnapshot>> = {};
  for (const id of ids) {
    const snap = naiveReadTable(id);
    if (snap) out[id] = snap;
  }
  return out;
}

/** Writes a block cell by cell; colours each cell too when `backgrounds` is given. */
export function naiveWriteBlock(
  sheet: Sheet,
  row: number,
  col: number,
  values: unknown[][] | null,
  backgrounds?: string[][],
): void {
  const height = values ? values.length : (backgrounds?.length ?? 0);
  const maxRows = sheet.getMaxRows();
  if (row + height - 1 > maxRows) sheet.insertRowsAfter(maxRows, row + height - 1 - maxRows);
  for (let r = 0; r < height; r++) {
    const width = values ? values[r].length : backgrounds![r].length;
    for (let c = 0; c < width; c++) {
      const range = cell(sheet, row + r, col + c);
      if (values) range.setValue(values[r][c]);
      if (backgrounds) range.setBackground(backgrounds[r][c]);
    }
  }
}
