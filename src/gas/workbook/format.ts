// Look of a table: header style, input vs computed colours, widths, warning-only protection of computed
// columns, dropdowns. Calls are per column (fixed by the layout), never per row.
import { COLORS, FIRST_DATA_ROW, LAYOUTS, NO, STATUS_LABELS, TableId, YES, colIndex } from '../../core/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROTECTION_DESCRIPTION = 'ita:computed';

/** Runs of neighbouring columns of the same kind: [first column (1-based), count, kind]. */
function runs(table: TableId): [number, number, 'input' | 'computed'][] {
  const out: [number, number, 'input' | 'computed'][] = [];
  LAYOUTS[table].columns.forEach((c, i) => {
    const last = out[out.length - 1];
    if (last && last[2] === c.kind && last[0] + last[1] === i + 1) last[1]++;
    else out.push([i + 1, 1, c.kind]);
  });
  return out;
}

/**
 * `full`: header style, colours, widths and protection (for a new table or a restored header); otherwise
 * only the dropdowns are refreshed (the divisions list may have changed), so status colours written by
 * compute and highlight stay.
 */
export function formatTable(sheet: Sheet, table: TableId, divisions: string[], full: boolean): void {
  const rows = Math.max(sheet.getMaxRows() - FIRST_DATA_ROW + 1, 1);
  if (full) formatLook(sheet, table, rows);
  applyDropdowns(sheet, table, divisions, rows);
}

function formatLook(sheet: Sheet, table: TableId, rows: number): void {
  const layout = LAYOUTS[table];
  const yearColumns = layout.yearColumns ? Math.max(sheet.getMaxColumns() - layout.columns.length, 0) : 0;
  const width = layout.columns.length + yearColumns;
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, width).setBackground(COLORS.header).setFontWeight('bold').setWrap(true);
  layout.columns.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));

  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (p.getDescription() === PROTECTION_DESCRIPTION) p.remove();
  }
  for (const [col, n, kind] of runs(table)) {
    const range = sheet.getRange(FIRST_DATA_ROW, col, rows, n);
    range.setBackground(kind === 'input' ? COLORS.input : COLORS.computed);
    if (kind === 'computed' || layout.warnOnEdit)
      range.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
  }
  if (layout.yearColumns && yearColumns > 0) {
    sheet.getRange(FIRST_DATA_ROW, layout.columns.length + 1, rows, yearColumns).setBackground(COLORS.input);
  }
  if (table === 'results') {
    // Plain text for dates typed as text ("9 ม.ค. 67"), so they are not turned into Dates.
    sheet.getRange(FIRST_DATA_ROW, colIndex('results', 'updatedAt') + 1, rows, 1).setNumberFormat('@');
  }
}

function applyDropdowns(sheet: Sheet, table: TableId, divisions: string[], rows: number): void {
  LAYOUTS[table].columns.forEach((c, i) => {
    if (!c.dropdown) return;
    const list =
      c.dropdown === 'divisions' ? divisions : c.dropdown === 'status' ? Object.values(STATUS_LABELS) : [YES, NO];
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(list, true)
      .setAllowInvalid(c.dropdown === 'divisions')
      .build();
    sheet.getRange(FIRST_DATA_ROW, i + 1, rows, 1).setDataValidation(rule);
  });
}

/** The yes/no dropdown of the Thai-digits setting, on its value cell. */
export function formatSettingsCell(sheet: Sheet, row: number | undefined): void {
  if (!row) return;
  const rule = SpreadsheetApp.newDataValidation().requireValueInList([YES, NO], true).setAllowInvalid(false).build();
  sheet.getRange(row, colIndex('settings', 'value') + 1).setDataValidation(rule);
}
