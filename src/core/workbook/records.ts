// A table on its own sheet read as records in ONE getValues and written back in ONE setValues.
// Columns are found by their header text (row 1), so a column moved by hand is still found; columns
// this code does not know are kept as they are; missing columns are appended at the right.
// Pure: the sheet side (one read, one write) is src/gas/documents/sheet-records.ts.
import { textForSheet } from './cells';
import { LAYOUTS, type TableId } from './layouts';

export interface ColumnSpec {
  key: string;
  header: string;
}

export type CellValue = string | number | boolean | Date;
export interface SheetRecord {
  [key: string]: CellValue;
}

/** The layout's columns (shared with the workbook engineer) followed by ours. */
export function columnsOf(table: TableId, extra: ColumnSpec[]): ColumnSpec[] {
  return [...LAYOUTS[table].columns.map((c) => ({ key: c.key, header: c.header })), ...extra];
}

export interface ParsedTable {
  header: string[];
  /** Column index (0-based) of each known key in `header`. */
  index: Record<string, number>;
  rows: unknown[][];
}

/** A table whose header row is gone: nothing may be read from it or written to it. */
export class TableHeaderError extends Error {}

const filled = (v: unknown) => v !== '' && v !== null && v !== undefined;

/**
 * Pure: locate our columns in a grid (row 1 = header); unknown columns kept, missing appended. A sheet
 * with content whose row 1 holds fewer than half of the layout's headers lost its header row (deleted,
 * or data moved up): TableHeaderError with a located Thai message, rather than a second header and rows
 * written over the data.
 */
export function parseGrid(values: unknown[][], columns: ColumnSpec[], sheetName = ''): ParsedTable {
  const header = (values[0] ?? []).map((v) => String(v ?? '').trim());
  while (header.length && header[header.length - 1] === '') header.pop();
  // The layout's own columns are what setup writes; ours beyond them are appended at the first save.
  const layout = Object.values(LAYOUTS).find((l) => l.columns[0]?.header === columns[0]?.header);
  const required = layout ? layout.columns : columns;
  const found = required.filter((c) => header.includes(c.header)).length;
  if (values.some((r) => r.some(filled)) && found * 2 < required.length) {
    const name = sheetName || layout?.sheetName || '';
    throw new TableHeaderError(
      `ชีต "${name}" แถว 1: ไม่พบแถวหัวตาราง (พบหัวคอลัมน์ ${found} จาก ${required.length} คอลัมน์ แถวหัวตารางอาจถูกลบหรือถูกแก้) ` +
        `จึงยังไม่ได้บันทึกอะไร: แทรกแถวหัวตารางกลับที่แถว 1 (${required
          .slice(0, 3)
          .map((c) => `"${c.header}"`)
          .join(', ')} …) หรือเลือกเมนู "ตั้งค่าแม่แบบ" แล้วลองใหม่`,
    );
  }
  const index: Record<string, number> = {};
  for (const c of columns) {
    let i = header.indexOf(c.header);
    if (i < 0) {
      header.push(c.header);
      i = header.length - 1;
    }
    index[c.key] = i;
  }
  const rows = values.slice(1).filter((r) => r.some(filled));
  return { header, index, rows };
}

export function recordOf(p: ParsedTable, row: unknown[]): SheetRecord {
  const rec: SheetRecord = {};
  for (const [key, i] of Object.entries(p.index)) {
    const v = row[i];
    rec[key] = v === null || v === undefined ? '' : (v as CellValue);
  }
  return rec;
}

/** Pure: the full grid to write back (header + rows), every row as wide as the header. */
export function gridOf(p: ParsedTable, rows: { base: unknown[] | null; rec: SheetRecord }[]): CellValue[][] {
  const width = p.header.length;
  const out: CellValue[][] = [p.header.slice()];
  for (const { base, rec } of rows) {
    const line: CellValue[] = Array.from({ length: width }, (_, i) => {
      const v = base?.[i];
      return v === null || v === undefined ? '' : (v as CellValue);
    });
    for (const [key, i] of Object.entries(p.index)) if (key in rec) line[i] = rec[key] ?? '';
    out.push(line);
  }
  return out;
}

/** Longest text written into one cell: a Google Sheets cell holds 50,000 characters; room for the note. */
export const MAX_CELL_TEXT = 49000;

/** The Thai note ending a text cut to MAX_CELL_TEXT characters. */
export const cutNote = (length: number): string =>
  `\n… (ข้อความยาว ${length.toLocaleString('en-US')} ตัวอักษร เกินที่เซลล์หนึ่งเก็บได้ จึงบันทึกเฉพาะ ${MAX_CELL_TEXT.toLocaleString('en-US')} ตัวอักษรแรก ข้อความเต็มอยู่ในเอกสาร)`;

/**
 * A value as written into a records sheet: text stays text (a comment "=HYPERLINK(…)", "+1", "100" or
 * "2024-01-05" is stored as typed, never as a formula, number or date), and a text longer than a cell
 * holds is cut with a Thai note instead of making the whole save throw.
 */
export function cellForSheet(v: CellValue): CellValue {
  if (typeof v !== 'string') return v;
  let text = v;
  if (text.length > MAX_CELL_TEXT) {
    let cut = MAX_CELL_TEXT;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
    text = text.slice(0, cut) + cutNote(v.length);
  }
  return textForSheet(text);
}
