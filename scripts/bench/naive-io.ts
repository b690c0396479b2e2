// The naive way most Apps Script code in the field talks to a spreadsheet: one service call per cell
// read (getRange + getValue), written (getRange + setValue) and coloured (setBackground on that range).
// Kept ONLY for the benchmark: it runs on the same fakes as the add-on, so its call count is measured.
import { LAYOUTS, TableId, TableSnapshot } from '../../src/core/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
    for (let c = 1; c <= cols; c++) line.push(sheet.getRange(r, c).getValue());
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
export function naiveWriteBlock(sheet: Sheet, row: number, col: number, values: unknown[][] | null, backgrounds?: string[][]): void {
  const height = values ? values.length : (backgrounds?.length ?? 0);
  const maxRows = sheet.getMaxRows();
  if (row + height - 1 > maxRows) sheet.insertRowsAfter(maxRows, row + height - 1 - maxRows);
  for (let r = 0; r < height; r++) {
    const width = values ? values[r].length : backgrounds![r].length;
    for (let c = 0; c < width; c++) {
      const cell = sheet.getRange(row + r, col + c);
      if (values) cell.setValue(values[r][c]);
      if (backgrounds) cell.setBackground(backgrounds[r][c]);
    }
  }
}
