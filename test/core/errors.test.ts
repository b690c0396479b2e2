// Errors the officer sees are Thai: raw English from a service is explained, the original kept in parentheses.
import { errorText, isThaiText, thaiError, UNKNOWN_ERROR } from '../../src/core/errors';
import { guarded } from '../../src/gas/workbook/messages';
import { MSG } from '../../src/core/document/messages';
import { failureMessage } from '../../sidebar/rpc';

describe('thaiError', () => {
  test('a Thai message passes unchanged (its "Exception:" tag removed)', () => {
    expect(thaiError(new Error('Exception: ชีต "ตั้งค่า" แถวที่ 4: ค่าเป้าหมายไม่ถูกต้อง'))).toBe(
      'ชีต "ตั้งค่า" แถวที่ 4: ค่าเป้าหมายไม่ถูกต้อง',
    );
  });
  test.each([
    ['Service invoked too many times for one day: docs create.', 'เกินจำนวนที่อนุญาต'],
    ['Exceeded maximum execution time', 'นานเกินเวลา'],
    ['Exception: You do not have permission to access the requested document.', 'ไม่มีสิทธิ์'],
    ['You are trying to edit a protected cell or object.', 'ถูกป้องกัน'],
    ['The coordinates of the range are outside the dimensions of the sheet.', 'ตำแหน่งของข้อมูลในชีต'],
    ['NetworkError: Connection failure due to HTTP 0', 'ติดต่อเซิร์ฟเวอร์'],
    ['Service Spreadsheets failed while accessing document with id 1abc.', 'ขัดข้องชั่วคราว'],
    ["Document is missing (perhaps it was deleted, or you don't have read access?)", 'ไม่พบไฟล์'],
    ["Cannot read properties of undefined (reading 'x')", 'เกิดข้อผิดพลาดในระบบ'],
  ])('%s → Thai explanation with the original as detail', (raw, thai) => {
    const out = thaiError(new Error(raw));
    expect(out).toContain(thai);
    expect(out).toContain(`(รายละเอียด: ${errorText(raw)})`);
    expect(out.startsWith('(')).toBe(false);
  });
  test('English with only a Thai name quoted is still English', () => {
    expect(isThaiText('Range not found in sheet "ตั้งค่า"')).toBe(false);
    expect(thaiError('Range not found in sheet "ตั้งค่า"')).toMatch(/^ตำแหน่งของข้อมูลในชีต.*\(รายละเอียด: Range not found/);
  });
  test('nothing to say: a Thai "unknown"', () => {
    expect(thaiError(undefined)).toBe(UNKNOWN_ERROR);
    expect(thaiError(new Error(''))).toBe(UNKNOWN_ERROR);
  });
});

describe('where raw errors reached the officer', () => {
  test('menu actions: an unexpected service error becomes a Thai alert with the detail', () => {
    const r = guarded('คำนวณ', () => {
      throw new Error('Service Spreadsheets failed while accessing document with id 1abc.');
    });
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(
      /^เกิดข้อผิดพลาด ทำรายการไม่สำเร็จ: บริการของ Google ขัดข้องชั่วคราว.*\(รายละเอียด: Service Spreadsheets failed/,
    );
  });
  test('documents: unexpected and comment-backup failures', () => {
    expect(MSG.unexpected('Exception: Document is missing')).toMatch(
      /ยังไม่ได้สร้างหรือแก้ไขเอกสาร: ไม่พบไฟล์.*\(รายละเอียด: Document is missing\)/,
    );
    expect(MSG.commentsFailed('Drive is not defined')).toMatch(
      /สำรองความเห็นจากเอกสารไม่สำเร็จ.*Drive API ขั้นสูง.*\(รายละเอียด: Drive is not defined\)/,
    );
  });
  test("sidebar: a raw failure of google.script.run is explained; the server's Thai message is kept", () => {
    expect(
      failureMessage(new Error("ScriptError: We're sorry, a server error occurred. Please wait a bit and try again.")),
    ).toMatch(/^บริการของ Google ขัดข้องชั่วคราว.*\(รายละเอียด: We're sorry/);
    expect(failureMessage({ message: 'Exception: มีผู้ใช้อื่นกำลังบันทึก' })).toBe('มีผู้ใช้อื่นกำลังบันทึก');
  });
});
