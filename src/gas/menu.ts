// The add-on menu as data: onOpen walks this list. Adding an item is one line.
// `fn` must name a top-level export of src/gas/main.ts (the bundle test checks it). The documents'
// items come from the document-kind registry.
import { DOC_KINDS } from '../core/document/kinds';

export interface MenuItem {
  /** Thai label the user sees. */
  label: string;
  /** Name of the exported server function the item runs. */
  fn: string;
}

export const SEPARATOR = 'separator' as const;
export type MenuEntry = MenuItem | typeof SEPARATOR;

export const MENU: readonly MenuEntry[] = [
  { label: 'เปิดแผงเครื่องมือ ITA', fn: 'showSidebar' },
  SEPARATOR,
  { label: 'ตั้งค่าแม่แบบ', fn: 'setupTemplate' },
  { label: 'นำเข้าคะแนน', fn: 'showImportDialog' },
  { label: 'คำนวณส่วนต่างจากค่าเป้าหมาย', fn: 'computeGaps' },
  { label: 'เน้นข้อคำถามที่ต่ำกว่าเกณฑ์', fn: 'highlightWeakQuestions' },
  { label: 'เสนอมาตรการ', fn: 'suggestMeasures' },
  ...DOC_KINDS.map((d) => ({ label: d.menuLabel, fn: d.menuFn })),
  { label: 'ดึงความเห็นจากเอกสาร', fn: 'pullCommentsFromMenu' },
  { label: 'สถานะเอกสาร', fn: 'showDocumentsStatus' },
  SEPARATOR,
  { label: 'ตรวจสอบการติดตั้ง', fn: 'showSelfCheck' },
  { label: 'วิธีใช้', fn: 'showHelp' },
  { label: 'เกี่ยวกับส่วนเสริมนี้', fn: 'showAbout' },
];

/** Adds `entries` to `menu` in order and returns it (the caller calls addToUi). */
export function fillMenu(
  menu: GoogleAppsScript.Base.Menu,
  entries: readonly MenuEntry[] = MENU,
): GoogleAppsScript.Base.Menu {
  for (const entry of entries) {
    if (entry === SEPARATOR) menu.addSeparator();
    else menu.addItem(entry.label, entry.fn);
  }
  return menu;
}
