// Menu actions of the ITA workbook (top-level server functions; see main.ts). Each shows a Thai alert
// and returns a JSON-safe result (so the sidebar may call them too).
import {
  ActionResult,
  IMPORT_DIALOG_HTML,
  IMPORT_DIALOG_TITLE,
  ImportPreview,
  confirmImport,
  previewImport,
  runCompute,
  runHighlight,
  runSetup,
  runSuggest,
} from './workbook';
import { show } from './workbook/messages';

/** ตั้งค่าแม่แบบ: adds the missing sheets, rows and columns; never overwrites what is there. */
export function setupTemplate(): ActionResult {
  return show(runSetup());
}

/** นำเข้าคะแนน: opens the paste dialog. */
export function showImportDialog(): void {
  const html = HtmlService.createHtmlOutput(IMPORT_DIALOG_HTML).setWidth(760).setHeight(580);
  SpreadsheetApp.getUi().showModalDialog(html, IMPORT_DIALOG_TITLE);
}

/** Dialog endpoint: read-only preview of pasted scores. */
export function importScoresPreview(text: string): ImportPreview {
  return previewImport(text);
}

/**
 * Dialog endpoint: writes the pasted scores (a different existing value is kept unless overwrite), only
 * when `previewed` (the textHash the preview answered) is the hash of this very text.
 */
export function importScoresConfirm(text: string, overwrite: boolean | undefined, previewed: string): ImportPreview {
  return confirmImport(text, overwrite === true, previewed);
}

/** คำนวณส่วนต่างจากค่าเป้าหมาย. */
export function computeGaps(): ActionResult {
  return show(runCompute());
}

/** เน้นข้อคำถามที่ต่ำกว่าเกณฑ์. */
export function highlightWeakQuestions(): ActionResult {
  return show(runHighlight());
}

/** เสนอมาตรการ. */
export function suggestMeasures(): ActionResult {
  return show(runSuggest());
}
