// Pulling comment threads of every logged doc into the comments sheet (one read, one write).
import { isDriveServiceError } from '../../core/document/comments';
import { MSG } from '../../core/document/messages';
import type { PullResult } from '../../shared/rpc';
import { backupComments, driveAvailable, DriveUnavailableError, openCommentsStore } from './comments';
import { openDocumentsLog } from './log';
import { TableHeaderError } from '../../core/workbook/records';
import type { DocSource } from './source';
import { DOC_LOCK_WAIT_MS, TIME_ZONE } from './generate';

export function pullAllComments(source: DocSource): PullResult {
  const none = (message: string, warnings: string[] = []): PullResult => ({
    ok: false,
    message,
    documents: 0,
    comments: 0,
    added: 0,
    warnings,
  });
  if (!driveAvailable()) return none(MSG.driveOff);
  // "null if called from a script that isn't bound to a document".
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) return none(MSG.noDocumentLock);
  if (!lock.tryLock(DOC_LOCK_WAIT_MS)) return none(MSG.busy);
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const log = openDocumentsLog(ss, (d) => Utilities.formatDate(d, TIME_ZONE, 'yyyy-MM-dd HH:mm'));
    const entries = log.entries();
    if (!entries.length) return none(MSG.noDocs);
    const loaded = source.load();
    // A missing or broken table (a deleted มาตรการ sheet, a header row gone): say it, write nothing.
    if ('issues' in loaded) return none(`${MSG.pullRefused}\n${loaded.issues.map((i) => `• ${i.message}`).join('\n')}`);
    const measures = loaded.input.measures;
    const store = openCommentsStore(ss);
    const warnings: string[] = [];
    const seen = new Set<string>();
    let docs = 0;
    let total = 0;
    let added = 0;
    for (const e of entries) {
      if (seen.has(e.fileId)) continue;
      seen.add(e.fileId);
      try {
        const [n, a] = backupComments(store, e.fileId, e.title, measures);
        docs++;
        total += n;
        added += a;
      } catch (err) {
        if (err instanceof DriveUnavailableError && isDriveServiceError(err.message)) return none(MSG.driveOff);
        warnings.push(MSG.pullSkipped(e.title));
      }
    }
    store.save();
    SpreadsheetApp.flush();
    if (docs === 0) return none(MSG.pullNone, warnings);
    return { ok: true, message: MSG.pulled(docs, total, added), documents: docs, comments: total, added, warnings };
  } catch (e) {
    if (e instanceof TableHeaderError) return none(e.message);
    return none(MSG.unexpected(e instanceof Error ? e.message : String(e)));
  } finally {
    lock.releaseLock();
  }
}
