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
