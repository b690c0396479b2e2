import {
  THAI_MONTHS,
  THAI_MONTHS_ABBR,
  ThaiDate,
  ThaiInputError,
  compareThaiDates,
  daysInMonth,
  fiscalYearLabel,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalPeriod,
  formatThaiDate,
  formatThaiDateRange,
  isLeapYearBE,
  normaliseYear,
  parseThaiDate,
  parseThaiDateStrict,
  parseThaiMonth,
  thaiDateFromJsDate,
  toBuddhistYear,
  toCommonEraYear,
  toIsoDate,
  todayInBangkok,
  bangkokDateTime,
} from '../../src/core/thai';

const d = (year: number, month: number, day: number): ThaiDate => ({ year, month, day });

describe('Buddhist era', () => {
  test('conversions', () => {
    expect(toBuddhistYear(2024)).toBe(2567);
    expect(toCommonEraYear(2567)).toBe(2024);
  });

  test('normaliseYear accepts B.E., C.E. and text in both digit sets', () => {
    expect(normaliseYear(2024)).toBe(2567);
    expect(normaliseYear(2567)).toBe(2567);
    expect(normaliseYear('๒๕๖๘')).toBe(2568);
    expect(normaliseYear(' 2025 ')).toBe(2568);
    expect(normaliseYear(2500)).toBe(2500);
    expect(normaliseYear(2700)).toBe(2700);
    expect(normaliseYear(1957)).toBe(2500);
  });

  test('normaliseYear rejects nonsense with a Thai message', () => {
    expect(() => normaliseYear(67)).toThrow(ThaiInputError);
    expect(() => normaliseYear(67)).toThrow('ปี 67 อยู่นอกช่วงที่รองรับ: ต้องเป็นปี พ.ศ. 2500–2700');
    expect(() => normaliseYear(2300)).toThrow(/นอกช่วง/);
    expect(() => normaliseYear(2701)).toThrow(/นอกช่วง/);
    expect(() => normaliseYear(2567.5)).toThrow(/ไม่ถูกต้อง/);
    expect(() => normaliseYear('ปีหน้า')).toThrow('ปี "ปีหน้า" ไม่ถูกต้อง: ต้องเป็นตัวเลขปี พ.ศ. 2500–2700 เช่น 2568');
    expect(() => normaliseYear(NaN)).toThrow(/ไม่ถูกต้อง/);
  });
});

describe('months and calendar', () => {
  test('12 full names and abbreviations', () => {
    expect(THAI_MONTHS).toHaveLength(12);
    expect(THAI_MONTHS[0]).toBe('มกราคม');
    expect(THAI_MONTHS[11]).toBe('ธันวาคม');
    expect(THAI_MONTHS_ABBR.join(' ')).toBe('ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.');
  });

  test('parseThaiMonth', () => {
    THAI_MONTHS.forEach((m, i) => expect(parseThaiMonth(m)).toBe(i + 1));
    THAI_MONTHS_ABBR.forEach((m, i) => expect(parseThaiMonth(m)).toBe(i + 1));
    expect(parseThaiMonth('ต.ค')).toBe(10);
    expect(parseThaiMonth('ตค')).toBe(10);
    expect(parseThaiMonth('ต. ค.')).toBe(10);
    expect(parseThaiMonth('ตุลา')).toBeNull();
    expect(parseThaiMonth('')).toBeNull();
  });

  test('leap years (Gregorian rules on the C.E. year)', () => {
    expect(isLeapYearBE(2567)).toBe(true); // 2024
    expect(isLeapYearBE(2568)).toBe(false);
    expect(isLeapYearBE(2543)).toBe(true); // 2000
    expect(isLeapYearBE(2643)).toBe(false); // 2100
    expect(daysInMonth(2567, 2)).toBe(29);
    expect(daysInMonth(2568, 2)).toBe(28);
    expect(daysInMonth(2568, 9)).toBe(30);
  });

  test('ISO and comparison', () => {
    expect(toIsoDate(d(2567, 10, 1))).toBe('2024-10-01');
    expect(compareThaiDates(d(2567, 9, 30), d(2567, 10, 1))).toBeLessThan(0);
    expect(compareThaiDates(d(2568, 1, 1), d(2567, 12, 31))).toBeGreaterThan(0);
    expect(compareThaiDates(d(2568, 1, 1), d(2568, 1, 1))).toBe(0);
  });

  test('JS Date uses its local date parts', () => {
    expect(thaiDateFromJsDate(new Date(2024, 1, 29))).toEqual(d(2567, 2, 29));
    expect(() => thaiDateFromJsDate(new Date('nope'))).toThrow(/วันที่ไม่ถูกต้อง/);
  });
});

describe('fiscal years', () => {
  test('FY2568 runs 1 Oct 2567 – 30 Sep 2568', () => {
    expect(fiscalYearRange(2568)).toEqual({ start: d(2567, 10, 1), end: d(2568, 9, 30) });
    expect(fiscalYearRange(2025)).toEqual({ start: d(2567, 10, 1), end: d(2568, 9, 30) });
  });

  test('fiscalYearOf: 30 Sep vs 1 Oct', () => {
    expect(fiscalYearOf(d(2567, 9, 30))).toBe(2567);
    expect(fiscalYearOf(d(2567, 10, 1))).toBe(2568);
    expect(fiscalYearOf(d(2567, 12, 31))).toBe(2568);
    expect(fiscalYearOf(d(2568, 1, 1))).toBe(2568);
    expect(fiscalYearOf(new Date(2024, 9, 1))).toBe(2568);
    expect(fiscalYearOf(d(2567, 2, 29))).toBe(2567);
  });

  test('every day of a fiscal year belongs to it', () => {
    const { start, end } = fiscalYearRange(2567);
    expect(fiscalYearOf(start)).toBe(2567);
    expect(fiscalYearOf(end)).toBe(2567);
    expect(fiscalYearOf(d(start.year, 9, 30))).toBe(2566); // the day before the start
    expect(fiscalYearOf(d(end.year, 10, 1))).toBe(2568); // the day after the end
  });

  test('fiscalYearOf rejects impossible dates', () => {
    expect(() => fiscalYearOf(d(2568, 2, 29))).toThrow('วันที่ 29 ไม่มีในเดือนกุมภาพันธ์ 2568: ต้องเป็นวันที่ 1–28');
  });

  test('labels', () => {
    expect(fiscalYearLabel(2568, false)).toBe('ประจำปีงบประมาณ พ.ศ. 2568');
    expect(fiscalYearLabel(2568, true)).toBe('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(() => fiscalYearLabel(68, false)).toThrow(/นอกช่วง/);
  });

  test('formatFiscalPeriod, every style, both digit sets', () => {
    const cases: [Parameters<typeof formatFiscalPeriod>[1]['style'], string, string][] = [
      ['full', '1 ตุลาคม 2567 – 30 กันยายน 2568', '๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘'],
      ['abbr', '1 ต.ค. 2567 – 30 ก.ย. 2568', '๑ ต.ค. ๒๕๖๗ – ๓๐ ก.ย. ๒๕๖๘'],
      ['short', '1 ต.ค.67 – 30 ก.ย.68', '๑ ต.ค.๖๗ – ๓๐ ก.ย.๖๘'],
    ];
    for (const [style, arabic, thai] of cases) {
      expect(formatFiscalPeriod(2568, { style, thaiDigits: false })).toBe(arabic);
      expect(formatFiscalPeriod(2568, { style, thaiDigits: true })).toBe(thai);
    }
    // the form printed in a real report (seed 002), FY2567
    expect(formatFiscalPeriod(2567, { style: 'short', thaiDigits: true })).toBe('๑ ต.ค.๖๖ – ๓๐ ก.ย.๖๗');
  });

  test('the separator is an en dash with spaces', () => {
    const s = formatFiscalPeriod(2568, { style: 'abbr', thaiDigits: false });
    expect(s).toContain(' \u2013 ');
    expect(s).not.toContain('-');
  });
});

describe('formatThaiDate', () => {
  test('every style, both digit sets', () => {
    const cases: [Parameters<typeof formatThaiDate>[1]['style'], ThaiDate, string, string][] = [
      ['full', d(2568, 1, 5), '5 มกราคม 2568', '๕ มกราคม ๒๕๖๘'],
      ['abbr', d(2567, 1, 9), '9 ม.ค. 2567', '๙ ม.ค. ๒๕๖๗'],
      ['short', d(2567, 1, 9), '9 ม.ค. 67', '๙ ม.ค. ๖๗'],
      ['announcement', d(2563, 1, 6), 'วันที่ 6 เดือน มกราคม พ.ศ. 2563', 'วันที่ ๖ เดือน มกราคม พ.ศ. ๒๕๖๓'],
    ];
    for (const [style, date, arabic, thai] of cases) {
      expect(formatThaiDate(date, { style, thaiDigits: false })).toBe(arabic);
      expect(formatThaiDate(date, { style, thaiDigits: true })).toBe(thai);
    }
  });

  test('leap day and short years below 10', () => {
    expect(formatThaiDate(d(2567, 2, 29), { style: 'full', thaiDigits: false })).toBe('29 กุมภาพันธ์ 2567');
    expect(formatThaiDate(d(2605, 12, 20), { style: 'short', thaiDigits: false })).toBe('20 ธ.ค. 05');
  });

  test('accepts a JS Date (local parts)', () => {
    expect(formatThaiDate(new Date(2024, 11, 20), { style: 'short', thaiDigits: true })).toBe('๒๐ ธ.ค. ๖๗');
  });

  test('impossible dates and unknown styles throw in Thai', () => {
    expect(() => formatThaiDate(d(2568, 2, 29), { style: 'full', thaiDigits: false })).toThrow(ThaiInputError);
    expect(() => formatThaiDate(d(2568, 13, 1), { style: 'full', thaiDigits: false })).toThrow(
      'เดือน 13 ไม่ถูกต้อง: ต้องเป็นเดือนที่ 1–12',
    );
    expect(() => formatThaiDate(d(2568, 4, 31), { style: 'full', thaiDigits: false })).toThrow(
      'วันที่ 31 ไม่มีในเดือนเมษายน 2568: ต้องเป็นวันที่ 1–30',
    );
    expect(() => formatThaiDate(d(2024, 1, 1), { style: 'full', thaiDigits: false })).toThrow(/ปี พ.ศ. 2024/);
    expect(() => formatThaiDate(d(2568, 1, 1), { style: 'long' as never, thaiDigits: false })).toThrow(/รูปแบบวันที่/);
  });
});

describe('formatThaiDateRange', () => {
  test('half-year period in short style', () => {
    expect(formatThaiDateRange(d(2567, 10, 1), d(2568, 3, 31), { style: 'short', thaiDigits: true })).toBe(
      '๑ ต.ค.๖๗ – ๓๑ มี.ค.๖๘',
    );
  });
  test('end before start throws', () => {
    expect(() => formatThaiDateRange(d(2568, 1, 2), d(2568, 1, 1), { style: 'abbr', thaiDigits: false })).toThrow(
      'ช่วงเวลาไม่ถูกต้อง: วันเริ่ม (2 ม.ค. 2568) อยู่หลังวันสิ้นสุด (1 ม.ค. 2568)',
    );
  });
});

describe('parseThaiDate', () => {
  test.each([
    ['5 มกราคม 2568', d(2568, 1, 5)],
    ['๕ มกราคม ๒๕๖๘', d(2568, 1, 5)],
    ['9 ม.ค. 2567', d(2567, 1, 9)],
    ['9 ม.ค. 67', d(2567, 1, 9)],
    ['๙ ม.ค. ๖๗', d(2567, 1, 9)],
    ['เมื่อวันที่ ๙ ม.ค. ๖๗', d(2567, 1, 9)],
    ['ลงวันที่ ๒๐ ธ.ค. ๖๖', d(2566, 12, 20)],
    ['ลงวันที่ ๕ ต.ค.๖๖', d(2566, 10, 5)],
    ['1 ต.ค.67', d(2567, 10, 1)],
    ['วันที่ 6 เดือน มกราคม พ.ศ. 2563', d(2563, 1, 6)],
    ['วันที่ ๖ เดือน มกราคม พ.ศ. ๒๕๖๓', d(2563, 1, 6)],
    ['ณ วันที่ 6 เดือนมกราคม พ.ศ.2563', d(2563, 1, 6)],
    ['6 มกราคม ค.ศ. 2020', d(2563, 1, 6)],
    ['6 มกราคม 2020', d(2563, 1, 6)],
    ['  29\u00a0ก.พ.\u00a02567 ', d(2567, 2, 29)],
    ['2024-10-01', d(2567, 10, 1)],
    ['๒๐๒๔-๑๐-๐๑', d(2567, 10, 1)],
    ['2567-10-01', d(2567, 10, 1)],
    ['1/10/2567', d(2567, 10, 1)],
    ['1/10/2024', d(2567, 10, 1)],
    ['01/10/67', d(2567, 10, 1)],
  ])('%p', (text, expected) => {
    expect(parseThaiDate(text)).toEqual(expected);
  });

  test.each([
    '',
    '   ',
    'พรุ่งนี้',
    '31 ก.พ. 2567',
    '29 ก.พ. 2568',
    '2024-13-01',
    '5 ตุลา 2567',
    '5 มกราคม 1800',
    '5 มกราคม พ.ศ. 2024',
    '5 มกราคม ค.ศ. 67',
    '32/1/2567',
    '1 ต.ค. 567',
  ])('rejects %p', (text) => {
    expect(parseThaiDate(text)).toBeNull();
  });

  test('round-trips every style, both digit sets, across a leap year', () => {
    const styles = ['full', 'abbr', 'short', 'announcement'] as const;
    let date = d(2566, 10, 1);
    let count = 0;
    while (compareThaiDates(date, d(2567, 9, 30)) <= 0) {
      for (const style of styles) {
        for (const thaiDigits of [false, true]) {
          expect(parseThaiDate(formatThaiDate(date, { style, thaiDigits }))).toEqual(date);
        }
      }
      expect(parseThaiDate(toIsoDate(date))).toEqual(date);
      count++;
      date =
        date.day < daysInMonth(date.year, date.month)
          ? { ...date, day: date.day + 1 }
          : date.month === 12
            ? d(date.year + 1, 1, 1)
            : d(date.year, date.month + 1, 1);
    }
    expect(count).toBe(366);
  });

  test('fiscal period ends round-trip', () => {
    const text = formatFiscalPeriod(2568, { style: 'short', thaiDigits: true });
    const [start, end] = text.split(' \u2013 ').map(parseThaiDate);
    expect({ start, end }).toEqual(fiscalYearRange(2568));
  });

  test('strict parsing says what was wrong and what was expected', () => {
    expect(() => parseThaiDateStrict('')).toThrow(/^ไม่มีวันที่: ต้องเป็นวันที่ เช่น/);
    expect(() => parseThaiDateStrict('พรุ่งนี้')).toThrow('อ่านวันที่ "พรุ่งนี้" ไม่ได้: ต้องเป็นวันที่ เช่น "1 ตุลาคม 2567"');
    expect(() => parseThaiDateStrict('5 ตุลา 2567')).toThrow('ไม่รู้จักชื่อเดือน "ตุลา" ใน "5 ตุลา 2567"');
    expect(() => parseThaiDateStrict('31 ก.พ. 2567')).toThrow('วันที่ 31 ไม่มีในเดือนกุมภาพันธ์ 2567: ต้องเป็นวันที่ 1–29');
    expect(() => parseThaiDateStrict('5 มกราคม พ.ศ. 2024')).toThrow('ปี พ.ศ. 2024 ไม่ถูกต้อง');
    expect(() => parseThaiDateStrict('5 มกราคม 1800')).toThrow(/ปี 1800 อยู่นอกช่วงที่รองรับ/);
  });
});

describe('Bangkok time (one helper for the add-on, the CLI and the comments sheet)', () => {
  test('today in Bangkok is UTC+7 whatever the zone of the machine', () => {
    expect(todayInBangkok(new Date('2025-06-30T16:59:00Z'))).toEqual(d(2568, 6, 30));
    expect(todayInBangkok(new Date('2025-06-30T17:00:00Z'))).toEqual(d(2568, 7, 1));
    expect(todayInBangkok(new Date('2024-12-31T17:00:00Z'))).toEqual(d(2568, 1, 1));
  });

  test('an instant as the documents log writes it (C.E., Bangkok)', () => {
    expect(bangkokDateTime(new Date('2025-06-30T03:05:00Z'))).toBe('2025-06-30 10:05');
    expect(bangkokDateTime(new Date('2025-06-30T20:00:00Z'))).toBe('2025-07-01 03:00');
  });
});
