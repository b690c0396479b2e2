// Pure sidebar logic: number formatting, labels, division options, chart axis.
import { axisMin } from '../../sidebar/chart';
import { divisionOptions, gapText, inDivision, partLabels, percent, score, signed } from '../../sidebar/format';
import { compareWords } from '../../src/core/document/parts';
import { fmt } from '../../src/core/document/text';
import { failureMessage, UNKNOWN_FAILURE } from '../../sidebar/rpc';
import { formatScore, formatSigned } from '../../src/core/thai/numbers';

describe('sidebar formatting', () => {
  test('scores keep two decimals; missing is a dash', () => {
    expect(score(95.11)).toBe('95.11');
    expect(score(100)).toBe('100.00');
    expect(score(87.58333)).toBe('87.58');
    expect(score(null)).toBe('–');
  });

  test('changes are signed with a real minus; gaps read as above/below the target', () => {
    expect(signed(1.254)).toBe('+1.25');
    expect(signed(-0.4)).toBe('−0.40');
    expect(signed(0.001)).toBe('0.00');
    expect(signed(null)).toBe('');
    expect(gapText(1.17)).toBe('ต่ำกว่าเป้าหมาย 1.17');
    expect(gapText(-10.11)).toBe('สูงกว่าเป้าหมาย 10.11');
    expect(gapText(0.001)).toBe('เท่ากับเป้าหมาย');
    // A weak question against the threshold: the documents' "ต่ำกว่าเกณฑ์", not "ห่างเกณฑ์ 8.00".
    expect(gapText(8, 'เกณฑ์')).toBe('ต่ำกว่าเกณฑ์ 8.00');
    expect(gapText(null)).toBe('');
  });

  test("gap words are the documents' own (one function for documents, sidebar, workbook and CLI)", () => {
    const f = fmt(false);
    for (const [score, mark] of [
      [97.43, 85],
      [83.83, 85],
      [85, 85],
      [72.005, 80],
      [84.995, 85],
    ] as const) {
      expect(gapText(mark - score)).toBe(compareWords(f, score, mark, 'เป้าหมาย'));
      expect(gapText(mark - score, 'เกณฑ์')).toBe(compareWords(f, score, mark, 'เกณฑ์'));
    }
  });

  test('numbers round as the documents print them (half away from zero, exact decimals)', () => {
    // The sidebar's own rounding (toFixed, Math.round(n * 100) / 100) showed 1.00 / 2.67 / 0.00 here.
    expect(score(1.005)).toBe('1.01');
    expect(score(2.675)).toBe('2.68');
    expect(signed(-0.005)).toBe('−0.01');
    expect(signed(2.675)).toBe('+2.68');
    expect(gapText(1.005)).toBe('ต่ำกว่าเป้าหมาย 1.01');
    expect(gapText(-0.005)).toBe('สูงกว่าเป้าหมาย 0.01');
    for (const n of [1.005, 2.675, -0.005, 84.995, 95.105, 0.125, -1.115]) {
      expect(score(n)).toBe(formatScore(n, { thaiDigits: false }));
      expect(signed(n)).toBe(formatSigned(n, { thaiDigits: false }).replace('-', '−'));
    }
  });

  test('percent, part labels and division options', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
    expect(partLabels(2)).toEqual(['ส่วนที่ 1', 'ส่วนที่ 2']);
    expect(partLabels(1)).toEqual(['คะแนน']);
    expect(divisionOptions(['สำนักปลัด', 'กองคลัง'], [' กองช่าง ', 'กองคลัง', ''])).toEqual(['สำนักปลัด', 'กองคลัง', 'กองช่าง']);
    expect(inDivision({ divisions: ['สำนักปลัด', 'กองคลัง'] }, 'กองคลัง')).toBe(true);
    expect(inDivision({ divisions: ['สำนักปลัด'] }, 'กองคลัง')).toBe(false);
    expect(inDivision({ divisions: [] }, '')).toBe(true);
  });

  test('the chart axis starts at 50 unless a score is lower', () => {
    expect(axisMin([83.83, 100], 85)).toBe(50);
    expect(axisMin([44.2, 90], 85)).toBe(30);
    expect(axisMin([null], 85)).toBe(50);
  });

  test('failure messages: the server text without an "Error:" prefix, or a Thai fallback', () => {
    expect(failureMessage(new Error('Exception: มีผู้ใช้อื่นกำลังบันทึก'))).toBe('มีผู้ใช้อื่นกำลังบันทึก');
    expect(failureMessage('ข้อความ')).toBe('ข้อความ');
    expect(failureMessage(undefined)).toBe(UNKNOWN_FAILURE);
    expect(failureMessage({ message: '' })).toBe(UNKNOWN_FAILURE);
  });
});
