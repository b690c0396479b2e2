// Every Thai message of the Google Docs side, in one place.
import { ALL_DOC_KINDS, DOC_KIND_LABELS } from './kinds';
import type { DocKind } from './model';
import type { NewVersionReason, PlanStats } from './diff';
import { thaiError } from '../errors';
import { withDigits } from '../thai';
import type { Places } from './where';

/** Thai label per kind, from the registry (also what the documents log stores in its kind column). */
export const KIND_LABELS: Record<DocKind, string> = DOC_KIND_LABELS;

export const UNKNOWN_USER = '(ไม่ทราบ)';
export const YES = 'ใช่';
export const NO = 'ไม่';

export const STATUS = {
  current: 'ฉบับปัจจุบัน',
  superseded: (v: number) => `ฉบับเก่า (มีฉบับที่ ${v} แล้ว)`,
  missing: 'ไม่พบเอกสาร (ถูกลบหรือไม่มีสิทธิ์)',
  trashed: 'อยู่ในถังขยะ',
  partial: 'ปรับปรุงไม่ครบ — เลือกเมนูสร้าง/ปรับปรุงเอกสารนี้อีกครั้งเพื่อให้เสร็จ',
} as const;

export const TITLES = {
  generate: 'สร้างเอกสาร',
  pull: 'ดึงความเห็นจากเอกสาร',
  status: 'สถานะเอกสาร',
} as const;

export const MSG = {
  busy: 'มีผู้ใช้อื่นกำลังสร้างหรือปรับปรุงเอกสารในสมุดงานนี้อยู่ กรุณารอสักครู่แล้วลองใหม่',
  quota:
    'วันนี้สร้างเอกสาร Google Docs ครบจำนวนที่ Google อนุญาตต่อวันแล้ว ยังไม่ได้สร้างเอกสารใด ๆ ' +
    'โควตาจะกลับมาภายใน 24 ชั่วโมง กรุณาลองใหม่พรุ่งนี้',
  folderDenied: (folder: string) =>
    `ส่วนเสริมเข้าถึงโฟลเดอร์ที่กำหนดในชีต "ตั้งค่า" ไม่ได้ (${folder}) ยังไม่ได้สร้างเอกสาร ` +
    'ส่วนเสริมใช้ได้เฉพาะโฟลเดอร์ที่ส่วนเสริมสร้างขึ้นเอง (สิทธิ์ drive.file) ' +
    'กรุณาเว้นช่องโฟลเดอร์ว่างไว้ ส่วนเสริมจะสร้างโฟลเดอร์ให้และแชร์ให้ผู้แก้ไขสมุดงานทุกคน',
  folderCreated: (name: string, url: string) =>
    `สร้างโฟลเดอร์ "${name}" สำหรับเก็บเอกสารและไฟล์ PDF แล้ว และแชร์ให้ผู้แก้ไขสมุดงานแล้ว: ${url}`,
  folderNotReachable: (url: string) =>
    `ส่วนเสริมเข้าถึงโฟลเดอร์เอกสารของสมุดงานนี้ด้วยบัญชีของคุณไม่ได้ (${url}) ` +
    'เอกสารใหม่จึงอยู่ในไดรฟ์ของฉันของคุณ และแชร์ให้ผู้แก้ไขสมุดงานและผู้ตรวจแล้ว ' +
    'ผู้สร้างโฟลเดอร์สามารถย้ายเอกสารเข้าโฟลเดอร์ได้ภายหลัง',
  driveOffPrivate: 'ยังไม่ได้เปิดใช้บริการ Drive API ขั้นสูง เอกสารจึงอยู่ในไดรฟ์ของฉันของคุณ ยังไม่ได้แชร์ให้ผู้อื่น และยังไม่ได้สร้างไฟล์ PDF',
  noDocumentLock:
    'ส่วนเสริมต้องทำงานจากเมนูหรือแผงเครื่องมือของสมุดงาน Google ชีต (ไม่พบสมุดงานที่เปิดอยู่ จึงกันผู้ใช้สองคนสร้างเอกสารพร้อมกันไม่ได้) ยังไม่ได้ทำรายการใด',
  docTrashed: (title: string) => `เอกสาร "${title}" อยู่ในถังขยะ จึงไม่แก้ไขฉบับนั้น และสร้างฉบับใหม่แทน`,
  commentsNotReadable: (title: string, by: string) =>
    `อ่านความเห็นในเอกสาร "${title}" ด้วยบัญชีของคุณไม่ได้ (Google ให้ส่วนเสริมอ่านได้เฉพาะไฟล์ที่สร้างด้วยบัญชีนั้น) ` +
    `จึงปรับปรุงเอกสารโดยไม่ได้สำรองความเห็นก่อน ความเห็นยังอยู่ในเอกสาร ` +
    `ให้ผู้สร้างเอกสาร (${by || 'ผู้สร้างเอกสาร'}) เลือกเมนู "ดึงความเห็นจากเอกสาร" เพื่อบันทึกความเห็นลงชีต`,
  pdfFailed: (title: string, why: string) => `ยังไม่ได้สร้างหรือปรับไฟล์ PDF ของ "${title}": ${thaiError(why)}`,
  pageNumbersNeedDrive:
    'เอกสารยังไม่มีเลขหน้า เพราะการใส่เลขหน้าต้องใช้บริการ Drive API ขั้นสูง ใส่เลขหน้าได้จากเมนู แทรก > เลขหน้า ใน Google เอกสาร',
  /** The page-number shell could not be imported: the doc is made without page numbers. */
  pageNumbersMissing: (title: string, why: string) =>
    `เอกสาร "${title}" ยังไม่มีเลขหน้า (สร้างเอกสารพร้อมเลขหน้าไม่สำเร็จ: ${thaiError(why)}) ใส่เลขหน้าได้จากเมนู แทรก > เลขหน้า ใน Google เอกสาร`,
  pdfWritten: (url: string) => `ไฟล์ PDF สำหรับเผยแพร่บนเว็บไซต์: ${url}`,
  shared: (names: string[]) => `แชร์เอกสารให้ ${names.join(', ')} แล้ว`,
  shareFailed: (who: string, why: string) => `แชร์เอกสารให้ ${who} ไม่สำเร็จ: ${thaiError(why)}`,
  shareNotAllowed: (title: string) =>
    `แชร์เอกสาร "${title}" ด้วยบัญชีของคุณไม่ได้ (สร้างโดยผู้อื่น) ผู้สร้างเอกสารจะแชร์ให้ครบเมื่อสร้าง/ปรับปรุงเอกสารครั้งถัดไป`,
  editorsUnknown: (why: string) => `อ่านรายชื่อผู้แก้ไขสมุดงานไม่ได้ จึงแชร์ให้เฉพาะผู้ตรวจ: ${thaiError(why)}`,
  driveOff:
    'ยังไม่ได้เปิดใช้บริการ Drive API ขั้นสูง (Drive API v3) หรือยังไม่ได้อนุญาต จึงสำรองความเห็นของผู้ตรวจไม่ได้ ' +
    'วิธีเปิด: ในตัวแก้ไข Apps Script เลือก บริการ (Services) > เพิ่ม Drive API เวอร์ชัน v3 แล้วอนุญาตสิทธิ์ใหม่',
  driveOffRefused: (title: string) =>
    `ข้อมูลในสมุดงานเปลี่ยนไป แต่ยังไม่ได้ปรับปรุงเอกสาร "${title}" เพราะต้องสำรองความเห็นของผู้ตรวจก่อนแก้ไข ` +
    'เมื่อเปิดใช้บริการ Drive API แล้ว ให้เลือกเมนูสร้าง/ปรับปรุงเอกสารอีกครั้ง ' +
    '(หรือเลือก "สร้างฉบับใหม่แทน" เพื่อสร้างเอกสารฉบับใหม่โดยเก็บฉบับเดิมพร้อมความเห็นไว้ ซึ่งใช้โควตาสร้างเอกสารรายวัน)',
  driveOffNewVersion: 'เพื่อไม่ให้ความเห็นในเอกสารเดิมสูญหาย จึงสร้างเอกสารฉบับใหม่ และเก็บฉบับเดิมไว้ตามเดิม',
  commentsFailed: (why: string) => `สำรองความเห็นจากเอกสารไม่สำเร็จ จึงไม่แก้ไขเอกสารเดิม: ${thaiError(why)}`,
  docGone: (title: string) => `ไม่พบเอกสาร "${title}" (อาจถูกลบ ย้ายไปถังขยะ หรือไม่มีสิทธิ์เข้าถึงแล้ว) จึงสร้างฉบับใหม่`,
  docReadOnly: (title: string) => `คุณไม่มีสิทธิ์แก้ไขเอกสาร "${title}" แล้ว จึงสร้างฉบับใหม่และเก็บฉบับเดิมไว้`,
  created: (title: string, url: string) => `สร้างเอกสาร "${title}" แล้ว\n${url}`,
  newVersion: (title: string, url: string, oldTitle: string) =>
    `สร้างเอกสารฉบับใหม่ "${title}" แล้ว (เอกสารเดิม "${oldTitle}" เก็บไว้ตามเดิม พร้อมความเห็นทั้งหมด)\n${url}`,
  updated: (title: string, url: string, parts: string) => `ปรับปรุงเอกสาร "${title}" แล้ว: ${parts}\n${url}`,
  unchanged: (title: string, url: string) => `เอกสาร "${title}" ตรงกับข้อมูลในสมุดงานแล้ว ไม่มีส่วนใดต้องแก้ไข\n${url}`,
  snapshotTooLong: (title: string) =>
    `เอกสาร "${title}" ยาวเกินกว่าที่ชีต "เอกสาร" จะเก็บข้อมูลสำหรับปรับปรุงได้ ครั้งต่อไประบบจะสร้างเอกสารฉบับใหม่แทนการปรับปรุงฉบับนี้ (ฉบับนี้และความเห็นยังอยู่ครบ)`,
  commentsSaved: (n: number) => `สำรองความเห็น ${n} รายการไว้ในชีต "ความเห็น" แล้ว`,
  longCell: (where: string, n: number, limit: number) =>
    `${where} มีข้อความยาว ${n.toLocaleString('en-US')} ตัวอักษร (เกิน ${limit.toLocaleString('en-US')}) อาจอ่านยากในเอกสาร`,
  partlyUpdated: (title: string, url: string, done: number, total: number, why: string) =>
    `ปรับปรุงเอกสาร "${title}" ได้เพียงบางส่วน (แก้ไขแล้ว ${done} จาก ${total} รายการ) แล้วเกิดข้อผิดพลาด: ${thaiError(why)}\n` +
    'ความเห็นทั้งหมดสำรองไว้ในชีต "ความเห็น" แล้ว และบันทึกสถานะไว้ในชีต "เอกสาร" ' +
    'กรุณาเลือกเมนูสร้าง/ปรับปรุงเอกสารนี้อีกครั้ง ระบบจะแก้ส่วนที่เหลือให้ครบ (ส่วนที่แก้แล้วจะไม่ถูกเขียนซ้ำ)\n' +
    url,
  unexpected: (why: string) => `เกิดข้อผิดพลาดที่ไม่คาดคิด ยังไม่ได้สร้างหรือแก้ไขเอกสาร: ${thaiError(why)}`,
  pulled: (docs: number, total: number, added: number) =>
    `ดึงความเห็นจากเอกสาร ${docs} ฉบับ รวม ${total} รายการ (ใหม่ ${added} รายการ) บันทึกในชีต "ความเห็น" แล้ว`,
  noDocs: 'ยังไม่มีเอกสารที่สร้างจากสมุดงานนี้ กรุณาสร้างเอกสารก่อน',
  pullRefused: 'ยังไม่ได้ดึงความเห็น (ไม่ได้บันทึกอะไร) กรุณาแก้ไขรายการต่อไปนี้แล้วลองใหม่',
  pullNone: 'ดึงความเห็นไม่ได้จากเอกสารใดเลย (ไม่พบเอกสารหรือไม่มีสิทธิ์เข้าถึง) ตรวจสอบเอกสารในชีต "เอกสาร"',
  pullSkipped: (title: string) => `ข้ามเอกสาร "${title}" เพราะไม่พบเอกสารหรือไม่มีสิทธิ์เข้าถึง`,
  unknownKind: (kind: string) => `ไม่รู้จักประเภทเอกสาร "${kind}" (ใช้ได้: ${ALL_DOC_KINDS.join(', ')})`,
  missingSheet: (name: string) => `สร้างชีต "${name}" สำหรับบันทึกรายการแล้ว`,
  outOfDate: 'ไม่เป็นปัจจุบัน — ข้อมูลในชีตเปลี่ยนหลังสร้างเอกสาร ควรเลือกเมนูสร้าง/ปรับปรุงเอกสารนี้อีกครั้ง',
  upToDate: 'เป็นปัจจุบัน ตรงกับข้อมูลในชีต',
  notChecked: 'ตรวจไม่ได้ว่าเป็นปัจจุบันหรือไม่ (อ่านข้อมูลในชีตไม่ได้)',
  openComments: (n: number) => (n ? `ความเห็นที่ยังไม่ปิด ${n} รายการ` : 'ไม่มีความเห็นที่ยังไม่ปิด'),
  generatedAtBy: (at: string, by: string) => `สร้างเมื่อ ${at || '(ไม่ทราบ)'} โดย ${by || '(ไม่ทราบ)'}`,
  olderVersions: 'ฉบับก่อนหน้า (เก็บไว้ตามเดิม):',
  statusIssues: (issues: string) => `อ่านข้อมูลในชีตไม่ได้ จึงตรวจไม่ได้ว่าเอกสารเป็นปัจจุบันหรือไม่:\n${issues}`,
  statusFailed: (why: string) => `อ่านรายการเอกสารไม่สำเร็จ: ${thaiError(why)}`,
  commentsHint: 'ความเห็นนับจากชีต "ความเห็น" เลือกเมนู "ดึงความเห็นจากเอกสาร" เพื่อปรับให้เป็นล่าสุด',
} as const;

/** "(ฉบับที่ 2)" appended to a document's name for its second version, in the document's digit set ("(ฉบับที่ ๒)"). */
export function versionTitle(title: string, version: number, thaiDigits = false): string {
  return version <= 1 ? title : `${title} (ฉบับที่ ${withDigits(String(version), thaiDigits)})`;
}

/**
 * Counts of an in-place update, in Thai. `comments` = how many comments sat on text replaced or removed
 * (and so may now show as detached); the message claims they are intact only when none did.
 */
export function updateParts(
  s: PlanStats,
  comments: { replaced: number; detached: number } = { replaced: 0, detached: 0 },
): string {
  const parts: string[] = [];
  if (s.paragraphsRewritten) parts.push(`แก้ย่อหน้า ${s.paragraphsRewritten} ย่อหน้า`);
  if (s.cellsRewritten) parts.push(`แก้ช่องตาราง ${s.cellsRewritten} ช่อง`);
  if (s.rowsInserted) parts.push(`เพิ่มแถว ${s.rowsInserted} แถว`);
  if (s.rowsRemoved) parts.push(`ลบแถว ${s.rowsRemoved} แถว`);
  if (s.elementsInserted) parts.push(`เพิ่มส่วน ${s.elementsInserted} ส่วน`);
  if (s.elementsRemoved) parts.push(`ลบส่วน ${s.elementsRemoved} ส่วน`);
  if (s.handEditsKept) parts.push(`คงข้อความที่แก้ไขด้วยมือไว้ ${s.handEditsKept} แห่ง`);
  const tail = comments.detached
    ? ` ส่วนอื่นไม่ถูกแตะต้อง แต่มีความเห็น ${comments.detached} รายการผูกกับข้อความที่ถูกเขียนทับหรือลบ จึงอาจแสดงว่าหลุดจากข้อความเดิม (สำรองไว้ในชีต "ความเห็น" แล้ว)`
    : comments.replaced
      ? ` (เขียนข้อความใหม่ทั้งช่องหรือทั้งย่อหน้า ${comments.replaced} แห่ง ไม่มีความเห็นผูกอยู่ที่นั่น) ส่วนอื่นไม่ถูกแตะต้อง ความเห็นที่ผูกไว้ยังอยู่ครบ`
      : ' ส่วนอื่นไม่ถูกแตะต้อง ความเห็นที่ผูกไว้ยังอยู่ครบ';
  return parts.join(', ') + tail;
}

/** Why a new version was made instead of updating in place, placed in the officer's words (see where.ts). */
export function reasonText(r: NewVersionReason, places: Places): string {
  switch (r.code) {
    case 'no-snapshot':
      return 'ไม่พบข้อมูลการสร้างเอกสารครั้งก่อน (หรือข้อมูลเสียหาย) จึงเปรียบเทียบกับเอกสารเดิมไม่ได้';
    case 'structure': {
      const what = {
        count: 'จำนวนย่อหน้าหรือตาราง',
        type: 'ชนิดของเนื้อหา (ย่อหน้าหรือตาราง)',
        columns: 'จำนวนช่องในแถวของตาราง',
        rows: 'จำนวนแถวของตาราง',
      }[r.what];
      return `เอกสารเดิมถูกแก้ไขโครงสร้างด้วยมือ: ${what}ไม่ตรงกับที่สร้างไว้ ที่${places.element(r.key)}`;
    }
    case 'conflict':
      return r.rowKey
        ? `${places.cell(r.key, r.rowKey, r.col ?? 0)} ถูกแก้ไขด้วยมือในเอกสาร และข้อมูลในชีตก็เปลี่ยนด้วย จึงไม่เขียนทับ`
        : `${places.element(r.key)} ถูกแก้ไขด้วยมือในเอกสาร และข้อมูลในชีตก็เปลี่ยนด้วย จึงไม่เขียนทับ`;
    case 'edited-removed':
      return r.rowKey
        ? `${places.row(r.key, r.rowKey)} ในตารางใต้${places.section(r.key)} ถูกแก้ไขด้วยมือในเอกสาร แต่ข้อมูลใหม่ไม่มีแถวนี้แล้ว จึงไม่ลบทิ้ง`
        : `${places.element(r.key)} ถูกแก้ไขด้วยมือในเอกสาร แต่ข้อมูลใหม่ไม่มีส่วนนี้แล้ว จึงไม่ลบทิ้ง`;
  }
}
