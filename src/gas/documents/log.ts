// The documents log (sheet "เอกสาร", table id "documents") over its sheet: one read, one write.
// The entries themselves (columns, snapshot cells, current, out of date) are src/core/document/log-entries.ts.
import { entriesFromGrid, internalColumnRuns, recordOfEntry, type LogEntry } from '../../core/document/log-entries';
import { gridOf } from '../../core/workbook/records';
import { findTableSheet, readGrid, tableSheet, writeGrid } from './sheet-records';

export interface DocumentsLog {
  entries(): LogEntry[];
  /** Adds or replaces (by fileId) an entry; kept in memory until save(). */
  upsert(entry: LogEntry): void;
  /** One write of the whole log. */
  save(): void;
}

/** The log's entries, read-only (one read; no log sheet = no entries, and nothing is created). */
export function readDocumentsLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  formatDate: (d: Date) => string,
): LogEntry[] {
  const sheet = findTableSheet(ss, 'documents');
  if (!sheet) return [];
  return entriesFromGrid(readGrid(sheet), formatDate)
    .entries.map((r) => r.entry)
    .filter((e): e is LogEntry => e !== null);
}

/** The log over its sheet (created when absent: write paths only): one read when opened, one write on save. */
export function openDocumentsLog(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  formatDate: (d: Date) => string,
): DocumentsLog {
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
      hideInternalColumns(sheet, grid[0]);
      dirty = false;
    },
  };
}

/**
 * Hides the log's internal columns (data hash, snapshot cells, PDF file id) found in `header`: one
 * hideColumns per run of neighbouring columns (one call when they sit together, as the add-on writes them).
 */
export function hideInternalColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, header: unknown[]): void {
  for (const [col, n] of internalColumnRuns(header)) sheet.hideColumns(col, n);
}
