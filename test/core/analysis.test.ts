import { analyze, toJsonReport, formatTextReport } from '../../src/core/analysis';
import { LEVELS_2561 } from '../../src/core/catalogue';
import { ScoreSet } from '../../src/core/types';
import { SEED_INDICATORS, SEED_WEAK_PARTS, indicatorsOnly, seedSet, seedYear } from './analysis-fixtures';

describe('analyze: seed 001 (ITA 2567, เทศบาลตำบลก้อ)', () => {
  const result = analyze(seedSet());
  const report = toJsonReport(result);

  it('keeps the reported indicator scores and derives instruments and overall exactly', () => {
    expect(report.indicators.map((i) => i.score)).toEqual([
      97.43, 95.64, 97.44, 92.82, 97.18, 90.79, 88.13, 83.83, 100, 100,
    ]);
    const iit = result.instruments.find((i) => i.id === 'IIT')!;
    const eit = result.instruments.find((i) => i.id === 'EIT')!;
    const oit = result.instruments.find((i) => i.id === 'OIT')!;
    expect(iit.score).toBeCloseTo(96.102, 10);
    expect(eit.score).toBeCloseTo(87.58333333, 7);
    expect(oit.score).toBe(100);
    expect(result.overall.score).toBe(95.11);
    expect(report.instruments).toEqual([
      { id: 'IIT', score: 96.1, pass: true, gap: -11.1 },
      { id: 'EIT', score: 87.58, pass: true, gap: -2.58 },
      { id: 'OIT', score: 100, pass: true, gap: -15 },
    ]);
    expect(report.overall).toEqual({ score: 95.11, level: 'ผ่านดี', pass: true, gap: -10.11 });
    expect(report).toMatchObject({ year: 2567, framework: '2567-2570', target: 85 });
  });

  it('recomputes the EIT indicators from the two parts as mean(part-1 mean, part-2 mean)', () => {
    const eit = result.indicators.filter((i) => i.instrument === 'EIT');
    expect(eit.map((i) => Math.round(i.fromQuestions! * 100) / 100)).toEqual([90.79, 88.13, 83.83]);
    expect(eit[0].partMeans![0]).toBeCloseTo((95.25 + 95.75 + 98.75) / 3, 10);
    expect(eit[0].partMeans![1]).toBeCloseTo(85, 10);
    expect(eit[2].partMeans).toEqual([expect.closeTo(85, 10), expect.closeTo(248 / 3, 10)]);
  });

  it('computes the overall from indicators alone when no overall is given', () => {
    const r = analyze(seedSet({ overall: null, questions: [] }));
    expect(r.overall.score).toBeCloseTo(0.3 * 96.102 + 0.3 * (262.75 / 3) + 0.4 * 100, 10);
    expect(toJsonReport(r).overall.score).toBe(95.11);
    expect(r.warnings).toEqual([]);
  });

  it('warns in Thai exactly where the printed question scores do not average to the indicator (2 and 5)', () => {
    const mismatches = result.warnings.filter((w) => w.includes('ไม่ตรงกับค่าเฉลี่ยของข้อคำถาม'));
    expect(mismatches).toEqual([
      'ตัวชี้วัดที่ 2 การใช้งบประมาณ: คะแนนที่รายงาน 95.64 ไม่ตรงกับค่าเฉลี่ยของข้อคำถาม 95.74 (ต่างกัน 0.10) ใช้คะแนนที่รายงาน',
      'ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต: คะแนนที่รายงาน 97.18 ไม่ตรงกับค่าเฉลี่ยของข้อคำถาม 96.95 (ต่างกัน 0.23) ใช้คะแนนที่รายงาน',
    ]);
    expect(result.warnings).toHaveLength(2);
    expect(result.indicators[1]).toMatchObject({ score: 95.64, source: 'given' });
  });

  it('lists the weak EIT questions per part, biggest shortfall first', () => {
    const weak = result.weakQuestions.map((w) => `${w.code}/${w.part}`);
    expect(weak).toEqual(SEED_WEAK_PARTS);
    const e9 = result.weakQuestions[0];
    expect(e9).toMatchObject({ code: 'e9', part: 1, score: 62.5, gap: 22.5, indicator: 8, instrument: 'EIT' });
    expect(e9.text).toContain('E-Service');
    const e7 = report.weakQuestions.find((w) => w.code === 'e7')!;
    expect(e7).toEqual({ code: 'e7', part: 2, score: 74, gap: 11, belowThreshold: 11, indicator: 8, oitRefs: ['o25'] });
    expect(result.weakQuestions.find((w) => w.code === 'e1')!.oitRefs).toEqual(['o10', 'o11']);
    expect(result.weakQuestions.every((w) => Array.isArray(w.oitRefs))).toBe(true);
  });

  it('has no change without history', () => {
    expect(result.previousYear).toBeNull();
    expect(result.indicators.every((i) => i.change === null)).toBe(true);
  });

  it('produces JSON that survives a round trip and has exactly the agreed keys', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(Object.keys(report)).toEqual([
      'year',
      'framework',
      'target',
      'overall',
      'instruments',
      'indicators',
      'weakQuestions',
      'suggestedMeasures',
      'warnings',
    ]);
    expect(Object.keys(report.suggestedMeasures[0])).toEqual([
      'title',
      'indicator',
      'level',
      'questions',
      'oitRefs',
      'gap',
      'reason',
    ]);
    expect(Object.keys(report.indicators[0])).toEqual([
      'number',
      'name',
      'instrument',
      'score',
      'pass',
      'gap',
      'change',
    ]);
    expect(report.indicators[7]).toEqual({
      number: 8,
      name: 'การปรับปรุงการทำงาน',
      instrument: 'EIT',
      score: 83.83,
      pass: false,
      gap: 1.17,
      change: null,
    });
  });
});

describe('analyze: other years, history, missing data, settings', () => {
  it('uses the AA–F scale for 2563 (66.41 → C)', () => {
    const set: ScoreSet = {
      current: {
        year: 2563,
        overall: 66.41,
        instruments: { IIT: 70, EIT: 75, OIT: 57.275 },
        indicators: {},
        questions: [],
      },
      history: [],
    };
    const r = analyze(set);
    expect(r.framework).toBe('2561-2566');
    expect(r.overall).toMatchObject({ score: 66.41, level: 'C', pass: false });
    expect(r.overall.gap).toBeCloseTo(18.59, 10);
    // every indicator is missing, said once each in Thai
    expect(r.indicators.every((i) => i.source === 'missing' && i.score === null && i.pass === null)).toBe(true);
    expect(r.warnings.filter((w) => w.includes('ไม่มีคะแนน'))).toHaveLength(10);
  });

  it('computes the change against the latest earlier year, by indicator number across the 2566→2567 break', () => {
    const prev = { 1: 90, 2: 91, 3: 92, 4: 93, 5: 94, 6: 80, 7: 81, 8: 82, 9: 70, 10: 60 };
    const older = indicatorsOnly(2565, { 1: 10, 2: 10, 3: 10, 4: 10, 5: 10, 6: 10, 7: 10, 8: 10, 9: 10, 10: 10 });
    const later = indicatorsOnly(2568, { 1: 0 });
    const r = analyze(seedSet({}, [older, later, indicatorsOnly(2566, prev)]));
    expect(r.previousYear).toBe(2566);
    expect(r.indicators[0].change).toBeCloseTo(97.43 - 90, 10);
    expect(r.indicators[9].change).toBeCloseTo(40, 10);
    expect(toJsonReport(r).indicators.map((i) => i.change)).toEqual([
      7.43, 4.64, 5.44, -0.18, 3.18, 10.79, 7.13, 1.83, 30, 40,
    ]);
    const oit = r.instruments.find((i) => i.id === 'OIT')!;
    expect(oit.change).toBeCloseTo(100 - 65, 10);
  });

  it('history year scored from its own (2561) questions', () => {
    const indicators: Record<number, number> = { ...SEED_INDICATORS };
    delete indicators[1];
    const h = {
      year: 2566,
      overall: null,
      instruments: {},
      indicators,
      questions: [1, 2, 3, 4, 5, 6].map((k) => ({ code: `i${k}`, scores: [k * 10] })),
    };
    const r = analyze(seedSet({}, [h]));
    expect(r.indicators[0].change).toBeCloseTo(97.43 - 35, 10);
  });

  it('a missing indicator: score null, source missing, instrument and overall not computed unless given', () => {
    const indicators = { ...SEED_INDICATORS };
    delete indicators[7];
    const questions = seedYear().questions.filter((q) => !['e4', 'e5', 'e6'].includes(q.code));
    const r = analyze(seedSet({ overall: null, indicators, questions }));
    const i7 = r.indicators[6];
    expect(i7).toMatchObject({ number: 7, score: null, source: 'missing', pass: null, gap: null, change: null });
    expect(r.instruments[1]).toMatchObject({ id: 'EIT', score: null, pass: null });
    expect(r.overall).toEqual({ score: null, pass: null, gap: null, level: null });
    expect(r.warnings).toContain('ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร: ไม่มีคะแนน (ไม่มีทั้งคะแนนตัวชี้วัดและคะแนนรายข้อ) จึงไม่นำมาคำนวณ');
    expect(r.warnings.some((w) => w.startsWith('แบบวัด EIT: คำนวณคะแนนไม่ได้') && w.includes('7'))).toBe(true);
    expect(r.warnings.some((w) => w.startsWith('คะแนนรวม: คำนวณไม่ได้'))).toBe(true);

    const withEit = analyze(seedSet({ overall: null, indicators, questions, instruments: { EIT: 87.58 } }));
    expect(withEit.instruments[1].score).toBe(87.58);
    expect(withEit.overall.score).toBeCloseTo(0.3 * 96.102 + 0.3 * 87.58 + 40, 10);
  });

  it('computes a missing indicator from its questions, warning when some are missing', () => {
    const indicators = { ...SEED_INDICATORS };
    delete indicators[1];
    const r = analyze(seedSet({ indicators }));
    expect(r.indicators[0]).toMatchObject({ source: 'questions' });
    expect(r.indicators[0].score).toBeCloseTo((95.38 + 96.92 + 100) / 3, 10);

    const partial = seedYear().questions.filter((q) => q.code !== 'i2');
    const r2 = analyze(seedSet({ indicators, questions: partial }));
    expect(r2.indicators[0].score).toBeCloseTo((95.38 + 100) / 2, 10);
    expect(r2.warnings.some((w) => w.startsWith('ตัวชี้วัดที่ 1') && w.includes('2 จาก 3'))).toBe(true);
  });

  it('warns when a given instrument or overall disagrees with the level below, and the given one stands', () => {
    const r = analyze(seedSet({ overall: 94, instruments: { IIT: 96.1, EIT: 86 } }));
    expect(r.instruments[0].score).toBe(96.1);
    expect(r.instruments[1].score).toBe(86);
    expect(r.overall.score).toBe(94);
    expect(r.warnings).toContain(
      'แบบวัด EIT: คะแนนที่รายงาน 86.00 ไม่ตรงกับค่าเฉลี่ยของตัวชี้วัด 87.58 (ต่างกัน 1.58) ใช้คะแนนที่รายงาน',
    );
    expect(r.warnings.some((w) => w.startsWith('แบบวัด IIT'))).toBe(false);
    expect(r.warnings.some((w) => w.startsWith('คะแนนรวม: คะแนนที่รายงาน 94.00'))).toBe(true);
  });

  it('does not warn for a difference of exactly 0.01', () => {
    const r = analyze(
      seedSet({ overall: null, indicators: { ...SEED_INDICATORS, 1: 97.42 }, questions: [], instruments: {} }),
    );
    expect(r.warnings).toEqual([]);
    // questions average to 96 exactly; 96.01 is 0.01 away (0.010000000000005 in binary): no warning
    const questions = seedYear().questions.map((q) =>
      q.code === 'i1'
        ? { code: 'i1', scores: [95] }
        : q.code === 'i2'
          ? { code: 'i2', scores: [96] }
          : q.code === 'i3'
            ? { code: 'i3', scores: [97] }
            : q,
    );
    const r2 = analyze(seedSet({ overall: null, indicators: { ...SEED_INDICATORS, 1: 96.01 }, questions }));
    expect(r2.warnings.some((w) => w.startsWith('ตัวชี้วัดที่ 1'))).toBe(false);
    const r3 = analyze(seedSet({ overall: null, indicators: { ...SEED_INDICATORS, 1: 96.02 }, questions }));
    expect(r3.warnings.some((w) => w.startsWith('ตัวชี้วัดที่ 1') && w.includes('(ต่างกัน 0.02)'))).toBe(true);
  });

  it('custom target 90 and weak threshold 80', () => {
    const r = analyze(seedSet(), { target: 90, weakThreshold: 80 });
    const j = toJsonReport(r);
    expect(j.target).toBe(90);
    expect(j.instruments.map((i) => i.pass)).toEqual([true, false, true]);
    expect(j.indicators.map((i) => i.pass)).toEqual([true, true, true, true, true, true, false, false, true, true]);
    expect(j.instruments[1].gap).toBe(2.42);
    // e5 part 2 scores 83: weak below 85, not below 80
    expect(r.weakQuestions.map((w) => `${w.code}/${w.part}`)).toEqual(SEED_WEAK_PARTS.filter((w) => w !== 'e5/2'));
    expect(r.weakQuestions[0].gap).toBeCloseTo(27.5, 10);
    // level is from the scale, not the target
    expect(r.overall.level).toBe('ผ่านดี');
  });

  it('uses an overriding level scale and the year option', () => {
    const r = analyze(seedSet(), { levels: LEVELS_2561 });
    expect(r.overall.level).toBe('AA');
    const r2 = analyze(seedSet(), { year: 2569 });
    expect(r2.year).toBe(2569);
    expect(r2.framework).toBe('2567-2570');
  });

  it('counts OIT items scored 0 as weak, and IIT questions too', () => {
    const questions = seedYear().questions.map((q) =>
      q.code === 'o34' ? { code: 'o34', scores: [0] } : q.code === 'i10' ? { code: 'i10', scores: [84.5] } : q,
    );
    const r = analyze(seedSet({ questions }));
    const o34 = r.weakQuestions.find((w) => w.code === 'o34')!;
    expect(o34).toMatchObject({ part: null, score: 0, gap: 85, instrument: 'OIT', indicator: 10 });
    expect(r.weakQuestions[0].code).toBe('o34');
    expect(r.weakQuestions.find((w) => w.code === 'i10')).toMatchObject({
      part: null,
      instrument: 'IIT',
      indicator: 4,
    });
  });

  it('warns about a question code the framework does not have and ignores it', () => {
    const r = analyze(seedSet({ questions: [...seedYear().questions, { code: 'i40', scores: [10] }] }));
    expect(r.warnings).toContain('ข้อ i40 ไม่อยู่ในกรอบการประเมิน 2567-2570 จึงไม่นำมาคำนวณ');
    expect(r.weakQuestions.some((w) => w.code === 'i40')).toBe(false);
  });

  it('throws a Thai error on a target that is not a number', () => {
    expect(() => analyze(seedSet(), { target: Number.NaN })).toThrow(/ค่าเป้าหมาย/);
  });
});

describe('formatTextReport', () => {
  const text = formatTextReport(analyze(seedSet({}, [indicatorsOnly(2566, { 1: 90 })])));

  it('shows overall, level, instruments, all 10 indicators, weak questions and warnings', () => {
    expect(text).toContain('คะแนนรวม 95.11  ระดับ ผ่านดี  ✓ ผ่านค่าเป้าหมาย  สูงกว่าเป้าหมาย 10.11');
    // Gaps in the documents' words, never signed (the workbook's −12.43 against a document's +๑๒.๔๓).
    expect(text).toMatch(/EIT\s+87\.58\s+สูงกว่าเป้าหมาย 2\.58\s+✓/);
    expect(text).toMatch(/8\s+การปรับปรุงการทำงาน\s+EIT\s+83\.83\s+ต่ำกว่าเป้าหมาย 1\.17\s+✗/);
    expect(text).toMatch(/1\s+การปฏิบัติหน้าที่\s+IIT\s+97\.43\s+สูงกว่าเป้าหมาย 12\.43\s+✓\s+\+7\.43/);
    expect(text).not.toContain('ห่างเป้า');
    expect(text).toContain('เทียบปี 2566');
    for (let n = 1; n <= 10; n++) expect(text).toMatch(new RegExp(`^\\s+${n}\\s`, 'm'));
    expect(text).toMatch(/e7\s+2\s+74\.00\s+ต่ำกว่าเกณฑ์ 11\.00\s+8\s+o25/);
    expect(text).toMatch(/\[ตัวชี้วัดที่ 8 · ระดับข้อคำถาม · ต่ำกว่าเกณฑ์ \d+\.\d\d\]/);
    expect(text).toContain('คำเตือน');
    expect(text).toContain('ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต');
  });

  it('writes Thai digits on request', () => {
    const thai = formatTextReport(analyze(seedSet()), { thaiDigits: true });
    expect(thai).toContain('คะแนนรวม ๙๕.๑๑');
    expect(thai).toContain('ปี ๒๕๖๗');
  });

  it('aligns Thai columns by display width (combining marks take no column)', () => {
    const lines = text.split('\n').filter((l) => /^\s+\d+\s+\S/.test(l) && /IIT|EIT|OIT/.test(l));
    const col = (l: string) =>
      [...l.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '')].join('').search(/(IIT|EIT|OIT)/);
    expect(new Set(lines.map(col)).size).toBe(1);
  });
});

describe('analyze: pass marks use the published (2-decimal) score', () => {
  it('passes an indicator whose mean prints as 85.00 and fails one that prints as 84.99', () => {
    const r = analyze(
      seedSet({ indicators: { ...SEED_INDICATORS, 4: 84.996, 6: 84.994 }, questions: [], overall: null }),
    );
    const four = r.indicators.find((i) => i.number === 4)!;
    const six = r.indicators.find((i) => i.number === 6)!;
    expect(four.pass).toBe(true);
    expect(four.gap).toBeCloseTo(0.004, 10);
    expect(six.pass).toBe(false);
  });
});
