// CSV rows among other lines: decided per line, and a line with a number is read or reported, never dropped.
import { parseScores } from '../../src/core/intake';
import { splitRows } from '../../src/core/intake/rows';

describe('CSV decided per line', () => {
  test('"ITA 2567" then "i1,95": the one CSV row is read', () => {
    const r = parseScores('ITA 2567\ni1,95');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.questions).toEqual([{ code: 'i1', scores: [95] }]);
  });

  test('i1,"95,38": the quoted comma-decimal score is the located "use a decimal point" error', () => {
    const r = parseScores('ITA 2567\ni1,"95,38"');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, column: 2 });
    expect(r.errors[0].message).toContain('ใช้จุดทศนิยม');
    expect(r.scores.current.questions).toEqual([]);
  });

  test('a CSV export with three title lines, a header and ranked rows is read by name', () => {
    const text = [
      'รายงานผลการประเมิน ITA',
      'หน่วยงาน องค์การบริหารส่วนตำบลทดสอบ',
      'ปีงบประมาณ พ.ศ. 2567',
      'อันดับ,ตัวชี้วัด,คะแนน',
      '2,การปฏิบัติหน้าที่,97.43',
    ].join('\n');
    const r = parseScores(text);
    expect(r.errors).toEqual([]);
    // The header was split too: "อันดับ" marks 2 as a rank, so no "number does not match the name" warning.
    expect(r.warnings).toEqual([]);
    expect(r.scores.current).toMatchObject({ year: 2567, indicators: { 1: 97.43 } });
  });

  test('a CSV line inside a tab-separated paste is split on its commas', () => {
    const r = parseScores('ITA 2567\ni1\t95\ni2,96.92');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.questions).toEqual([
      { code: 'i1', scores: [95] },
      { code: 'i2', scores: [96.92] },
    ]);
  });

  test('a comma inside a number is not a delimiter: "i1  95,38" stays the comma-decimal error', () => {
    expect(splitRows('i1  95,38\nมีผู้ตอบ 1,234 คน')).toEqual([['i1', '95,38'], ['มีผู้ตอบ 1,234 คน']]);
    const r = parseScores('ITA 2567\ni1  95,38');
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([[2, 2]]);
  });
});

describe('a short line holding a score it cannot read is an error', () => {
  test('line and column, the number quoted', () => {
    const r = parseScores('ITA 2567\nคะแนนรวมของหน่วยงาน 95.11 สูงกว่าปีก่อน');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, column: 1 });
    expect(r.errors[0].message).toContain('"95.11"');
  });

  test('"95.11 คะแนน" after a label is a score with its unit', () => {
    const r = parseScores('ITA 2567\nคะแนนรวม 95.11 คะแนน');
    expect(r.errors).toEqual([]);
    expect(r.scores.current.overall).toBe(95.11);
  });

  test('sub-indicator headings and long paragraphs are not errors', () => {
    const long = `ผลการประเมินของหน่วยงาน ${'ได้คะแนนสูงขึ้นในหลายตัวชี้วัด '.repeat(6)}โดยภาพรวม 95.11`;
    const r = parseScores(`ITA 2567\nตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน\n${long}`);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.line)).toEqual([3]);
  });
});
