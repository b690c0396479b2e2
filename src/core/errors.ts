// Errors shown to the officer are Thai. An error text that is not Thai (a raw message of an Apps Script
// service, the network or the browser) gets a Thai explanation, the original kept as detail in
// parentheses. Pure: used by the server (src/gas) and by the sidebar.

const THAI = /[\u0E00-\u0E7F]/;

/** Known English failures → what they mean for the officer. First match wins. */
const KNOWN: [RegExp, string][] = [
  [
    /\bDrive is not defined|Drive API.*(has not been used|disabled|not enabled)/i,
    'ยังไม่ได้เปิดใช้บริการ Drive API ขั้นสูง (Drive API v3) ที่ใช้อ่านความเห็นในเอกสาร',
  ],
  [
    /service invoked too many times|quota|rate limit|too many requests/i,
    'ใช้บริการของ Google เกินจำนวนที่อนุญาตแล้ว กรุณารอสักครู่หรือลองใหม่ในวันถัดไป',
  ],
  [/exceeded maximum execution time|timed? ?out|timeout/i, 'ทำงานนานเกินเวลาที่ Google Apps Script อนุญาต กรุณาลองใหม่อีกครั้ง'],
  [
    /authori[sz]ation is required|permission|access denied|not authori[sz]ed|do not have access|forbidden/i,
    'ไม่มีสิทธิ์ทำรายการนี้ (อาจต้องอนุญาตสิทธิ์ส่วนเสริมใหม่ หรือขอสิทธิ์แก้ไขไฟล์จากเจ้าของ)',
  ],
  [/protected/i, 'ช่วงเซลล์หรือชีตที่ต้องบันทึกถูกป้องกันไว้ กรุณาขอสิทธิ์แก้ไขจากผู้ตั้งค่าการป้องกัน'],
  [
    /out of bounds|coordinates|number of (rows|columns)|range not found|invalid range/i,
    'ตำแหน่งของข้อมูลในชีตไม่ตรงกับที่คาดไว้ (อาจมีการลบหรือย้ายแถว/คอลัมน์ระหว่างทำงาน) กรุณาลองใหม่',
  ],
  [
    /network|connection|http 0|failed to fetch|offline/i,
    'ติดต่อเซิร์ฟเวอร์ของ Google ไม่สำเร็จ กรุณาตรวจสอบอินเทอร์เน็ตแล้วลองใหม่',
  ],
  [
    /server error|service .*(failed|error)|internal error|unavailable|try again|backend/i,
    'บริการของ Google ขัดข้องชั่วคราว กรุณารอสักครู่แล้วลองใหม่',
  ],
  [
    /not found|is missing|deleted|does not exist|no item with the given id/i,
    'ไม่พบไฟล์หรือข้อมูลที่ต้องใช้ (อาจถูกลบ ย้าย หรือไม่มีสิทธิ์เข้าถึงแล้ว)',
  ],
];

export const UNKNOWN_ERROR = 'เกิดข้อผิดพลาดที่ไม่ทราบสาเหตุ กรุณาลองใหม่อีกครั้ง';
const GENERIC = 'เกิดข้อผิดพลาดในระบบ กรุณาลองใหม่อีกครั้ง หากยังเกิดซ้ำโปรดแจ้งผู้ดูแลพร้อมรายละเอียดนี้';

/** The text of whatever was thrown, without a leading "Exception:"/"Error:" tag. */
export function errorText(e: unknown): string {
  const raw =
    e instanceof Error
      ? e.message
      : e && typeof e === 'object' && 'message' in e
        ? (e as { message: unknown }).message
        : e;
  return String(raw ?? '')
    .trim()
    .replace(/^(Exception|Error|ScriptError|NetworkError|TypeError|ReferenceError|RangeError):\s*/i, '')
    .trim();
}

/** True when the text itself is Thai (quoted names, which may be Thai, do not count). */
export function isThaiText(text: string): boolean {
  return THAI.test(text.replace(/"[^"]*"|“[^”]*”/g, ''));
}

/** A Thai message for an error: Thai text as it is; anything else explained in Thai, the original in parentheses. */
export function thaiError(e: unknown): string {
  const text = errorText(e);
  if (!text) return UNKNOWN_ERROR;
  if (isThaiText(text)) return text;
  const hit = KNOWN.find(([re]) => re.test(text));
  return `${hit ? hit[1] : GENERIC} (รายละเอียด: ${text})`;
}
