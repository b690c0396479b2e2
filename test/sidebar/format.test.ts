// Pure sidebar logic: number formatting, labels, division options, chart axis.
import { axisMin } from '../../sidebar/chart';
import { divisionOptions, gapText, inDivision, partLabels, percent, score, signed } from '../../sidebar/format';
import { failureMessage, UNKNOWN_FAILURE } from '../../sidebar/rpc';

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
