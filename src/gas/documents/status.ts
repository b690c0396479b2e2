// What the sidebar shows about generated documents: per log row, whether it is out of date with the
// workbook and how many comment threads are still open.
import { openCommentCounts } from '../../core/document/comments';
import { currentEntry, isOutOfDate } from '../../core/document/log-entries';
import { KIND_LABELS, MSG } from '../../core/document/messages';
import { readDocumentsLog } from './log';
import { findTableSheet, readGrid } from './sheet-records';
import { dataHash, GENERATED_KINDS, TIME_ZONE } from './generate';
import type { DocSource } from './source';

/** JSON-safe row of the sidebar's document list. */
export interface DocumentStatus {
  kind: string;
  kindLabel: string;
  title: string;
  url: string;
  /** The PDF next to the doc, from the log ("" when none was written). Optional for older callers. */
  pdfUrl?: string;
  version: number;
  generatedAt: string;
  generatedBy: string;
  /** The latest version of its kind. */
  current: boolean;
  /** Only for the current version; false when the workbook cannot be read (see `checked`). */
  outOfDate: boolean;
  /**
   * Whether `outOfDate` was actually judged: false when the workbook's inputs could not be read, so the
   * document may or may not be up to date. Always set by documentsStatusList (optional for older callers).
   */
  checked?: boolean;
  /** Why it could not be checked (the input issues, Thai); only when `checked` is false. */
  uncheckedReason?: string;
  openComments: number;
  status: string;
}

/**
 * Every logged document with its status. Read-only (the sidebar's getDashboard calls it): a missing
 * documents log means no documents, a missing comments sheet means no open comments; nothing is created.
 */
export function documentsStatusList(source: DocSource): DocumentStatus[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const entries = readDocumentsLog(ss, (d) => Utilities.formatDate(d, TIME_ZONE, 'yyyy-MM-dd HH:mm'));
  if (!entries.length) return [];
  const loaded = source.load();
  const commentsSheet = findTableSheet(ss, 'comments');
  const open = commentsSheet ? openCommentCounts(readGrid(commentsSheet)) : new Map<string, number>();
  const unchecked = 'input' in loaded ? null : loaded.issues.map((i) => i.message).join(' / ') || MSG.notChecked;
  const currentIds = new Set(
    GENERATED_KINDS.map((k) => currentEntry(entries, k)?.fileId).filter((x): x is string => !!x),
  );
  return entries
    .map((e) => {
      const current = currentIds.has(e.fileId);
      return {
        kind: e.kind,
        kindLabel: e.label || KIND_LABELS[e.kind],
        title: e.title,
        url: e.url,
        pdfUrl: e.pdfUrl ?? '',
        version: e.version,
        generatedAt: e.createdAt,
        generatedBy: e.createdBy,
        current,
        outOfDate: current && 'input' in loaded ? isOutOfDate(e, dataHash(e.kind, loaded.input)) : false,
        checked: unchecked === null,
        ...(unchecked === null ? {} : { uncheckedReason: unchecked }),
        openComments: open.get(e.fileId) ?? 0,
        status: e.status,
      };
    })
    .sort((a, b) =>
      a.kind === b.kind ? b.version - a.version : GENERATED_KINDS.indexOf(a.kind) - GENERATED_KINDS.indexOf(b.kind),
    );
}

/**
 * Pure: the menu's "สถานะเอกสาร" alert. The current version of each kind with its version, when and by
 * whom it was generated, whether it is out of date and its open comments; older versions after it.
 * `issues`: why the workbook could not be read (then "out of date" cannot be judged).
 */
export function documentsStatusText(list: DocumentStatus[], issues: string[] = []): string {
  if (!list.length) return MSG.noDocs;
  const unchecked = issues.length > 0;
  const block = (d: DocumentStatus) => {
    const lines = [
      `• ${d.kindLabel} ฉบับที่ ${d.version}: "${d.title}"`,
      `   ${MSG.generatedAtBy(d.generatedAt, d.generatedBy)}`,
    ];
    if (d.current) lines.push(`   ${unchecked ? MSG.notChecked : d.outOfDate ? MSG.outOfDate : MSG.upToDate}`);
    else if (d.status) lines.push(`   ${d.status}`);
    lines.push(`   ${MSG.openComments(d.openComments)}`);
    if (d.url) lines.push(`   ${d.url}`);
    return lines.join('\n');
  };
  const current = list.filter((d) => d.current);
  const older = list.filter((d) => !d.current);
  const parts = current.map(block);
  if (older.length) parts.push([MSG.olderVersions, ...older.map(block)].join('\n'));
  if (unchecked) parts.push(MSG.statusIssues(issues.map((i) => `• ${i}`).join('\n')));
  parts.push(MSG.commentsHint);
  return parts.join('\n\n');
}
