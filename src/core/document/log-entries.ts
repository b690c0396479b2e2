// The documents log's entries (sheet "เอกสาร", table id "documents"): one row per generated doc and
// version; which is current, which is out of date. Pure: the sheet side is src/gas/documents/log.ts.
import type { DocKind } from './model';
import { KIND_LABELS } from './messages';
import { UNCONFIRMED_ITEM, type MeasuresItems } from '../catalogue';
import { columnsOf, parseGrid, recordOf, type CellValue, type ColumnSpec, type ParsedTable } from '../workbook/records';

/**
 * The snapshot (what was written, for regenerating in place) can be longer than one spreadsheet cell
 * holds (50,000 characters; about 62 characters per measure in the analysis report, so ~800 measures):
 * it is split at line ends over SNAPSHOT_CELLS cells of the same row, written in the log's one
 * setValues. 4 cells of SNAPSHOT_CELL_CHARS hold ~3,000 measures of the analysis report.
 */
export const SNAPSHOT_CELLS = 4;
/** Characters per snapshot cell: under the 50,000 of Google Sheets, with room to spare. */
export const SNAPSHOT_CELL_CHARS = 49000;
const snapshotKey = (i: number): string => (i === 0 ? 'snapshot' : `snapshot${i + 1}`);

/** Columns added to the layout's (kind, title, url, fileId, createdAt, createdBy). */
export const DOCUMENTS_EXTRA_COLUMNS: ColumnSpec[] = [
  { key: 'version', header: 'ฉบับที่' },
  { key: 'status', header: 'สถานะ' },
  { key: 'pdfUrl', header: 'ไฟล์ PDF (สำหรับเผยแพร่)' },
  { key: 'access', header: 'ผู้มีสิทธิ์เข้าถึง' },
  { key: 'replaces', header: 'แทนที่ฉบับ' },
  { key: 'dataHash', header: 'รหัสข้อมูลที่ใช้สร้าง' },
  { key: 'snapshot', header: 'ข้อมูลสำหรับปรับปรุงเอกสาร (ห้ามแก้ไข)' },
  ...Array.from({ length: SNAPSHOT_CELLS - 1 }, (_, i) => ({
    key: snapshotKey(i + 1),
    header: `ข้อมูลสำหรับปรับปรุงเอกสาร ส่วนที่ ${i + 2} (ห้ามแก้ไข)`,
  })),
  { key: 'pdfFileId', header: 'รหัสไฟล์ PDF (ห้ามแก้ไข)' },
  { key: 'pdfHash', header: 'รหัสข้อมูลของไฟล์ PDF (ห้ามแก้ไข)' },
];

/**
 * Pure: the snapshot text in cells of at most `limit` characters, cut at line ends (every cell then
 * starts with a letter, never "=" or "'" that Sheets would read as a formula or a quote; joined back
 * with "\n"). Null when it needs more than `cells` cells (or one line is longer than a cell).
 */
export function splitSnapshot(text: string, cells = SNAPSHOT_CELLS, limit = SNAPSHOT_CELL_CHARS): string[] | null {
  const out: string[] = [];
  let cur: string | null = null;
  for (const line of text === '' ? [] : text.split('\n')) {
    if (line.length > limit) return null;
    if (cur !== null && cur.length + 1 + line.length > limit) {
      out.push(cur);
      cur = line;
    } else cur = cur === null ? line : `${cur}\n${line}`;
  }
  if (cur !== null) out.push(cur);
  return out.length <= cells ? out : null;
}

/** Pure: can this snapshot be stored in the log? */
export const snapshotFits = (text: string): boolean => splitSnapshot(text) !== null;
export const DOCUMENTS_COLUMNS = columnsOf('documents', DOCUMENTS_EXTRA_COLUMNS);

/** Columns only the add-on reads (data hash, snapshot cells, PDF file id): hidden from the officer. */
export const INTERNAL_COLUMN_KEYS: string[] = [
  'dataHash',
  ...Array.from({ length: SNAPSHOT_CELLS }, (_, i) => snapshotKey(i)),
  'pdfFileId',
];

/**
 * Pure: the internal columns of a log header row as runs of neighbouring columns [first (1-based), count],
 * matched by header text (an officer may have moved columns). Usually one run (they are appended together).
 */
export function internalColumnRuns(header: unknown[]): [number, number][] {
  const wanted = new Set(
    DOCUMENTS_EXTRA_COLUMNS.filter((c) => INTERNAL_COLUMN_KEYS.includes(c.key)).map((c) => c.header),
  );
  const out: [number, number][] = [];
  header.forEach((h, i) => {
    if (!wanted.has(String(h ?? '').trim())) return;
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i + 1) last[1]++;
    else out.push([i + 1, 1]);
  });
  return out;
}

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
  /** The PDF written next to the doc (refreshed in place on regenerate): link and Drive id. */
  pdfUrl?: string;
  pdfFileId?: string;
  /** The data hash the PDF was written from ("" or different = the PDF is behind the doc). */
  pdfHash?: string;
  /** Who has which access (one line per person), as last shared. */
  access?: string;
  /** The kind as the log shows it, with the year's OIT item ("… (o25)"); default KIND_LABELS[kind]. */
  label?: string;
}

const KIND_BY_LABEL = new Map<string, DocKind>(Object.entries(KIND_LABELS).map(([k, v]) => [v, k as DocKind]));

/** The kind of a log label, with or without the OIT item added by logLabel ("… (o34)", "… (o25)"). */
export function kindOf(label: string): DocKind | null {
  const bare = label.replace(/\s*\([^()]*\)$/, '');
  return KIND_BY_LABEL.get(label) ?? KIND_BY_LABEL.get(bare) ?? (label in KIND_LABELS ? (label as DocKind) : null);
}

/**
 * The label the log writes for a kind: the measures plan and the results report carry the OIT item
 * of the assessment year ("มาตรการส่งเสริมคุณธรรมและความโปร่งใส (o25)" for 2569, "(o34)" for 2567),
 * or say it is not confirmed ("(ข้อ OIT ยังไม่ยืนยัน)", 2568 with nothing typed in ตั้งค่า).
 */
export function logLabel(kind: DocKind, items: MeasuresItems): string {
  const ref = kind === 'measures-plan' ? items.plan : kind === 'results-report' ? items.report : null;
  if (!ref) return KIND_LABELS[kind];
  return `${KIND_LABELS[kind]} (${ref.code ?? `ข้อ OIT ${UNCONFIRMED_ITEM}`})`;
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
export function entriesFromGrid(
  values: unknown[][],
  formatDate: (d: Date) => string,
): { parsed: ParsedTable; entries: { row: unknown[]; entry: LogEntry | null }[] } {
  const parsed = parseGrid(values, DOCUMENTS_COLUMNS);
  const str = (v: CellValue | undefined) => (v instanceof Date ? formatDate(v) : String(v ?? '').trim());
  const entries = parsed.rows.map((row) => {
    const r = recordOf(parsed, row);
    const kind = kindOf(str(r.kind));
    const fileId = str(r.fileId);
    if (!kind || !fileId) return { row, entry: null };
    const entry: LogEntry = {
      kind,
      label: str(r.kind),
      title: str(r.title),
      url: str(r.url),
      fileId,
      version: Number(r.version) > 0 ? Math.floor(Number(r.version)) : 1,
      createdAt: str(r.createdAt),
      createdBy: str(r.createdBy),
      dataHash: str(r.dataHash),
      status: str(r.status),
      replaces: str(r.replaces),
      pdfUrl: str(r.pdfUrl),
      pdfFileId: str(r.pdfFileId),
      pdfHash: str(r.pdfHash),
      access: str(r.access),
      snapshot: Array.from({ length: SNAPSHOT_CELLS }, (_, i) => r[snapshotKey(i)])
        .map((v) => (typeof v === 'string' ? v : str(v)))
        .filter((v) => v !== '')
        .join('\n'),
    };
    return { row, entry };
  });
  return { parsed, entries };
}

/** The row's cells; a snapshot too long for the log's cells is left out (the caller checks snapshotFits first). */
export function recordOfEntry(e: LogEntry): Record<string, CellValue> {
  const { snapshot, label, ...rest } = e;
  const rec: Record<string, CellValue> = { ...rest, kind: label || KIND_LABELS[e.kind] };
  const parts = splitSnapshot(snapshot) ?? [];
  for (let i = 0; i < SNAPSHOT_CELLS; i++) rec[snapshotKey(i)] = parts[i] ?? '';
  return rec;
}
