// Apps Script adapters of the ITA workbook.
export { runSetup, SETUP_TITLE, defaultAssessmentYear } from './setup';
export { runCompute, COMPUTE_TITLE } from './compute';
export { runHighlight, HIGHLIGHT_TITLE } from './highlight';
export { runSuggest, SUGGEST_TITLE } from './suggest';
export { previewImport, confirmImport, textHash, NOT_PREVIEWED_MESSAGE, IMPORT_TITLE } from './import';
export type { ImportPreview } from './import';
export { IMPORT_DIALOG_HTML, IMPORT_DIALOG_TITLE } from './import-dialog';
export { BUSY_MESSAGE, withDocumentLock, BusyError } from './lock';
export { locateTables, readTable } from './tables';
export type { ActionResult } from './messages';
