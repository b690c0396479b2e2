import { readFileSync } from 'fs';
import { join } from 'path';
import { parseScores } from '../../src/core/intake';
import { toThaiDigits } from '../../src/core/thai/digits';
import { InputIssue } from '../../src/core/types';
import { SEED_INDICATORS } from './analysis-fixtures';

const example = (name: string) => readFileSync(join(__dirname, '../../examples', name), 'utf8');

/** The one error at this line; its message must name the line and the column. */
function errorAt(errors: InputIssue[], line: number, column: number): InputIssue {
  const found = errors.filter((e) => e.line === line);
  expect(found).toHaveLength(1);
  expect(found[0].column).toBe(column);
  expect(found[0].message).toContain(`บรรทัด ${line}`);
  expect(found[0].message).toContain(`คอลัมน์ ${column}`);
  return found[0];
}

describe('indicator tables', () => {
  test('by number and name, with a year line and an overall row', () => {
    const r = parseScores(
      'ปีงบประมาณ พ.ศ. 2567\nตัวชี้วัดที่\tรายละเอียดตัวชี้วัด\tคะแนน\n1\tการปฏิบัติหน้าที่\t97.43\n8\tการปรับปรุงระบบการทำงาน\t83.83\nคะแนนรวม\t95.11',
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.scores.current).toMatchObject({ year: 2567, overall: 95.11, indicators: { 1: 97.43, 8: 83.83 } });
    expect(r.scores.history).toEqual([]);
  });

  test('a ranked table is read by name, not by rank', () => {
    const r = parseScores(example('ranked-thai-digits.txt'));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.scores.current.year).toBe(2567);
    expect(r.scores.current.indicators).toEqual(SEED_INDICATORS);
    expect(r.scores.current.overall).toBe(95.11);
  });

  test('name decides over a leading number even without a rank header (with a warning)', () => {
    const r = parseScores('ITA 2567\n1\tการเปิดเผยข้อมูล\t100.00\n2\tการปรับปรุงการทำงาน\t83.83');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.indicators).toEqual({ 9: 100, 8: 83.83 });
    expect(r.warnings.map((w) => w.line)).toEqual([2, 3]);
  });

  test('a bare number is an indicator number only when there is no name and no rank column', () => {
    expect(parseScores('ปี 2567\n3\t97.44').scores.current.indicators).toEqual({ 3: 97.44 });
    const r = parseScores('ปี 2567\nอันดับ\tคะแนน\n3\t97.44');
    expect(r.scores.current.indicators).toEqual({});
    expect(errorAt(r.errors, 3, 1).message).toContain('อันดับ');
  });

  test('Thai and Arabic digits give the same result', () => {
    const arabic =
      'ปีงบประมาณ พ.ศ. 2567\n1\tการปฏิบัติหน้าที่\t97.43\n10\tการป้องกันการทุจริต\t100\nข้อ e1\t95.25\t77.00\nคะแนนรวม\t95.11';
    const a = parseScores(arabic);
    const t = parseScores(toThaiDigits(arabic));
    expect(a.errors).toEqual([]);
    expect(t).toEqual(a);
  });

  test('"ตัวชี้วัดที่ N" that contradicts the name is an error, not a guess', () => {
    const r = parseScores('ปี 2567\nตัวชี้วัดที่ 3 การปรับปรุงการทำงาน\t83.83');
    expect(errorAt(r.errors, 2, 1).message).toContain('ตัวชี้วัดที่ 8');
    expect(r.scores.current.indicators).toEqual({});
  });

  test('single-space lines and 2+ space columns are read too', () => {
    const r = parseScores('ปี 2567\nการปฏิบัติหน้าที่ 97.43\nข้อ e1 95.25 77.00\n2  การใช้งบประมาณ  95.64');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.indicators).toEqual({ 1: 97.43, 2: 95.64 });
    expect(r.scores.current.questions).toEqual([{ code: 'e1', scores: [95.25, 77] }]);
  });

  test('CSV input', () => {
    const r = parseScores('ตัวชี้วัด,2566,2567\nการปฏิบัติหน้าที่,90.5,97.43\n"การใช้งบประมาณ",91,95.64');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.indicators).toEqual({ 1: 97.43, 2: 95.64 });
    expect(r.scores.history[0]).toMatchObject({ year: 2566, indicators: { 1: 90.5, 2: 91 } });
  });
});

describe('instruments and overall', () => {
  test('instrument rows by code and Thai name; a part score is only a warning', () => {
    const r = parseScores(
      'ปี 2567\nIIT\t96.10\nแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\t87.58\nOIT\t100\nEIT ส่วนที่ 1\t96.58\nผลการประเมินในภาพรวม\t95.11',
    );
    expect(r.errors).toEqual([]);
    expect(r.scores.current.instruments).toEqual({ IIT: 96.1, EIT: 87.58, OIT: 100 });
    expect(r.scores.current.overall).toBe(95.11);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ line: 5 });
    expect(r.warnings[0].message).toContain('ส่วนที่ 1');
  });
});

describe('question rows', () => {
  test('codes in every real form', () => {
    const r = parseScores(
      'ปี 2567\nข้อ e1\t95.25\t77.00\nI1\t95.38\nข้อ l3\t100\n๐10\t100\nO 10\t100\ne 7\t96.50\t74\ni2 ในหน่วยงานของท่าน มีเจ้าหน้าที่\t96.92\ni4\tหน่วยงานของท่าน ใช้จ่ายงบประมาณ\t93.85',
    );
    expect(r.errors).toEqual([]);
    const q = Object.fromEntries(r.scores.current.questions.map((x) => [x.code, x.scores]));
    expect(q).toEqual({
      e1: [95.25, 77],
      i1: [95.38],
      i3: [100],
      o10: [100],
      e7: [96.5, 74],
      i2: [96.92],
      i4: [93.85],
    });
    // l3 read as i3 is reported; the identical o10 twice is reported as a duplicate.
    expect(r.warnings.find((w) => w.line === 4)?.message).toContain('i3');
    expect(r.warnings.find((w) => w.line === 6)?.message).toContain('ซ้ำ');
  });

  test('merged-looking rows take the instrument from the row above', () => {
    const r = parseScores(
      'ปี 2567\nลำดับ\tหัวข้อ\tเครื่องมือการประเมิน\tข้อคำถาม\tคะแนน\n1.\tหัวข้อ\tOIT\tข้อ 30\t100\tรักษาระดับ\n\t\t\tข้อ 31\t100',
    );
    expect(r.errors).toEqual([]);
    expect(r.scores.current.questions).toEqual([
      { code: 'o30', scores: [100] },
      { code: 'o31', scores: [100] },
    ]);
    expect(r.warnings.map((w) => w.line)).toEqual([3, 4]);
  });

  test('a bare number without an instrument is an error', () => {
    const r = parseScores('ปี 2567\nข้อ 30\t100');
    expect(errorAt(r.errors, 2, 1).message).toContain('o30');
  });

  test('l3 is refused where it cannot be i3', () => {
    const r = parseScores('ปี 2567\nEIT\nl3\t100\nl20\t100');
    expect(errorAt(r.errors, 3, 1).message).toContain('l3');
    expect(errorAt(r.errors, 4, 1).message).toContain('l20');
  });

  test('a code range such as ๐22-๐35 gives every item the score', () => {
    const r = parseScores('ปี 2567\nOIT\tข้อ ๐22-๐35\t100');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.questions.map((q) => q.code)).toEqual(Array.from({ length: 14 }, (_, k) => `o${22 + k}`));
  });

  test('EIT 2567 with one score column: part 1 with a warning, or the part a header names', () => {
    const one = parseScores('ปี 2567\nข้อ e1\t95.25');
    expect(one.errors).toEqual([]);
    expect(one.scores.current.questions).toEqual([{ code: 'e1', scores: [95.25, null] }]);
    expect(one.warnings[0].message).toContain('ส่วนที่ 2');
    const p1 = parseScores('ปี 2567\nข้อคำถาม\tส่วนที่ 1\ne1\t95.25');
    expect(p1.warnings).toEqual([]);
    expect(p1.scores.current.questions).toEqual([{ code: 'e1', scores: [95.25, null] }]);
    const p2 = parseScores('ปี 2567\nข้อคำถาม\tส่วนที่ 2\ne1\t77');
    expect(p2.scores.current.questions).toEqual([{ code: 'e1', scores: [null, 77] }]);
  });

  test('the seed part header "EIT | ส่วนที่ | 1 | 2" is a header, not scores', () => {
    const r = parseScores('ปี 2567\n1.\tหัวข้อ\tEIT\tส่วนที่\t1\t2\tปรับปรุง\n\t\tข้อ e5\t96.75\t83.00');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.scores.current.questions).toEqual([{ code: 'e5', scores: [96.75, 83] }]);
  });

  test('a question row inherits nothing wrong: IIT with two scores is an error', () => {
    const r = parseScores('ปี 2567\ni1\t95.38\t90');
    expect(errorAt(r.errors, 2, 3).message).toContain('i1');
  });

  test('an instrument cell that contradicts the code is an error', () => {
    const r = parseScores('ปี 2567\nOIT\te1\t95\t77');
    expect(errorAt(r.errors, 2, 2).message).toContain('EIT');
  });
});

describe('errors name line and column and never drop a number', () => {
  test('the bad-input example', () => {
    const r = parseScores(example('bad-input.txt'));
    expect(errorAt(r.errors, 3, 3).message).toContain('ไม่มีข้อมูล');
    expect(errorAt(r.errors, 4, 3).message).toContain('ใช้จุดทศนิยม');
    expect(errorAt(r.errors, 5, 2).message).toContain('การใช้อำนาจอย่างเป็นธรรม');
    expect(errorAt(r.errors, 6, 3).message).toContain('>100');
    expect(errorAt(r.errors, 7, 1).message).toContain('i16');
    expect(errorAt(r.errors, 9, 2).message).toContain('บรรทัด 8');
    expect(errorAt(r.errors, 10, 1).message).toContain('ไม่มีคะแนน');
    expect(r.errors).toHaveLength(7);
    // Nothing that failed is kept.
    expect(r.scores.current.indicators).toEqual({});
  });

  test.each([
    ['1\tการปฏิบัติหน้าที่\t101', 3, 'เกิน'],
    ['1\tการปฏิบัติหน้าที่\t-5', 3, 'ติดลบ'],
    ['ข้อ e1\tไม่มีข้อมูล', 2, 'ไม่ใช่ตัวเลข'],
    ['\t\tข้อ I2\t96,92', 4, 'ใช้จุดทศนิยม'],
    ['การบริหารจัดการ\t90', 1, 'ไม่รู้จัก'],
    ['i1\tการปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่าน', 1, 'ไม่มีคะแนน'],
    ['0\t\t0', 1, 'อ่านแถวนี้ไม่ได้'],
  ])('%s', (row, column, words) => {
    const r = parseScores(`ปี 2567\n${row}`);
    expect(errorAt(r.errors, 2, column).message).toContain(words);
  });

  test('different duplicates are errors; identical ones are warnings', () => {
    const r = parseScores('ปี 2567\n1\tการปฏิบัติหน้าที่\t97.43\nการปฏิบัติหน้าที่\t97.43\nตัวชี้วัดที่ 1\t90');
    expect(r.warnings.map((w) => w.line)).toEqual([3]);
    expect(errorAt(r.errors, 4, 2).message).toContain('บรรทัด 2');
    expect(r.scores.current.indicators).toEqual({ 1: 97.43 });
  });

  test('titles and headers without scores are skipped silently; no year is an error', () => {
    const r = parseScores(
      'สรุปผลการประเมินรายตัวชี้วัด\nประเด็นที่ 1 กระบวนการปฏิบัติงาน\n\nตัวชี้วัดที่\tรายละเอียดตัวชี้วัด\tคะแนน\nการใช้อำนาจ\t97.44',
    );
    expect(r.warnings).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toContain('ไม่พบปี');
    expect(r.scores.current.indicators).toEqual({ 3: 97.44 });
  });
});

describe('years', () => {
  test('a multi-year table: the latest year is current, the others go to history', () => {
    const r = parseScores(
      'ตัวชี้วัด\tปี ๒๕๖๕\t2566\t2567\nการปฏิบัติหน้าที่\t90.00\t92.50\t97.43\nการเปิดเผยข้อมูล\t-\t88\t100\nคะแนนรวม\t80\t85\t95.11',
    );
    expect(r.errors).toEqual([]);
    expect(r.scores.current).toMatchObject({ year: 2567, overall: 95.11, indicators: { 1: 97.43, 9: 100 } });
    expect(r.scores.history.map((h) => h.year)).toEqual([2566, 2565]);
    expect(r.scores.history[0]).toMatchObject({ overall: 85, indicators: { 1: 92.5, 9: 88 } });
    expect(r.scores.history[1].indicators).toEqual({ 1: 90 });
  });

  test('opts.year picks the assessment year', () => {
    const r = parseScores('ตัวชี้วัด\t2566\t2567\nการใช้อำนาจ\t90\t97.44', { year: 2566 });
    expect(r.scores.current).toMatchObject({ year: 2566, indicators: { 3: 90 } });
    expect(r.scores.history).toMatchObject([{ year: 2567, indicators: { 3: 97.44 } }]);
  });

  test("year lines set the year of the rows below; questions use that year's catalogue", () => {
    const r = parseScores('ปีงบประมาณ พ.ศ.2566\nการใช้อำนาจ\t90\ni30\t88\n\nITA 2567\nการใช้อำนาจ\t97.44\ni30\t88');
    expect(r.scores.current).toMatchObject({ year: 2567, indicators: { 3: 97.44 } });
    expect(r.scores.history).toMatchObject([
      { year: 2566, indicators: { 3: 90 }, questions: [{ code: 'i30', scores: [88] }] },
    ]);
    expect(errorAt(r.errors, 7, 1).message).toContain('i30');
  });
});

describe('seed 001 example', () => {
  const r = parseScores(example('seed-001-2567.txt'));
  const q = Object.fromEntries(r.scores.current.questions.map((x) => [x.code, x.scores]));

  test('parses with zero errors', () => {
    expect(r.errors).toEqual([]);
    expect(r.scores.current.year).toBe(2567);
    expect(r.scores.history).toEqual([]);
  });

  test('indicators and overall as printed', () => {
    expect(r.scores.current.indicators).toEqual(SEED_INDICATORS);
    expect(r.scores.current.overall).toBe(95.11);
  });

  test('every question the seed prints', () => {
    expect(q).toMatchObject({
      i1: [95.38],
      i2: [96.92],
      i3: [100],
      i4: [93.85],
      i5: [96.45],
      i6: [96.92],
      i7: [94.62],
      i8: [97.69],
      i9: [100],
      i10: [90],
      i11: [97.69],
      i12: [90.77],
      i13: [97.69],
      i14: [97],
      i15: [96.15],
      e1: [95.25, 77],
      e2: [95.75, 78],
      e3: [98.75, 100],
      e4: [96.5, 79],
      e5: [96.75, 83],
      e6: [96.5, 77],
      e7: [96.5, 74],
      e8: [96, 74],
      e9: [62.5, 100],
    });
    for (let k = 1; k <= 35; k++) expect(q[`o${k}`]).toEqual([100]);
    expect(Object.keys(q)).toHaveLength(15 + 9 + 35);
  });

  test('EIT part means reproduce the seed indicators 6–8', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const ind = (codes: string[]) =>
      mean([mean(codes.map((c) => q[c][0] as number)), mean(codes.map((c) => q[c][1] as number))]);
    expect(ind(['e1', 'e2', 'e3'])).toBeCloseTo(90.79, 2);
    expect(ind(['e4', 'e5', 'e6'])).toBeCloseTo(88.13, 2);
    expect(ind(['e7', 'e8', 'e9'])).toBeCloseTo(83.83, 2);
  });

  test('the mess is reported, not hidden: l3, bare OIT numbers, identical repeats', () => {
    expect(r.warnings.some((w) => w.message.includes('"ข้อ l3" เป็น i3'))).toBe(true);
    expect(r.warnings.some((w) => w.message.includes('"ข้อ 30" เป็น o30'))).toBe(true);
    expect(r.warnings.filter((w) => w.message.includes('ซ้ำ')).length).toBeGreaterThan(5);
  });
});
