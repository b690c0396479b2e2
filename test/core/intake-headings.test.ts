// One-line headings inside pasted score tables: part headings ("EIT ส่วนที่ 2").
import { parseScores } from '../../src/core/intake';

describe('a one-line part heading sets the part of the rows below', () => {
  test('"EIT ส่วนที่ 2" is not an EIT score of 2; a single score below it is part 2', () => {
    const r = parseScores('ITA 2567\nEIT ส่วนที่ 2\ne1 70\ne2\t72');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.scores.current.instruments).toEqual({});
    expect(r.scores.current.questions).toEqual([
      { code: 'e1', scores: [null, 70] },
      { code: 'e2', scores: [null, 72] },
    ]);
  });

  test('"EIT ส่วนที่ 1" (Thai digits too) gives part 1 without the one-value warning', () => {
    const r = parseScores('ITA 2567\nEIT ส่วนที่ ๑\ne1 95.25');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.scores.current.instruments).toEqual({});
    expect(r.scores.current.questions).toEqual([{ code: 'e1', scores: [95.25, null] }]);
  });

  test('a bare "ส่วนที่ 2" heading, then a new part heading switches the part', () => {
    const r = parseScores('ITA 2567\nส่วนที่ 2\ne1 77\nแบบวัด EIT ส่วนที่ 1\ne1 95.25');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.questions).toEqual([{ code: 'e1', scores: [95.25, 77] }]);
  });

  test('a part score on one line is still a part score (the part number is not a score)', () => {
    const r = parseScores('ITA 2567\nEIT ส่วนที่ 2 87.5');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.instruments).toEqual({});
    expect(r.warnings.map((w) => w.message).join('\n')).toContain('EIT ส่วนที่ 2 = 87.5');
  });

  test('a code with a part and no score is still an error, not a heading', () => {
    const r = parseScores('ITA 2567\nข้อ e1 ส่วนที่ 2');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toContain('บรรทัด 2');
  });
});

describe('an indicator heading "ตัวชี้วัดที่ N"', () => {
  test('alone it is a heading, not an error (Thai digits too)', () => {
    const r = parseScores('ITA 2567\nตัวชี้วัดที่ 6\nตัวชี้วัดที่ ๗\ne1\t95.25\t77');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.indicators).toEqual({});
    expect(r.scores.current.questions).toEqual([{ code: 'e1', scores: [95.25, 77] }]);
  });

  test('with a score it is indicator N, on one line or in columns', () => {
    const r = parseScores('ITA 2567\nตัวชี้วัดที่ 6 90.79\nตัวชี้วัดที่ 7\t88.13');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.indicators).toEqual({ 6: 90.79, 7: 88.13 });
  });

  test('under a part heading it keeps the part, and gives bare numbers its instrument', () => {
    const r = parseScores('ITA 2567\nEIT ส่วนที่ 2\nตัวชี้วัดที่ 6\ne1 70\nตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\nข้อ 10\t100');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.questions).toEqual([
      { code: 'e1', scores: [null, 70] },
      { code: 'o10', scores: [100] },
    ]);
    expect(r.warnings.map((w) => w.line)).toEqual([6]);
  });
});

describe('a Thai zero read as the letter o is reported like l → i', () => {
  test('"๐10" is o10 with a warning naming what was read', () => {
    const r = parseScores('ITA 2567\n๐10\t100');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.questions).toEqual([{ code: 'o10', scores: [100] }]);
    expect(r.warnings).toEqual([
      { line: 2, column: 1, message: 'บรรทัด 2 คอลัมน์ 1: อ่าน "๐10" เป็น o10 (เลขศูนย์ไทยแทนตัว o)' },
    ]);
  });

  test('a range "ข้อ ๐22-๐35" too; "o10" written with the letter gives no warning', () => {
    const r = parseScores('ITA 2567\nข้อ ๐22-๐35\t100\no10\t100');
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'บรรทัด 2 คอลัมน์ 1: อ่าน "ข้อ ๐22-๐35" เป็น o22-o35 (เลขศูนย์ไทยแทนตัว o)',
    ]);
  });
});
