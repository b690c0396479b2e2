// A table on its own sheet read as records in ONE getValues and written back in ONE setValues.
// Columns are found by their header text (row 1), so a column moved by hand is still found; columns
// this code does not know are kept as they are; missing columns are appended at the right.
// Pure: the sheet side (one read, one write) is src/gas/documents/sheet-records.ts.
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

/** Pure: locate our columns in a grid (row 1 = header); unknown columns kept, missing appended. */
export function parseGrid(values: unknown[][], columns: ColumnSpec[]): ParsedTable {
  const header = (values[0] ?? []).map((v) => String(v ?? '').trim());
  while (header.length && header[header.length - 1] === '') header.pop();
  const index: Record<string, number> = {};
  for (const c of columns) {
    let i = header.indexOf(c.header);
    if (i < 0) {
      header.push(c.header);
      i = header.length - 1;
    }
    index[c.key] = i;
  }
  const rows = values.slice(1).filter((r) => r.some((v) => v !== '' && v !== null && v !== undefined));
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
