// Server entry of the add-on. Every export becomes a top-level Apps Script function (see scripts/build.mjs):
// menu targets, triggers and google.script.run endpoints. Names must not end with "_".
// Never call a service at module scope: this file is evaluated under onOpen's AuthMode.NONE.
import { fillMenu, MENU } from './menu';
import { HELP_TITLE, helpText } from '../core/workbook/help';

export {
  setupTemplate,
  showImportDialog,
  importScoresPreview,
  importScoresConfirm,
  computeGaps,
  highlightWeakQuestions,
  suggestMeasures,
} from './actions';
export { getDashboard, addMeasureForQuestion } from './sidebar-api';
export {
  generateMeasuresPlan,
  generateResultsReport,
  generateAnalysisReport,
  generateAnnouncement,
  generateDocument,
  pullComments,
  pullCommentsFromMenu,
  documentsStatus,
  showDocumentsStatus,
} from './document-actions';
export { showSelfCheck } from './self-check';

const SIDEBAR_FILE = 'Sidebar';
const SIDEBAR_TITLE = 'ITA: วิเคราะห์ผลและจัดทำมาตรการ';
const ABOUT_TITLE = 'เกี่ยวกับส่วนเสริม ITA';
const ABOUT_TEXT =
  'ส่วนเสริมนี้ช่วยวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ' +
  'หาตัวชี้วัดและข้อคำถามที่ต่ำกว่าเกณฑ์ และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส ' +
  'กับรายงานผลการดำเนินการ (ข้อ OIT ตามปีการประเมิน เช่น o34/o35 ในปี 2567 และ o25/o26 ในปี 2569) ในสมุดงาน Google Sheets ที่ใช้ร่วมกันหลายกอง โดยไม่เขียนทับข้อมูลของกันและกัน ' +
  'ดูขั้นตอนได้ที่เมนู "วิธีใช้"';

/** Simple trigger: builds the add-on menu only (works in AuthMode.NONE). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  fillMenu(SpreadsheetApp.getUi().createAddonMenu(), MENU).addToUi();
}

/** Runs when the add-on is installed from the Marketplace: same menu as onOpen. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Opens the sidebar (dist/Sidebar.html, one self-contained file, not a template). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** วิธีใช้: the short Thai guide (the steps in order, one line per menu item). */
export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(HELP_TITLE, helpText(), ui.ButtonSet.OK);
}

/** A short Thai description of the add-on. */
export function showAbout(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(ABOUT_TITLE, ABOUT_TEXT, ui.ButtonSet.OK);
}
