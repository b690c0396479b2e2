// ตรวจสอบการติดตั้ง: run once on a real account, it exercises each call whose behaviour there is not
// certain (scopes granted, Drive v3 enabled, Docs table edits, the document lock) on a scratch
// document, each step in its own try/catch so one failure does not hide the others, and trashes the
// scratch doc and its PDF at the end whatever happened. The checks (labels, advice) are data in
// src/core/document/self-check.ts.
import { SELF_CHECK_TITLE, selfCheckLines, type SelfCheckId, type SelfCheckResult } from '../core/document/self-check';
import { createDocFile, driveFilesOn, errorText, trashFile, workbookEditors, writePdf } from './documents/drive-files';
import { DOC_LOCK_WAIT_MS, outputFolderId } from './documents/generate';
import { createNumberedDocFile } from './documents/page-shell';
import { a4 } from '../core/document/model';

const SCRATCH_TITLE = 'ITA ตรวจสอบการติดตั้ง (ลบได้)';

export interface SelfCheckReport {
  results: SelfCheckResult[];
  /** Thai lines, one per check, then one per scratch file that could not be trashed. */
  lines: string[];
}

/** Runs every check; never throws. */
export function runSelfCheck(): SelfCheckReport {
  const results: SelfCheckResult[] = [];
  const step = (id: SelfCheckId, fn: () => void): boolean => {
    try {
      fn();
      results.push({ id, ok: true, error: '' });
      return true;
    } catch (e) {
      results.push({ id, ok: false, error: errorText(e) });
      return false;
    }
  };
  const scratch: { id: string; url: string }[] = [];
  let doc: GoogleAppsScript.Document.Document | null = null;
  let folderId: string | null = null;
  try {
    // 1. The doc made in the add-on's output folder, exactly as generation makes it: imported from the
    //    page-number shell, else (the import failing) a plain doc.
    let shellError = '';
    step('create', () => {
      if (!driveFilesOn()) throw new Error('บริการขั้นสูง Drive API ไม่ได้เปิดใช้');
      folderId = outputFolderId('', [], []);
      let id: string;
      try {
        id = createNumberedDocFile(SCRATCH_TITLE, folderId, a4('portrait', false));
      } catch (e) {
        shellError = errorText(e);
        id = createDocFile(SCRATCH_TITLE, folderId);
      }
      scratch.push({ id, url: `https://docs.google.com/document/d/${id}/edit` });
      doc = DocumentApp.openById(id);
    });
    if (!doc) {
      // Without Drive the Docs checks still run on a doc DocumentApp makes (My Drive).
      try {
        doc = DocumentApp.create(SCRATCH_TITLE);
        scratch.push({ id: doc.getId(), url: doc.getUrl() });
      } catch {
        /* the Docs checks below report the reason */
      }
    }
    // The conversion gave the doc its page-number header ("- 2 -" from page 2; the number itself is an
    // element DocumentApp does not model, so the dashes around it are what can be read).
    step('pageNumbers', () => {
      if (!driveFilesOn()) throw new Error('บริการขั้นสูง Drive API ไม่ได้เปิดใช้');
      const created = results.find((r) => r.id === 'create');
      if (created && !created.ok) throw new Error(created.error);
      if (shellError) throw new Error(shellError);
      // Document.getHeader() "Retrieves the document's header section, if one exists": which one of the
      // two (the first page's, empty, or the others', "- 2 -") is not said, so only its presence is
      // checked here; the numbers themselves are checked by eye (README, first deployment, point 6).
      const header = doc ? (doc as GoogleAppsScript.Document.Document).getHeader() : null;
      if (!header) throw new Error('เอกสารที่แปลงแล้วไม่มีหัวกระดาษเลขหน้า');
    });
    const body = (): GoogleAppsScript.Document.Body => {
      if (!doc) throw new Error('สร้างเอกสารทดลองไม่ได้');
      return doc.getBody();
    };
    let table: GoogleAppsScript.Document.Table | null = null;
    step('mergeHeader', () => {
      table = body().appendTable([
        ['ก', 'ข', 'ค'],
        ['1', '2', '3'],
      ]);
      table.getRow(0).getCell(2).merge();
    });
    step('tableRows', () => {
      const t = table ?? body().appendTable([['1', '2']]);
      const row = t.insertTableRow(1);
      row.appendTableCell('แถวทดลอง');
      t.removeRow(1);
    });
    step('lastParagraph', () => {
      const b = body();
      b.appendParagraph('ย่อหน้าทดลอง');
      b.appendParagraph('ย่อหน้าสุดท้าย');
      const n = b.getNumChildren();
      // What an update does: a paragraph before the end is removed, the last one is emptied ("Can't
      // remove the last paragraph in a document section").
      b.getChild(n - 2)
        .asParagraph()
        .removeFromParent();
      b.getChild(n - 2)
        .asParagraph()
        .setText('');
    });
    const driveDocId = (): string => {
      if (!driveFilesOn()) throw new Error('บริการขั้นสูง Drive API ไม่ได้เปิดใช้');
      if (!doc) throw new Error('สร้างเอกสารทดลองไม่ได้');
      return doc.getId();
    };
    step('comments', () => {
      Drive!.Comments!.list(driveDocId(), { fields: 'comments(id,content)' });
    });
    // Sharing is checked by the call that starts every share (Permissions.list with emailAddress):
    // Permissions.create would need someone to share with, and giving anyone access, or e-mailing
    // anyone, from a check is not acceptable; a permission for the user's own e-mail is not a test.
    step('permissions', () => {
      Drive!.Permissions!.list(driveDocId(), { fields: 'permissions(emailAddress,role,type)' });
    });
    step('pdf', () => {
      const id = driveDocId();
      doc!.saveAndClose();
      doc = DocumentApp.openById(id);
      const pdf = writePdf(doc, SCRATCH_TITLE, folderId, '');
      if (pdf.id) scratch.push({ id: pdf.id, url: pdf.url });
      if (!pdf.ok) throw new Error(pdf.error);
    });
    step('editors', () => {
      const r = workbookEditors();
      if (r.error) throw new Error(r.error);
    });
    step('lock', () => {
      const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
      if (!lock) throw new Error('ไม่มีล็อกของสมุดงาน (สคริปต์ไม่ได้ผูกกับสมุดงาน)');
      if (!lock.tryLock(DOC_LOCK_WAIT_MS)) throw new Error('มีผู้อื่นกำลังใช้งานอยู่');
      lock.releaseLock();
    });
  } finally {
    for (const f of scratch) f.id = trashFile(f.id) ? '' : f.id;
  }
  const lines = selfCheckLines(results);
  for (const f of scratch) if (f.id) lines.push(`ย้ายเอกสารทดลองไปถังขยะไม่ได้ โปรดลบเอง: ${f.url}`);
  return { results, lines };
}

/** Menu: ตรวจสอบการติดตั้ง. */
export function showSelfCheck(): void {
  const { lines } = runSelfCheck();
  const ui = SpreadsheetApp.getUi();
  ui.alert(SELF_CHECK_TITLE, lines.join('\n'), ui.ButtonSet.OK);
}
