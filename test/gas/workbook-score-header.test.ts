// The question scores' first score column is headed "คะแนน (ส่วนที่ 1)" only when the year's framework
// has two-part questions (2567+ EIT); for 2561–2566 it reads "คะแนน". Readers take either spelling, so a
// sheet set up under the other framework keeps working.
import { checkTable, colIndex, headers, headersFor, ONE_PART_SCORE_HEADER } from '../../src/core/workbook';
import { setupPlan } from '../../src/core/workbook/setup';

const iS1 = colIndex('questionScores', 'score1');
const headerWritten = (year: number) =>
  setupPlan({}, year).writes.find((w) => w.table === 'questionScores' && w.row === 1)!.values[0][iS1];

test('setup heads the scores "คะแนน" for 2561–2566 and "คะแนน (ส่วนที่ 1)" for 2567+', () => {
  expect(headerWritten(2566)).toBe(ONE_PART_SCORE_HEADER);
  expect(headerWritten(2563)).toBe(ONE_PART_SCORE_HEADER);
  expect(headerWritten(2567)).toBe('คะแนน (ส่วนที่ 1)');
  expect(headerWritten(2568)).toBe('คะแนน (ส่วนที่ 1)');
});

test('the table reads with either spelling of the header', () => {
  for (const twoPart of [true, false]) {
    const snap = {
      table: 'questionScores' as const,
      sheet: 'คะแนนรายข้อ',
      values: [headersFor('questionScores', twoPart)],
    };
    expect(checkTable(snap)).toEqual([]);
  }
  const wrong = headers('questionScores');
  wrong[iS1] = 'คะแนนรวม';
  expect(checkTable({ table: 'questionScores', sheet: 'คะแนนรายข้อ', values: [wrong] })).toHaveLength(1);
});
