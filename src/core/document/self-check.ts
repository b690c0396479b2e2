// The installation self-check ("ตรวจสอบการติดตั้ง") as data: one entry per call whose behaviour on a
// real account is uncertain (scopes granted, Drive v3 enabled, Docs table edits, the document lock).
// The runner (src/gas/self-check.ts) exercises each on a scratch document and reports one Thai line
// per entry; the README's "What a first real deployment must check" explains every answer.

export type SelfCheckId =
  | 'create'
  | 'pageNumbers'
  | 'mergeHeader'
  | 'tableRows'
  | 'lastParagraph'
  | 'comments'
  | 'permissions'
  | 'pdf'
  | 'editors'
  | 'lock';

export interface SelfCheck {
  id: SelfCheckId;
  /** What is checked, in Thai. */
  label: string;
  /** What to do when the check fails, in Thai. */
  advice: string;
}

const ENABLE_DRIVE =
  'เปิดบริการขั้นสูง Drive API (v3) ในโครงการ Apps Script และให้ผู้ใช้อนุญาตสิทธิ์ของส่วนเสริมใหม่ทั้งหมด (รวมถึงสิทธิ์ไฟล์ใน Google ไดรฟ์ที่ส่วนเสริมสร้าง)';

export const SELF_CHECKS: readonly SelfCheck[] = [
  {
    id: 'create',
    label: 'สร้างเอกสารในโฟลเดอร์ของส่วนเสริม',
    advice: ENABLE_DRIVE,
  },
  {
    id: 'pageNumbers',
    label: 'สร้างเอกสารพร้อมเลขหน้า (แปลงไฟล์ Word ที่มีเลขหน้าเป็น Google เอกสาร)',
    advice:
      'เอกสารที่สร้างจะไม่มีเลขหน้า ใส่เลขหน้าเองได้จากเมนู แทรก > เลขหน้า ของ Google เอกสาร และแจ้งผู้ดูแลส่วนเสริมพร้อมข้อความข้อผิดพลาด',
  },
  {
    id: 'mergeHeader',
    label: 'ผสานเซลล์หัวตาราง',
    advice: 'ให้ผู้ใช้อนุญาตสิทธิ์เอกสาร Google เอกสาร ของส่วนเสริมใหม่ แล้วแจ้งผู้ดูแลส่วนเสริมพร้อมข้อความข้อผิดพลาด',
  },
  {
    id: 'tableRows',
    label: 'แทรกและลบแถวตาราง',
    advice: 'แจ้งผู้ดูแลส่วนเสริมพร้อมข้อความข้อผิดพลาด (การปรับปรุงเอกสารเดิมจะใช้ไม่ได้ ให้สร้างเอกสารฉบับใหม่แทน)',
  },
  {
    id: 'lastParagraph',
    label: 'ลบย่อหน้าและล้างย่อหน้าสุดท้าย',
    advice: 'แจ้งผู้ดูแลส่วนเสริมพร้อมข้อความข้อผิดพลาด (การปรับปรุงเอกสารเดิมอาจใช้ไม่ได้)',
  },
  {
    id: 'comments',
    label: 'อ่านความเห็นในเอกสาร',
    advice: `${ENABLE_DRIVE} หากยังใช้ไม่ได้ ให้ผู้ดูแลระบบ Google Workspace ของหน่วยงานอนุญาตให้ส่วนเสริมใช้ Drive API`,
  },
  {
    id: 'permissions',
    label: 'อ่านรายชื่อผู้มีสิทธิ์ในเอกสาร (ใช้ก่อนแบ่งปันให้ผู้ตรวจแสดงความคิดเห็น)',
    advice: `${ENABLE_DRIVE} หากหน่วยงานห้ามแบ่งปันไฟล์ ให้แบ่งปันเอกสารให้ผู้ตรวจด้วยตนเอง`,
  },
  {
    id: 'pdf',
    label: 'บันทึกเอกสารเป็นไฟล์ PDF',
    advice: `${ENABLE_DRIVE} หากยังใช้ไม่ได้ ให้ดาวน์โหลดเป็น PDF จากเมนูไฟล์ของเอกสารเอง`,
  },
  {
    id: 'editors',
    label: 'อ่านรายชื่อผู้แก้ไขสมุดงาน',
    advice: 'ผู้ใช้ต้องมีสิทธิ์แก้ไขสมุดงานนี้ ขอสิทธิ์ผู้แก้ไขจากเจ้าของสมุดงาน',
  },
  {
    id: 'lock',
    label: 'ล็อกสมุดงานระหว่างสร้างเอกสาร',
    advice: 'เปิดส่วนเสริมจากเมนูส่วนเสริมของสมุดงานนี้ (ไม่ใช่จากโครงการสคริปต์แยก) หากมีผู้อื่นกำลังสร้างเอกสารอยู่ ให้รอสักครู่แล้วตรวจใหม่',
  },
];

export const SELF_CHECK_TITLE = 'ผลการตรวจสอบการติดตั้ง';
export const SELF_CHECK_OK = 'ใช้ได้';
export const SELF_CHECK_FAILED = 'ใช้ไม่ได้';

export interface SelfCheckResult {
  id: SelfCheckId;
  ok: boolean;
  /** The error message when not ok ("" when ok). */
  error: string;
}

/** One Thai line per check: "✓ label: ใช้ได้" or "✗ label: ใช้ไม่ได้ (error) – advice". */
export function selfCheckLines(results: readonly SelfCheckResult[]): string[] {
  return SELF_CHECKS.map((c) => {
    const r = results.find((x) => x.id === c.id);
    if (r?.ok) return `✓ ${c.label}: ${SELF_CHECK_OK}`;
    const why = r ? r.error : 'ไม่ได้ตรวจ';
    return `✗ ${c.label}: ${SELF_CHECK_FAILED} (${why}) – ${c.advice}`;
  });
}
