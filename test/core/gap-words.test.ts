// One gap convention: words ("สูงกว่าเป้าหมาย 12.43"), the sheet's number format showing exactly those
// words for the number it keeps (gap = mark − score), Thai digits where the document asks for them.
import { formatNumber } from '../../emulator/spreadsheet/cells';
import { gapNumberFormat, gapWords } from '../../src/core/thai/gap-words';
import { GAP_FORMATS } from '../../src/core/workbook';

describe('gapWords', () => {
  test('gap = mark − score: positive is below, negative above, zero equal; rounded to 2 decimals', () => {
    const arabic = { thaiDigits: false };
    expect(gapWords(-12.43, arabic)).toBe('สูงกว่าเป้าหมาย 12.43');
    expect(gapWords(1.17, arabic)).toBe('ต่ำกว่าเป้าหมาย 1.17');
    expect(gapWords(0.004, arabic)).toBe('เท่ากับเป้าหมาย');
    expect(gapWords(1.005, arabic)).toBe('ต่ำกว่าเป้าหมาย 1.01');
    expect(gapWords(8, { ...arabic, mark: 'เกณฑ์' })).toBe('ต่ำกว่าเกณฑ์ 8.00');
    expect(gapWords(-12.43, { thaiDigits: true })).toBe('สูงกว่าเป้าหมาย ๑๒.๔๓');
    expect(gapWords(null, arabic)).toBe('-');
    expect(gapWords(Number.NaN, { ...arabic, missing: '' })).toBe('');
  });

  test('the workbook number formats show the same words as gapWords for the number they keep', () => {
    expect(GAP_FORMATS.analysis).toBe(gapNumberFormat('เป้าหมาย'));
    expect(GAP_FORMATS.questionScores).toBe(gapNumberFormat('เกณฑ์'));
    for (const gap of [-12.43, -10.11, -0.01, 0, 0.01, 1.17, 6, 15]) {
      expect(formatNumber(gap, GAP_FORMATS.analysis)).toBe(gapWords(gap, { thaiDigits: false }));
      expect(formatNumber(gap, GAP_FORMATS.questionScores)).toBe(gapWords(gap, { thaiDigits: false, mark: 'เกณฑ์' }));
    }
  });
});
