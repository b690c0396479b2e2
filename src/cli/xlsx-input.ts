// An .xlsx workbook downloaded from the template → the documents' input. Node only (the CLI).
// exceljs reads each sheet into a 2D array of plain values (what getValues would return), and the
// SAME core readers as the add-on do the rest (readInputs, checkTable, analyze, docInputFrom): no
// parsing is re-implemented here. Tables are found by their sheet names (an .xlsx keeps no
// developer metadata).
import type ExcelJS from 'exceljs';
import { analyze } from '../core/analysis';
import type { DocInput } from '../core/document';
import { sheetRows, type SheetRows } from '../core/document/where';
import type { InputIssue } from '../core/types';
import {
  INPUT_TABLES,
  LAYOUTS,
  checkTable,
  docInputFrom,
  isInputs,
  missingTableMessage,
  readInputs,
  type TableId,
  type TableSnapshot,
} from '../core/workbook';
import { excelSheetName } from './xlsx/export-xlsx';
import { loadExcelJS } from './xlsx/exceljs';

/** Tables a document is built from. */
export const XLSX_TABLES: TableId[] = [...INPUT_TABLES, 'levels', 'oitItems', 'measures', 'results'];

/** "PK": the zip magic bytes every .xlsx starts with. */
export function isZip(buffer: Uint8Array): boolean {
  return buffer.length >= 2 && buffer[0] === 0x50 && buffer[1] === 0x4b;
}

type Plain = string | number | boolean | Date | null;

/** One exceljs cell value as getValues would return it: formulas give their result, rich text its text. */
export function plainValue(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('error' in v) return String(v.error);
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as { result?: unknown }).result;
      if (r === undefined || r === null) return null;
      if (typeof r === 'object' && r !== null && 'error' in r) return String((r as { error: unknown }).error);
      return r as Plain;
    }
    if ('text' in v) {
      const t = (v as { text: unknown }).text;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object' && 'richText' in t)
        return (t as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    }
  }
  return String(v);
}

/** Every sheet as a grid of plain values (row 1 first), with its merged ranges. */
export async function readSheets(buffer: Uint8Array): Promise<{ name: string; values: Plain[][]; merged: string[] }[]> {
  const wb = new (await loadExcelJS()).Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const out: { name: string; values: Plain[][]; merged: string[] }[] = [];
  wb.eachSheet((ws) => {
    const values: Plain[][] = [];
    const width = ws.actualColumnCount > 0 ? ws.columnCount : 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const line: Plain[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // A merged cell other than its master reads as the master's value in exceljs: blank it, as Sheets does.
        line.push(cell.isMerged && cell.master !== cell ? null : plainValue(cell.value));
      }
      values.push(line);
    }
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    out.push({ name: ws.name, values, merged: [...merges] });
  });
  return out;
}

/** The template's tables found by sheet name (as exported: the name may be cut to Excel's 31 characters). */
export function tablesOf(
  sheets: { name: string; values: Plain[][]; merged: string[] }[],
): Partial<Record<TableId, TableSnapshot>> {
  const snaps: Partial<Record<TableId, TableSnapshot>> = {};
  for (const id of XLSX_TABLES) {
    const want = excelSheetName(LAYOUTS[id].sheetName, new Set());
    const sheet = sheets.find((s) => s.name.trim() === want || s.name.trim() === LAYOUTS[id].sheetName);
    if (sheet) snaps[id] = { table: id, sheet: sheet.name, values: sheet.values, merged: sheet.merged };
  }
  return snaps;
}

/** The input, its warnings, and the sheet rows of the measures and results (to place a warning in the workbook). */
export type XlsxInputResult = { input: DocInput; warnings: string[]; rows: SheetRows } | { issues: InputIssue[] };

/** The documents' input from an .xlsx workbook: located issues (Thai) when a cell is wrong. */
export async function docInputFromXlsx(buffer: Uint8Array): Promise<XlsxInputResult> {
  let sheets;
  try {
    sheets = await readSheets(buffer);
  } catch (e) {
    return { issues: [{ message: `อ่านไฟล์ .xlsx ไม่ได้ (ไฟล์อาจเสียหายหรือไม่ใช่สมุดงาน Excel): ${(e as Error).message}` }] };
  }
  const snaps = tablesOf(sheets);
  const inputs = readInputs(snaps);
  if (!isInputs(inputs)) return { issues: inputs.issues };
  // A workbook without its measures or results sheet would give an empty plan: say it instead.
  const absent = (['measures', 'results'] as TableId[]).filter((id) => !snaps[id]);
  if (absent.length) return { issues: absent.map((id) => ({ message: missingTableMessage(id) })) };
  const extraIssues = (['measures', 'results'] as TableId[]).flatMap((id) => checkTable(snaps[id]!));
  if (extraIssues.length) return { issues: extraIssues };
  let result;
  try {
    result = analyze(inputs.scores, inputs.options);
  } catch (e) {
    return { issues: [{ message: (e as Error).message }] };
  }
  const made = docInputFrom({ inputs, result, snaps });
  if ('issues' in made) return { issues: made.issues };
  return {
    input: made.input,
    warnings: [...inputs.warnings, ...result.warnings],
    rows: sheetRows(snaps.measures, snaps.results),
  };
}
