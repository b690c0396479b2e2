// Finding the ITA tables (by developer metadata on their sheet) and reading them in one call each.
import { CellBlock, LAYOUTS, METADATA_KEY, TableId, TableSnapshot } from '../../core/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type TableSheets = Partial<Record<TableId, Sheet>>;

const TABLE_IDS = new Set<string>(Object.keys(LAYOUTS));

/**
 * The sheet of every table, found by developer metadata (key "ita.table", value = table id) anywhere in
 * the spreadsheet, so renamed or reordered sheets are still found. Never by sheet name. A table marked on
 * two sheets (a duplicated sheet) uses the first one found.
 */
export function locateTables(ss: Spreadsheet): TableSheets {
  const found: TableSheets = {};
  for (const md of ss.createDeveloperMetadataFinder().withKey(METADATA_KEY).find()) {
    const id = md.getValue();
    if (!id || !TABLE_IDS.has(id) || found[id as TableId]) continue;
    const sheet = md.getLocation().getSheet();
    if (sheet) found[id as TableId] = sheet;
  }
  return found;
}

/** One getDataRange + getValues (+ getMergedRanges when asked) for a table. */
export function readTable(sheet: Sheet, table: TableId, withMerges = false): TableSnapshot {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const snap: TableSnapshot = { table, sheet: sheet.getName(), values };
  if (withMerges) {
    const merged = range.getMergedRanges();
    if (merged.length) snap.merged = merged.map((r) => r.getA1Notation());
  }
  return snap;
}

/** Read several tables; absent tables are left out. */
export function readTables(sheets: TableSheets, ids: TableId[], withMerges = false): Partial<Record<TableId, TableSnapshot>> {
  const out: Partial<Record<TableId, TableSnapshot>> = {};
  for (const id of ids) {
    const sheet = sheets[id];
    if (sheet) out[id] = readTable(sheet, id, withMerges);
  }
  return out;
}

/** One setValues for a block (the sheet grows first when the block reaches past its last row/column). */
export function writeBlock(sheet: Sheet, block: Pick<CellBlock, 'row' | 'col' | 'values'>): void {
  if (!block.values.length || !block.values[0].length) return;
  const lastRow = block.row + block.values.length - 1;
  const lastCol = block.col + block.values[0].length - 1;
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (lastCol > maxCols) sheet.insertColumnsAfter(maxCols, lastCol - maxCols);
  sheet.getRange(block.row, block.col, block.values.length, block.values[0].length).setValues(block.values);
}
