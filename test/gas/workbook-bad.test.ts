// Bad input found by review: each refused with a Thai message naming the sheet (and row, column), and
// compute, highlight and suggest leave the whole spreadsheet exactly as it was: not one write call
// (the fakes log every call; anything not a read counts as a write, see emulator/calls.ts).
import { computeGaps, highlightWeakQuestions, setupTemplate, suggestMeasures } from '../../src/gas/actions';
import { tableSheet, type World } from '../../scripts/bench/scenario';
import type { Fakes } from '../../emulator';
import { scenarioEach } from '../support/fakes';

let world: World;
scenarioEach((w) => (world = w), 3, 2);

/** Runs one action from a clean call log; returns its result and the write calls it made. */
function run(f: Fakes, action: () => { ok: boolean; message: string }) {
  f.calls.reset();
  const r = action();
  return { ...r, writes: f.calls.writes('Spreadsheet') };
}

/** Runs compute, highlight and suggest; each must refuse and write nothing. Returns their messages. */
function refusedByAll(f: Fakes): string[] {
  const messages: string[] = [];
  for (const action of [computeGaps, highlightWeakQuestions, suggestMeasures]) {
    const r = run(f, action);
    expect({ ok: r.ok, writes: r.writes }).toEqual({ ok: false, writes: [] });
    messages.push(r.message);
  }
  return messages;
}

describe('merged cells in the output tables', () => {
  test.each([
    ['analysis', 'ผลวิเคราะห์'],
    ['measures', 'มาตรการ'],
    ['results', 'ผลการดำเนินการ'],
  ] as const)('merged cells in %s are reported (sheet + range) and nothing is written', (table, sheetName) => {
    const f = world.fakes;
    tableSheet(f, table).getRange(3, 2, 2, 1).merge();
    const r = run(f, table === 'analysis' ? computeGaps : suggestMeasures);
    expect({ ok: r.ok, writes: r.writes }).toEqual({ ok: false, writes: [] });
    expect(r.message).toContain(`ชีต "${sheetName}" ช่วง B3:B4: มีการผสานเซลล์`);
  });
});

describe('the year of a question row', () => {
  test.each([2400, 2800, 'ปีนี้'])('%s is refused naming sheet, row and column A', (bad) => {
    const f = world.fakes;
    const q = tableSheet(f, 'questionScores');
    q.getRange(3, 1).setValue(bad);
    for (const m of refusedByAll(f)) expect(m).toContain('ชีต "คะแนนรายข้อ" แถวที่ 3 คอลัมน์ A (ปีการประเมิน)');
    expect(computeGaps().message).toContain('2500–2700');
  });

  test('a C.E. year (2024) is read as 2567 with a warning naming the cell', () => {
    const f = world.fakes;
    const q = tableSheet(f, 'questionScores');
    const before = computeGaps();
    q.getRange(3, 1).setValue(2024);
    const r = computeGaps();
    expect(r.ok).toBe(true);
    expect(r.message).toContain('ชีต "คะแนนรายข้อ" แถวที่ 3 คอลัมน์ A (ปีการประเมิน): ปี 2024 เป็นปี ค.ศ. จึงถือเป็นปี พ.ศ. 2567');
    // Same analysis as before: the row still counts for 2567.
    expect(r.message.split('\n')[0]).toBe(before.message.split('\n')[0]);
  });
});

describe('a deleted header row', () => {
  test('is recognised once per sheet, and the advice works: insert a row, run setup', () => {
    const f = world.fakes;
    const q = tableSheet(f, 'questionScores');
    q.deleteRow(1);
    for (const m of refusedByAll(f)) {
      const hits = m.split('\n').filter((l) => l.includes('คะแนนรายข้อ'));
      expect(hits).toEqual([
        '• ชีต "คะแนนรายข้อ" แถวที่ 1: แถวหัวตารางของชีต "คะแนนรายข้อ" ถูกลบหรือถูกแก้ — แทรกแถวหัวตารางกลับ แล้วเลือกเมนู ตั้งค่าแม่แบบ',
      ]);
    }
    q.insertRowBefore(1);
    expect(setupTemplate().ok).toBe(true);
    expect(computeGaps().ok).toBe(true);
  });

  test('one renamed column is still reported by column', () => {
    const f = world.fakes;
    tableSheet(f, 'questionScores').getRange(1, 5).setValue('คำถาม');
    expect(computeGaps().message).toContain('ชีต "คะแนนรายข้อ" แถวที่ 1 คอลัมน์ E: หัวตารางเป็น "คำถาม" ต้องเป็น "ข้อคำถาม"');
  });
});

test('a deleted indicator row: says which row is missing and to run setup, which brings it back', () => {
  const f = world.fakes;
  const byYear = tableSheet(f, 'scoresByYear');
  const row3 =
    byYear
      .getDataRange()
      .getValues()
      .findIndex((r) => String(r[0]) === '3') + 1;
  byYear.deleteRow(row3);
  const q = tableSheet(f, 'questionScores');
  q.getDataRange()
    .getValues()
    .forEach((r, i) => {
      if (r[0] === 2567 && r[3] === 3) q.getRange(i + 1, 6, 1, 2).setValues([['', '']]);
    });
  for (const m of refusedByAll(f)) {
    expect(m).toContain('ชีต "คะแนนรายปี": ไม่มีแถวของตัวชี้วัดที่ 3 การใช้อำนาจ');
    expect(m).toContain('ตั้งค่าแม่แบบ');
  }
  expect(setupTemplate().ok).toBe(true);
  expect(
    byYear
      .getDataRange()
      .getValues()
      .some((r) => String(r[0]) === '3'),
  ).toBe(true);
});

describe('a year without a catalogue', () => {
  test('settings year 2650 with no scores: one message naming the cell, with the nearest-catalogue warning', () => {
    const f = world.fakes;
    const settings = tableSheet(f, 'settings');
    const row =
      settings
        .getDataRange()
        .getValues()
        .findIndex((r) => String(r[0]).startsWith('ปีการประเมิน')) + 1;
    settings.getRange(row, 2).setValue(2650);
    for (const m of refusedByAll(f)) {
      const bullets = m.split('\n').filter((l) => l.startsWith('•'));
      expect(bullets).toHaveLength(1);
      expect(bullets[0]).toContain(`ชีต "ตั้งค่า" แถวที่ ${row} คอลัมน์ B`);
      expect(bullets[0]).toContain('ปีการประเมิน 2650 ไม่มีคะแนนเลย');
      expect(bullets[0]).toContain('ไม่มีชุดตัวชี้วัดของปี พ.ศ. 2650');
    }
  });

  test('a year-column header 2650 is accepted with a warning naming the cell', () => {
    const f = world.fakes;
    tableSheet(f, 'scoresByYear').getRange(1, 3).setValue(2650);
    const r = computeGaps();
    expect(r.ok).toBe(true);
    expect(r.warnings.join('\n')).toContain('ชีต "คะแนนรายปี" แถวที่ 1 คอลัมน์ C: ไม่มีชุดตัวชี้วัดของปี พ.ศ. 2650');
  });
});
