// The documents log (sheet "เอกสาร", table id "documents"): one row per generated doc and version.
// The pure part (entries, which is current, out of date) is free of Apps Script globals.
import type { DocKind } from '../../core/document';
import { KIND_LABELS } from './messages';
import { columnsOf, findTableSheet, gridOf, parseGrid, readGrid, recordOf, tableSheet, writeGrid, type CellValue, type ColumnSpec, type ParsedTable } from './sheet-records';

/** Columns added to the layout's (kind, title, url, fileId, createdAt, createdBy). */
export const DOCUMENTS_EXTRA_COLUMNS: ColumnSpec[] = [
  { key: 'version', header: 'ฉบับที่' },
  { key: 'status', header: 'สถานะ' },
  { key: 'replaces', header: 'แทนที่ฉบับ' },
  { key: 'dataHash', header: 'รหัสข้อมูลที่ใช้สร้าง' },
  { key: 'snapshot', header: 'ข้อมูลสำหรับปรับปรุงเอกสาร (ห้ามแก้ไข)' },
];
export const DOCUMENTS_COLUMNS = columnsOf('documents', DOCUMENTS_EXTRA_COLUMNS);

export interface LogEntry {
  kind: DocKind;
  title: string;
  url: string;
  fileId: string;
  version: number;
  /** yyyy-MM-dd HH:mm, Asia/Bangkok. */
  createdAt: string;
  createdBy: string;
  dataHash: string;
  /** Thai status (messages.STATUS). */
  status: string;
  /** URL of the version this one replaces ("" for the first). */
  replaces: string;
  /** encodeSnapshot(...) of what was written. */
  snapshot: string;
}

export interface DocumentsLog {
  entries(): LogEntry[];
  /** Adds or replaces (by fileId) an entry; kept in memory until save(). */
  upsert(entry: LogEntry): void;
  /** One write of the whole log. */
  save(): void;
}

const KIND_BY_LABEL = new Map<string, DocKind>(Object.entries(KIND_LABELS).map(([k, v]) => [v, k as DocKind]));

export function kindOf(label: string): DocKind | null {
  return KIND_BY_LABEL.get(label) ?? (label in KIND_LABELS ? (label as DocKind) : null);
}

/** The latest version of a kind (highest version; the last row on a tie). */
export function currentEntry(entries: LogEntry[], kind: DocKind): LogEntry | null {
  let best: LogEntry | null = null;
  for (const e of entries) if (e.kind === kind && (!best || e.version >= best.version)) best = e;
  return best;
}

/** The doc was made from other data than the workbook holds now. */
export function isOutOfDate(entry: Pick<LogEntry, 'dataHash'>, currentHash: string): boolean {
  return entry.dataHash !== currentHash;
}

/** Pure: entries from the table grid; rows whose kind is unknown are kept but not returned. */
export function entriesFromGrid(values: unknown[][], formatDate: (d: Date) => string): { parsed: ParsedTable; entries: { row: unknown[]; entry: LogEntry | null }[] } {
  const parsed = parseGrid(values, DOCUMENTS_COLUMNS);
  const str = (v: CellValue | undefined) => (v instanceof Date ? formatDate(v) : String(v ?? '').trim());
  const entries = parsed.rows.map((row) => {
    const r = recordOf(parsed, row);
    const kind = kindOf(str(r.kind));
    const fileId = str(r.fileId);
    if (!kind || !fileId) return { row, entry: null };
    const entry: LogEntry = {
      kind,
      title: str(r.title),
      url: str(r.url),
      fileId,
      version: Number(r.version) > 0 ? Math.floor(Number(r.version)) : 1,
      createdAt: str(r.createdAt),
      createdBy: str(r.createdBy),
      dataHash: str(r.dataHash),
      status: str(r.status),
      replaces: str(r.replaces),
      snapshot: typeof r.snapshot === 'string' ? r.snapshot : str(r.snapshot),
    };
    return { row, entry };
  });
  return { parsed, entries };
}

export function recordOfEntry(e: LogEntry): Record<string, CellValue> {
  return { ...e, kind: KIND_LABELS[e.kind] };
}

/** The log's entries, read-only (one read; no log sheet = no entries, and nothing is created). */
export function readDocumentsLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, formatDate: (d: Date) => string): LogEntry[] {
  const sheet = findTableSheet(ss, 'documents');
  if (!sheet) return [];
  return entriesFromGrid(readGrid(sheet), formatDate)
    .entries.map((r) => r.entry)
    .filter((e): e is LogEntry => e !== null);
}

/** The log over its sheet (created when absent: write paths only): one read when opened, one write on save. */
export function openDocumentsLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, formatDate: (d: Date) => string): DocumentsLog {
  const { sheet } = tableSheet(ss, 'documents');
  const { parsed, entries: rows } = entriesFromGrid(readGrid(sheet), formatDate);
  const lines = rows.map((r) => ({ base: r.row as unknown[] | null, entry: r.entry }));
  let dirty = false;
  return {
    entries: () => lines.map((l) => l.entry).filter((e): e is LogEntry => e !== null),
    upsert(entry) {
      dirty = true;
      const hit = lines.find((l) => l.entry?.fileId === entry.fileId);
      if (hit) hit.entry = entry;
      else lines.push({ base: null, entry });
    },
    save() {
      if (!dirty) return;
      const grid = gridOf(
        parsed,
        lines.map((l) => ({ base: l.base, rec: l.entry ? recordOfEntry(l.entry) : {} })),
      );
      writeGrid(sheet, grid);
      dirty = false;
    },
  };
}
