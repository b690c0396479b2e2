// Export of a spreadsheet model (what the fakes' inspect() returns, or any grid of the same shape) to
// .xlsx with exceljs: values, backgrounds, bold, number formats, column widths, frozen rows, dropdown
// validations and notes. Node only (the local demo path). Only the used area is written: the template
// formats whole columns (1,000 rows) but the officer sees the rows that hold something.
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs';

type Value = string | number | boolean | Date;

/** One sheet as seen by the officer. Grids start at A1; `SheetInspection` of the fakes fits this shape. */
export interface XlsxSheetModel {
  name: string;
  /** Last row / column holding content (1-based; 0 when empty). */
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  hidden?: boolean;
  values: Value[][];
  backgrounds?: string[][];
  fontWeights?: string[][];
  numberFormats?: string[][];
  notes?: string[][];
  validations?: ({ criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string | null } | null)[][];
  /** Column widths in pixels, keyed by 1-based column. */
  columnWidths?: Record<number, number>;
}

export interface XlsxExportOptions {
  /** Extra rows written below the last row with content (keeps input colours visible). Default 0. */
  extraRows?: number;
  /** Default "Sarabun" (the Google Sheets font the add-on's officers use for Thai). */
  font?: string;
}

const WHITE = '#ffffff';
/** Pixels per Excel character width (Calibri 11 at 96 dpi: about 7 px). */
const PX_PER_CHAR = 7;
/** Google Sheets' general format; Excel's is "General". */
const SHEETS_GENERAL = '0.###############';

function argb(hex: string): string {
  const h = hex.replace('#', '');
  const six =
    h.length === 3
      ? h
          .split('')
          .map((c) => c + c)
          .join('')
      : h.slice(0, 6);
  return `FF${six.toUpperCase()}`;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export function excelSheetName(name: string, taken: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
  let n = 2;
  let candidate = base;
  while (taken.has(candidate.toLowerCase())) {
    const suffix = ` (${n++})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  base = candidate;
  taken.add(base.toLowerCase());
  return base;
}

function at<T>(grid: T[][] | undefined, r: number, c: number): T | undefined {
  return grid?.[r]?.[c];
}

function addSheet(wb: ExcelJS.Workbook, model: XlsxSheetModel, name: string, opts: Required<XlsxExportOptions>): void {
  const ws = wb.addWorksheet(name, {
    state: model.hidden ? 'hidden' : 'visible',
    views:
      model.frozenRows || model.frozenColumns
        ? [{ state: 'frozen', xSplit: model.frozenColumns, ySplit: model.frozenRows }]
        : [],
  });
  const rows = Math.min(model.lastRow + opts.extraRows, Math.max(model.values.length, model.lastRow));
  const cols = model.lastColumn;
  for (const [col, px] of Object.entries(model.columnWidths ?? {})) {
    ws.getColumn(Number(col)).width = Math.max(Math.round((px / PX_PER_CHAR) * 10) / 10, 2);
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = at(model.values, r, c);
      const bg = at(model.backgrounds, r, c);
      const weight = at(model.fontWeights, r, c);
      const format = at(model.numberFormats, r, c);
      const note = at(model.notes, r, c);
      const rule = at(model.validations, r, c);
      const hasValue = v !== undefined && v !== '';
      const styled = (bg && bg.toLowerCase() !== WHITE) || weight === 'bold';
      if (!hasValue && !styled && !note && !rule) continue;
      const cell = ws.getCell(r + 1, c + 1);
      if (hasValue) cell.value = v as ExcelJS.CellValue;
      cell.font = { name: opts.font, size: 11, bold: weight === 'bold' };
      cell.alignment = { vertical: 'top', wrapText: typeof v === 'string' && v.length > 30 };
      if (bg && bg.toLowerCase() !== WHITE)
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(bg) } };
      if (format && format !== SHEETS_GENERAL) cell.numFmt = format;
      if (note) cell.note = note;
      if (rule && rule.criteria === 'VALUE_IN_LIST') {
        const list = (Array.isArray(rule.values[0]) ? (rule.values[0] as unknown[]) : rule.values).map(String);
        const formula = `"${list.join(',').replace(/"/g, '""')}"`;
        // Excel limits an inline list to 255 characters; longer lists are left out rather than broken.
        if (formula.length <= 257) {
          cell.dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [formula],
            showErrorMessage: !rule.allowInvalid,
            ...(rule.helpText ? { prompt: rule.helpText, showInputMessage: true } : {}),
          };
        }
      }
    }
  }
}

/** The workbook as an .xlsx file (Buffer). Sheets in the order given. */
export async function workbookXlsx(sheets: XlsxSheetModel[], options: XlsxExportOptions = {}): Promise<Buffer> {
  const opts: Required<XlsxExportOptions> = { extraRows: options.extraRows ?? 0, font: options.font ?? 'Sarabun' };
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'ita-sheets-addon';
  const taken = new Set<string>();
  for (const s of sheets) addSheet(wb, s, excelSheetName(s.name, taken), opts);
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** Reads back an .xlsx (for tests and checks): sheet name → grid of plain values. */
export async function readXlsxValues(buffer: Buffer): Promise<Record<string, unknown[][]>> {
  const wb = new (await loadExcelJS()).Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const grid: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const line: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        line[c - 1] = cell.value;
      });
      grid[r - 1] = line;
    });
    out[ws.name] = grid;
  });
  return out;
}
