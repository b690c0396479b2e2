// Where something is in a generated document, in words a Thai officer understands: the section heading
// it sits under, the measure and its row in the sheet "มาตรการ" / "ผลการดำเนินการ", the column header.
// Never an internal key ("table.measures", "M003" alone) or a body-child position. Pure (no Apps Script).
import type { Block, DocKind, DocModel, TableBlock } from './model';
import { cellText } from '../workbook/cells';
import { colIndex, LAYOUTS } from '../workbook/layouts';
import { dataRows, readMeasures, type TableSnapshot } from '../workbook/readers';

/** Sheet rows (1-based, as the officer sees them) of the measures and results, by measure id. */
export interface SheetRows {
  measures: ReadonlyMap<string, number>;
  results: ReadonlyMap<string, number>;
}

/** The sheet row of each measure id in the measures and results tables as read (first row wins). */
export function sheetRows(measures: TableSnapshot | undefined, results: TableSnapshot | undefined): SheetRows {
  const m = new Map<string, number>();
  for (const r of measures ? readMeasures(measures).rows : []) if (r.id && !m.has(r.id)) m.set(r.id, r.row);
  const res = new Map<string, number>();
  const idCol = colIndex('results', 'measureId');
  for (const { row, cells } of results ? dataRows(results.values) : []) {
    const id = cellText(cells[idCol]);
    if (id && !res.has(id)) res.set(id, row);
  }
  return { measures: m, results: res };
}

export interface Places {
  /** A body element (paragraph, heading, table) by its key; "" = the end of the document. */
  element(key: string): string;
  /** A table row: the measure with its sheet row, the header, or the row's first words. */
  row(tableKey: string, rowKey: string): string;
  /** One cell: its column header, its row, the section of its table. */
  cell(tableKey: string, rowKey: string, col: number): string;
  /** The section heading an element sits under: 'หัวข้อ "…"'. */
  section(key: string): string;
}

/** How many characters of a text are quoted to name a paragraph or a row. */
export const QUOTE_LENGTH = 40;

const quote = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_LENGTH ? `${t.slice(0, QUOTE_LENGTH)}…` : t;
};

/** The block an element key belongs to (signature lines "key#0", the gap after a table "key#gap"). */
const blockKeyOf = (key: string): string => key.replace(/#(\d+|gap)$/, '');

/** The column's header text: the lowest non-empty header cell of that column (merged headers are blank below). */
export function columnHeader(table: TableBlock, col: number): string {
  for (let r = table.header.length - 1; r >= 0; r--) {
    const t = (table.header[r][col] ?? '').trim();
    if (t) return t;
  }
  return '';
}

/**
 * Places in `model` (the document as the new data builds it). `measureIds`: the ids of the measures
 * (rows keyed by them are measure rows); `rows`: their sheet rows when known; `prevKeys`: the element
 * keys written last time, in order (to place an element the new model no longer has).
 */
export function placesOf(
  kind: DocKind,
  model: DocModel,
  measureIds: Iterable<string>,
  rows?: SheetRows,
  prevKeys: string[] = [],
): Places {
  const blocks = model.blocks;
  const index = new Map<string, number>(blocks.map((b, i) => [b.key, i]));
  const ids = new Set(measureIds);

  /** The heading a block sits under (its own text when it is a heading); "" before the first heading. */
  const headingAt = (i: number): string => {
    for (let k = i; k >= 0; k--) {
      const b = blocks[k];
      if (b.type === 'heading') return b.text;
    }
    return '';
  };

  const sectionOfIndex = (i: number): string => {
    const h = headingAt(i);
    return h ? `หัวข้อ "${h}"` : 'ส่วนชื่อเรื่องของเอกสาร';
  };

  /** The section of a key the new model may no longer have: the nearest earlier key written last time that it has. */
  const sectionOf = (key: string): string => {
    const i = index.get(blockKeyOf(key));
    if (i !== undefined) return sectionOfIndex(i);
    const at = prevKeys.indexOf(key);
    for (let k = at - 1; k >= 0; k--) {
      const j = index.get(blockKeyOf(prevKeys[k]));
      if (j !== undefined) return sectionOfIndex(j);
    }
    return 'ส่วนชื่อเรื่องของเอกสาร';
  };

  const blockOf = (key: string): Block | undefined => {
    const i = index.get(blockKeyOf(key));
    return i === undefined ? undefined : blocks[i];
  };

  const tableOf = (key: string): TableBlock | undefined => {
    const b = blockOf(key);
    return b?.type === 'table' ? b : undefined;
  };

  const sheetRow = (id: string): string => {
    const results = kind === 'results-report' ? rows?.results.get(id) : undefined;
    if (results !== undefined) return `ชีต "${LAYOUTS.results.sheetName}" แถวที่ ${results}`;
    const n = rows?.measures.get(id);
    return n !== undefined ? `ชีต "${LAYOUTS.measures.sheetName}" แถวที่ ${n}` : `ชีต "${LAYOUTS.measures.sheetName}"`;
  };

  const element = (key: string): string => {
    if (key === '') return 'ท้ายเอกสาร';
    const b = blockOf(key);
    if (!b) return `ส่วนหนึ่งใต้${sectionOf(key)}`;
    switch (b.type) {
      case 'heading':
        return `หัวข้อ "${b.text}"`;
      case 'table':
        return `ตารางใต้${sectionOf(key)}`;
      case 'signature':
        return `ส่วนลงนามใต้${sectionOf(key)}`;
      case 'pageBreak':
        return `การขึ้นหน้าใหม่ใต้${sectionOf(key)}`;
      case 'paragraph':
        return key.endsWith('#gap')
          ? `บรรทัดว่างหลังตารางใต้${sectionOf(key)}`
          : `ย่อหน้า "${quote(b.text)}" ใต้${sectionOf(key)}`;
    }
  };

  const row = (tableKey: string, rowKey: string): string => {
    if (/^header\.\d+$/.test(rowKey)) return 'หัวตาราง';
    if (ids.has(rowKey)) return `มาตรการ ${rowKey} (${sheetRow(rowKey)})`;
    const t = tableOf(tableKey);
    const i = t ? t.rows.findIndex((x) => x.key === rowKey) : -1;
    if (t && i >= 0) {
      const first = t.rows[i].cells.find((c) => c.trim() !== '');
      return first ? `แถว "${quote(first)}"` : `แถวที่ ${i + 1}`;
    }
    // A row the new data no longer has: a measure when the table's other rows are measures.
    if (t?.rows.some((x) => ids.has(x.key))) return `มาตรการ ${rowKey} (ไม่มีในชีต "${LAYOUTS.measures.sheetName}" แล้ว)`;
    return 'แถวหนึ่ง';
  };

  const cell = (tableKey: string, rowKey: string, col: number): string => {
    const t = tableOf(tableKey);
    const header = t ? columnHeader(t, col) : '';
    const column = header ? `ช่อง "${header}"` : `ช่องที่ ${col + 1}`;
    return `${column} ของ${row(tableKey, rowKey)} ในตารางใต้${sectionOf(tableKey)}`;
  };

  return { element, row, cell, section: sectionOf };
}
