import { FRAMEWORK_2567 } from '../../src/core/catalogue';
import {
  isOverallLabel,
  matchIndicatorName,
  matchInstrument,
  normaliseQuestionCode,
  parseScoreNumber,
  parseScores,
  splitRows,
} from '../../src/core/intake';
import { Catalogue } from '../../src/core/types';

/** A tiny catalogue, independent of the real data. */
const TINY: Catalogue = {
  id: 'test',
  framework: 'test',
  firstYear: 2600,
  lastYear: 2601,
  indicators: [
    { number: 1, name: 'การทดสอบระบบ', aliases: ['ทดสอบ'], instrument: 'IIT', questions: ['i1', 'i2'] },
    { number: 2, name: 'คุณภาพการตอบ', aliases: [], instrument: 'EIT', questions: ['e1'] },
  ],
  questions: [
    { code: 'i1', instrument: 'IIT', indicator: 1, text: 'ก', parts: 1, confidence: 'H' },
    { code: 'i2', instrument: 'IIT', indicator: 1, text: 'ข', parts: 1, confidence: 'H' },
    { code: 'e1', instrument: 'EIT', indicator: 2, text: 'ค', parts: 2, confidence: 'H' },
  ],
  subIndicators: [],
  weights: { IIT: 0.5, EIT: 0.5, OIT: 0 },
  levels: { id: 't', bands: [{ label: 'ผ่าน', min: 0 }], confidence: 'H' },
  measuresItems: { plan: 'o1', report: 'o2' },
  oitListConfirmed: { firstYear: 2567, lastYear: 2567 },
  unconfirmed: [],
  instrumentNames: { IIT: 'ภายใน', EIT: 'ภายนอก', OIT: 'เปิดเผย' },
};

describe('splitRows', () => {
  test('tabs keep empty leading cells (merged labels) and drop trailing ones', () => {
    expect(splitRows('\t\tข้อ I2\t96.92\t\t')).toEqual([['', '', 'ข้อ I2', '96.92']]);
  });
  test('CSV with quoted cells holding commas and quotes', () => {
    const rows = splitRows('ตัวชี้วัด,คะแนน\n"การใช้อำนาจ, ทดสอบ",97.44\n"a ""b""",1');
    expect(rows[1]).toEqual(['การใช้อำนาจ, ทดสอบ', '97.44']);
    expect(rows[2]).toEqual(['a "b"', '1']);
  });
  test('runs of two or more spaces separate cells; single spaces do not', () => {
    expect(splitRows('1  การปฏิบัติหน้าที่   97.43')).toEqual([['1', 'การปฏิบัติหน้าที่', '97.43']]);
    expect(splitRows('ข้อ e1 95.25')).toEqual([['ข้อ e1 95.25']]);
  });
  test('zero-width characters, NBSP and HTML tags are cleaned', () => {
    expect(splitRows('\u200bการ\u200bใช้อำนาจ\u00a0\t<u>97.44</u>')).toEqual([['การใช้อำนาจ', '97.44']]);
  });
});

describe('parseScoreNumber', () => {
  test.each([
    ['97.43', 97.43],
    ['100', 100],
    ['100.00', 100],
    ['๙๖.๘๑', 96.81],
    ['๑๐๐', 100],
    [' 0 ', 0],
    ['95.38 คะแนน', 95.38],
  ])('%s → %s', (cell, value) => expect(parseScoreNumber(cell)).toBe(value));
  test('empty and a dash are "no score"', () => {
    expect(parseScoreNumber('')).toBeNull();
    expect(parseScoreNumber('-')).toBeNull();
  });
  test('comma decimal is refused with a hint to use a point', () => {
    const r = parseScoreNumber('95,38') as { error: string };
    expect(r.error).toContain('ใช้จุดทศนิยม');
  });
  test.each(['>100', '100.5', '-3', 'ไม่มีข้อมูล', 'abc'])('%s is an error', (cell) => {
    expect(parseScoreNumber(cell)).toEqual({ error: expect.any(String) });
  });
});

describe('normaliseQuestionCode', () => {
  test.each([
    ['ข้อ e1', 'e1'],
    ['I1', 'i1'],
    ['ข้อ I13', 'i13'],
    ['O 10', 'o10'],
    ['e 7', 'e7'],
    ['๐10', 'o10'],
    ['ข้อ ๐8', 'o8'],
    ['o๓๔', 'o34'],
    ['l3', 'i3'],
    ['i1 การปฏิบัติงานหรือให้บริการ', 'i1'],
    ['ข้อคำถาม e4', 'e4'],
  ])('%s → %s', (cell, code) => expect(normaliseQuestionCode(cell)).toBe(code));
  test.each(['IIT', 'EIT ส่วนที่ 1', 'ITA', '95.38', 'การปฏิบัติหน้าที่', 'ข้อ 30', '1.', 'E-Service', '๐.๕'])(
    '%s is not a lettered code',
    (cell) => expect(normaliseQuestionCode(cell)).toBeNull(),
  );
});

describe('matchIndicatorName', () => {
  test.each([
    ['การปฏิบัติหน้าที่', 1],
    ['การปรับปรุงระบบการทำงาน', 8],
    ['การปรับปรุง การทำงาน', 8],
    ['ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน', 8],
    ['ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต', 10],
    ['การ\u200bเปิดเผย ข้อมูล', 9],
    ['ด้านการใช้อำนาจ', 3],
  ])('%s → indicator %d', (text, n) => expect(matchIndicatorName(FRAMEWORK_2567, text)?.number).toBe(n));
  test('unknown and far-off names do not match', () => {
    expect(matchIndicatorName(FRAMEWORK_2567, 'การบริหารจัดการ')).toBeNull();
    expect(matchIndicatorName(FRAMEWORK_2567, 'กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ')).toBeNull();
  });
  test('works with any catalogue (aliases, ระบบ ignored)', () => {
    expect(matchIndicatorName(TINY, 'การทดสอบ')?.number).toBe(1);
    expect(matchIndicatorName(TINY, 'คุณภาพการตอบ')?.number).toBe(2);
  });
  test('never guesses between two candidates', () => {
    const twin: Catalogue = {
      ...TINY,
      indicators: [
        { ...TINY.indicators[0], aliases: ['ซ้ำ'] },
        { ...TINY.indicators[1], aliases: ['ซ้ำ'] },
      ],
    };
    expect(matchIndicatorName(twin, 'ซ้ำ')).toBeNull();
    const r = parseScores('ซ้ำ\t90', { year: 2600, catalogue: twin });
    expect(r.errors[0].message).toMatch(/บรรทัด 1 คอลัมน์ 1.*หลายตัวชี้วัด/);
  });
});

describe('matchInstrument and overall labels', () => {
  test.each([
    ['IIT', 'IIT'],
    ['eit', 'EIT'],
    ['EIT ส่วนที่ 1', 'EIT'],
    ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', 'IIT'],
    ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', 'EIT'],
    ['แบบตรวจการเปิดเผยข้อมูลสาธารณะ', 'OIT'],
  ])('%s → %s', (text, id) => expect(matchInstrument(text)).toBe(id));
  test('no or conflicting instrument', () => {
    expect(matchInstrument('ITA')).toBeNull();
    expect(matchInstrument('IIT และ EIT')).toBeNull();
  });
  test.each(['คะแนนรวม', 'ภาพรวม', 'คะแนนเฉลี่ย', 'ITA', 'ผลการประเมินในภาพรวม', 'คะแนน ITA'])('%s is overall', (t) =>
    expect(isOverallLabel(t)).toBe(true),
  );
  test.each(['คะแนน', 'ข้อคำถาม ITA', 'การปฏิบัติหน้าที่'])('%s is not overall', (t) => expect(isOverallLabel(t)).toBe(false));
});

describe('parseScores with a local catalogue', () => {
  test('questions and indicators are checked against the given catalogue', () => {
    const r = parseScores('ทดสอบ\t90\ni2\t80\ne1\t70\t60\ni3\t50', { year: 2600, catalogue: TINY });
    expect(r.scores.current.indicators).toEqual({ 1: 90 });
    expect(r.scores.current.questions).toEqual([
      { code: 'i2', scores: [80] },
      { code: 'e1', scores: [70, 60] },
    ]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 4, column: 1 });
    expect(r.errors[0].message).toContain('i3');
  });
});
