// C.E. years are converted to B.E. once, where they are read, with a Thai warning; scores are never years.
import { analyze } from '../../src/core/analysis';
import { parseScores } from '../../src/core/intake';
import { findYearInText, readYearCell } from '../../src/core/intake/numbers';

describe('C.E. years in the text', () => {
  test.each(['ITA 2024', 'ปี ค.ศ. 2024', 'ปีงบประมาณ 2024', 'ปีงบประมาณ ค.ศ. ๒๐๒๔'])(
    '"%s" is the year line of 2567, with a warning',
    (line) => {
      const r = parseScores(`${line}\ni1\t95`);
      expect(r.errors).toEqual([]);
      expect(r.scores.current.year).toBe(2567);
      expect(r.scores.current.questions).toEqual([{ code: 'i1', scores: [95] }]);
      expect(r.warnings).toEqual([{ line: 1, column: 1, message: 'บรรทัด 1 คอลัมน์ 1: ปี ค.ศ. 2024 ถือเป็น พ.ศ. 2567' }]);
    },
  );

  test('year headers "2023 | 2024" are 2566 and 2567: the latest is current, the other history', () => {
    const r = parseScores('ตัวชี้วัด\t2023\t2024\nการปฏิบัติหน้าที่\t90\t97.43');
    expect(r.errors).toEqual([]);
    expect(r.scores.current).toMatchObject({ year: 2567, indicators: { 1: 97.43 } });
    expect(r.scores.history.map((h) => [h.year, h.indicators[1]])).toEqual([[2566, 90]]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'บรรทัด 1 คอลัมน์ 2: ปี ค.ศ. 2023 ถือเป็น พ.ศ. 2566',
      'บรรทัด 1 คอลัมน์ 3: ปี ค.ศ. 2024 ถือเป็น พ.ศ. 2567',
    ]);
  });

  test('B.E. years read as before, with no warning', () => {
    expect(findYearInText('ปีงบประมาณ พ.ศ. 2567')).toBe(2567);
    expect(readYearCell('๒๕๖๖')).toBe(2566);
    expect(parseScores('ITA 2567\ni1\t95').warnings).toEqual([]);
  });

  test('a score cell is never a year: "2024" or "100" after a label is a score (an error when over 100)', () => {
    const r = parseScores('ITA 2566\ni1\t2024\nคะแนนรวม\t2024\nการปฏิบัติหน้าที่\t100');
    expect(r.scores.current.year).toBe(2566);
    expect(r.scores.history).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 2],
      [3, 2],
    ]);
    expect(r.errors[0].message).toContain('เกิน 100');
    expect(r.scores.current.indicators).toEqual({ 1: 100 });
  });

  test('opts.year 2024 is 2567: rows under "ITA 2567" are current, not history', () => {
    const r = parseScores('ITA 2567\ni1\t95', { year: 2024 });
    expect(r.errors).toEqual([]);
    expect(r.scores.current.year).toBe(2567);
    expect(r.scores.history).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual(['ปี ค.ศ. 2024 ถือเป็น พ.ศ. 2567']);
  });

  test('an impossible opts.year is an error, not a throw', () => {
    const r = parseScores('ITA 2567\ni1\t95', { year: 3000 });
    expect(r.errors.map((e) => e.message).join()).toContain('3000');
  });
});

describe('analyze opts.year', () => {
  test('2024 is analysed as 2567 with the 2567 framework and a warning; change against 2566 is computed', () => {
    const r = parseScores('ITA 2566\nการปฏิบัติหน้าที่\t90\nITA 2567\nการปฏิบัติหน้าที่\t97.43');
    const a = analyze(r.scores, { year: 2024 });
    expect(a.year).toBe(2567);
    expect(a.framework).toBe('2567-2570');
    expect(a.previousYear).toBe(2566);
    expect(a.indicators[0].change).toBeCloseTo(7.43, 10);
    expect(a.warnings).toContain('ปี ค.ศ. 2024 ถือเป็น พ.ศ. 2567');
  });
});
