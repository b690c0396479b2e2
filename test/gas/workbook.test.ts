import * as fs from 'fs';
import * as path from 'path';
import { createFakes, installFakes, setCellError } from '../../emulator';
import {
  computeGaps,
  highlightWeakQuestions,
  importScoresConfirm,
  importScoresPreview,
  setupTemplate,
  suggestMeasures,
  showImportDialog,
} from '../../src/gas/actions';
import { BUSY_MESSAGE, locateTables, textHash } from '../../src/gas/workbook';
import { COLORS, LAYOUTS, colIndex, TableId } from '../../src/core/workbook';
import { parseScores } from '../../src/core/intake';
import { analyze } from '../../src/core/analysis';
import { round2 } from '../../src/core/thai/numbers';
import { catalogueForYear } from '../../src/core/catalogue';

const FRAMEWORK_2567_QUESTIONS = catalogueForYear(2567).catalogue.questions.length;
const SEED = fs.readFileSync(path.join(__dirname, '../../examples/seed-001-2567.txt'), 'utf8');

type Any = any;
let fakes: Any;
let uninstall: () => void;

beforeEach(() => {
  fakes = createFakes();
  uninstall = installFakes(fakes);
});
afterEach(() => uninstall());

const ss = (): Any => fakes.spreadsheet;
function sheetOf(id: TableId): Any {
  const s = locateTables(SpreadsheetApp.getActiveSpreadsheet())[id];
  if (!s) throw new Error(`no ${id}`);
  return ss().getSheetByName(s.getName());
}
const values = (id: TableId): unknown[][] => sheetOf(id).getDataRange().getValues();
function setCell(id: TableId, row: number, col: number, v: unknown): void {
  sheetOf(id).getRange(row, col).setValue(v);
}
function rowOfQuestion(code: string, year = 2567): number {
  return values('questionScores').findIndex((r) => r[1] === code && r[0] === year) + 1;
}
function setSetting(label: string, v: unknown): void {
  const row = values('settings').findIndex((r) => r[0] === label) + 1;
  setCell('settings', row, 2, v);
}
/**
 * Runs an action from a clean call log: its result and the Spreadsheet calls that may have changed
 * something (emulator/calls.ts isWriteCall: anything not a known read). [] = the spreadsheet is as it was.
 */
function withWrites<T>(run: () => T): { result: T; writes: string[] } {
  fakes.calls.reset();
  const result = run();
  return { result, writes: fakes.calls.writes('Spreadsheet') };
}

const lastAlert = (): string => {
  const a = fakes.ui.alerts[fakes.ui.alerts.length - 1];
  return `${a.title}\n${a.prompt}`;
};

/** Setup (default year from today), set the year to 2567, setup again (adds the 2567 rows). */
function setup2567(): void {
  expect(setupTemplate().ok).toBe(true);
  setSetting('ปีการประเมิน ITA (พ.ศ.)', 2567);
  setSetting('ปีงบประมาณของแผนมาตรการ (พ.ศ.)', 2568);
  expect(setupTemplate().ok).toBe(true);
}

function setupAndImport(): void {
  setup2567();
  const r = importScoresConfirm(SEED, false, textHash(SEED));
  expect(r.ok).toBe(true);
}

describe('setup', () => {
  test('empty workbook: all tables with Thai headers, metadata, dropdowns and protections', () => {
    const r = setupTemplate();
    expect(r.ok).toBe(true);
    for (const id of Object.keys(LAYOUTS) as TableId[]) {
      expect(values(id)[0].slice(0, LAYOUTS[id].columns.length)).toEqual(LAYOUTS[id].columns.map((c) => c.header));
    }
    expect(lastAlert()).toContain('สร้างชีตใหม่');
    const prot = sheetOf('analysis').getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(prot.length).toBeGreaterThan(0);
    expect(prot.every((p: Any) => p.isWarningOnly())).toBe(true);
    const status = sheetOf('results')
      .getRange(2, colIndex('results', 'status') + 1)
      .getDataValidation();
    expect(status).not.toBeNull();
    expect(
      sheetOf('questionScores')
        .getRange(2, colIndex('questionScores', 'score1') + 1)
        .getBackground(),
    ).toBe(COLORS.input);
    expect(
      sheetOf('questionScores')
        .getRange(2, colIndex('questionScores', 'text') + 1)
        .getBackground(),
    ).toBe(COLORS.computed);
  });

  test('the responsible dropdown offers every division whole ("ทุกกอง/สำนัก" is one choice)', () => {
    setupTemplate();
    const rule = sheetOf('measures')
      .getRange(2, colIndex('measures', 'responsible') + 1)
      .getDataValidation();
    expect(rule).not.toBeNull();
    const choices = rule.getCriteriaValues()[0];
    expect(choices).toContain('ทุกกอง/สำนัก');
    expect(choices).not.toContain('ทุกกอง');
    expect(choices).not.toContain('สำนัก');
    setSetting('กอง/สำนักในหน่วยงาน', 'สำนักปลัด\nกองคลัง, กองช่าง/งานโยธา');
    setupTemplate();
    const after = sheetOf('measures')
      .getRange(2, colIndex('measures', 'responsible') + 1)
      .getDataValidation();
    expect(after.getCriteriaValues()[0]).toEqual(['สำนักปลัด', 'กองคลัง', 'กองช่าง/งานโยธา']);
  });

  test('filled workbook: rerun loses nothing and adds nothing', () => {
    setupAndImport();
    setCell('measures', 2, 1, 'M01');
    setCell('measures', 2, 2, 'มาตรการที่เขียนเอง');
    setCell('results', 2, 4, 'ประชุมเมื่อ 9 ม.ค. 67');
    sheetOf('measures').getRange(2, 3).setBackground('#00ff00'); // an officer's own colour
    sheetOf('measures').getRange(2, 15).setValue('หมายเหตุส่วนตัว'); // a column beyond the table
    // Setup re-applies the dropdown rules (same rules), so only the whole model can show nothing changed.
    const inspectAll = () =>
      JSON.stringify({ sheets: ss().inspect(), order: ss()._sheets.map((x: Any) => x.getName()) });
    const before = inspectAll();
    const r = setupTemplate();
    expect(r.ok).toBe(true);
    expect(lastAlert()).toContain('ไม่มีสิ่งที่ต้องเพิ่ม');
    expect(inspectAll() === before).toBe(true);
  });

  test('changing the assessment year adds the new year and keeps every filled cell of the old one', () => {
    setupAndImport();
    setCell('measures', 2, 1, 'M01');
    const before = ss().inspect();
    setSetting('ปีการประเมิน ITA (พ.ศ.)', 2568);
    expect(setupTemplate().ok).toBe(true);
    const after = ss().inspect();
    const yearCell = `B${values('settings').findIndex((r) => r[0] === 'ปีการประเมิน ITA (พ.ศ.)') + 1}`;
    const changed: string[] = [];
    for (const [name, sheet] of Object.entries<Any>(before)) {
      sheet.values.forEach((row: unknown[], i: number) =>
        row.forEach((v, j) => {
          const now = after[name].values[i]?.[j];
          if (v !== '' && v !== now) changed.push(`${name}!${String.fromCharCode(65 + j)}${i + 1}`);
        }),
      );
      expect(after[name].formulas.flat().filter((f: string) => f)).toEqual(
        sheet.formulas.flat().filter((f: string) => f),
      );
    }
    // Only the year typed by the officer and our notes that follow it differ: the plan year (year + 1) and
    // the year's measures and results items (2568: not confirmed).
    const noteOf = (label: string) => `ตั้งค่า!C${values('settings').findIndex((r) => r[0] === label) + 1}`;
    expect(changed.filter((c) => c !== `ตั้งค่า!${yearCell}`)).toEqual([
      noteOf('ปีงบประมาณของแผนมาตรการ (พ.ศ.)'),
      noteOf('ข้อ OIT ของมาตรการ'),
      noteOf('ข้อ OIT ของรายงานผลการดำเนินการ'),
    ]);
    expect(values('settings').find((r) => r[0] === 'ข้อ OIT ของมาตรการ')![2]).toContain('ปี 2568 ยังไม่ยืนยัน');
    const q = values('questionScores');
    expect(q.filter((r) => r[0] === 2567).length).toBe(FRAMEWORK_2567_QUESTIONS);
    expect(q.filter((r) => r[0] === 2568).length).toBe(catalogueForYear(2568).catalogue.questions.length);
    expect(q.filter((r) => r[0] === 2567 && r[5] !== '').length).toBeGreaterThan(20); // imported scores kept
    const years = values('scoresByYear')[0].slice(2);
    expect(years).toEqual(expect.arrayContaining([2566, 2567, 2568]));
    expect(new Set(years).size).toBe(years.length);
  });

  test('renamed and reordered sheets are still found', () => {
    setupAndImport();
    const s = sheetOf('questionScores');
    s.setName('คะแนนของเรา');
    ss().insertSheet('ชีตของเจ้าหน้าที่', 0);
    expect(ss().getSheets()[0].getName()).toBe('ชีตของเจ้าหน้าที่');
    expect(computeGaps().ok).toBe(true);
    expect(highlightWeakQuestions().ok).toBe(true);
    expect(setupTemplate().ok).toBe(true);
    expect(ss().getSheetByName('คะแนนรายข้อ')).toBeNull();
  });
});

describe('import → compute → highlight → suggest', () => {
  test('seed 001 through the paste path gives the same analysis as analyze()', () => {
    setup2567();
    const preview = importScoresPreview(SEED);
    expect(preview.ok).toBe(true);
    expect(preview.year).toBe(2567);
    expect(preview.written).toBe(0);
    expect(preview.targets.some((t) => t.label.startsWith('ปี 2567 ข้อ e4 ส่วนที่ 2'))).toBe(true);
    expect(JSON.parse(JSON.stringify(preview))).toEqual(preview);
    expect(values('questionScores').every((r) => r[5] === '' || r[5] === 'คะแนน (ส่วนที่ 1)')).toBe(true); // nothing written yet
    const done = importScoresConfirm(SEED, false, textHash(SEED));
    expect(done.written).toBeGreaterThan(20);

    expect(computeGaps().ok).toBe(true);
    const expected = analyze(parseScores(SEED).scores, { year: 2567 });
    const a = values('analysis');
    const overall = a[1];
    expect(overall[3]).toBe(round2(expected.overall.score!));
    expect(overall[3]).toBe(95.11);
    for (const ind of expected.indicators) {
      const row = a.find((r) => r[0] === 'ตัวชี้วัด' && String(r[1]) === String(ind.number))!;
      expect(row[3]).toBe(round2(ind.score!));
    }
    for (const ins of expected.instruments) {
      expect(a.find((r) => r[1] === ins.id)![3]).toBe(round2(ins.score!));
    }
    // indicator 8 (83.83) is short of the target: red
    const row8 = a.findIndex((r) => r[0] === 'ตัวชี้วัด' && String(r[1]) === '8') + 1;
    expect(sheetOf('analysis').getRange(row8, 4).getBackground()).toBe(COLORS.short);
    // The gap in the documents' words (never −12.43 where a document says "สูงกว่าเป้าหมาย ๑๒.๔๓"),
    // the cell still the number target − score (sorting, formulas), in one setNumberFormat call.
    const gapCol = colIndex('analysis', 'gap') + 1;
    const row1 = a.findIndex((r) => r[0] === 'ตัวชี้วัด' && String(r[1]) === '1') + 1;
    const shown = (row: number) => sheetOf('analysis').getRange(row, gapCol).getDisplayValue();
    expect([shown(row1), shown(row8), shown(2)]).toEqual([
      'สูงกว่าเป้าหมาย 12.43',
      'ต่ำกว่าเป้าหมาย 1.17',
      'สูงกว่าเป้าหมาย 10.11',
    ]);
    expect([a[row1 - 1][gapCol - 1], a[row8 - 1][gapCol - 1]]).toEqual([-12.43, 1.17]);
    expect(withWrites(computeGaps).result.ok).toBe(true);
    expect(fakes.calls.by('Range.setNumberFormat')).toBe(1);

    expect(highlightWeakQuestions().ok).toBe(true);
    const e4 = rowOfQuestion('e4');
    const q = sheetOf('questionScores');
    expect(q.getRange(e4, colIndex('questionScores', 'score2') + 1).getBackground()).toBe(COLORS.weak);
    expect(q.getRange(e4, colIndex('questionScores', 'score1') + 1).getBackground()).toBe(COLORS.input);
    expect(values('questionScores')[e4 - 1][colIndex('questionScores', 'flag')]).toContain('ต้องพัฒนา');
    const qGap = q.getRange(e4, colIndex('questionScores', 'gap') + 1);
    expect([qGap.getValue(), qGap.getDisplayValue()]).toEqual([6, 'ต่ำกว่าเกณฑ์ 6.00']); // e4 part 2: 74.00

    // A highlight that no longer applies is removed.
    setCell('questionScores', e4, colIndex('questionScores', 'score2') + 1, 99);
    highlightWeakQuestions();
    expect(q.getRange(e4, colIndex('questionScores', 'score2') + 1).getBackground()).toBe(COLORS.input);
    expect(values('questionScores')[e4 - 1][colIndex('questionScores', 'flag')]).toBe('');
    setCell('questionScores', e4, colIndex('questionScores', 'score2') + 1, 79);

    expect(suggestMeasures().ok).toBe(true);
    const m1 = values('measures')
      .slice(1)
      .filter((r) => r[0] !== '');
    expect(m1.length).toBeGreaterThan(0);
    expect(m1.filter((r) => String(r[6]).includes('e4')).length).toBe(1);
    expect(String(m1.find((r) => String(r[6]).includes('e4'))![6])).toContain('e5');
    // Edit one suggested row, run again: no duplicates, the edit stays.
    setCell('measures', 2, 2, 'ข้อความที่เจ้าหน้าที่แก้ไข');
    suggestMeasures();
    const m2 = values('measures')
      .slice(1)
      .filter((r) => r[0] !== '');
    expect(m2.length).toBe(m1.length);
    expect(m2[0][1]).toBe('ข้อความที่เจ้าหน้าที่แก้ไข');
  });

  test('import never overwrites a different value unless asked', () => {
    setup2567();
    const e1 = rowOfQuestion('e1');
    setCell('questionScores', e1, colIndex('questionScores', 'score1') + 1, 50);
    const r = importScoresConfirm(SEED, false, textHash(SEED));
    expect(r.conflicts).toBe(1);
    expect(r.message).toContain('ไม่ได้เขียนทับ 1 ค่า');
    expect(values('questionScores')[e1 - 1][colIndex('questionScores', 'score1')]).toBe(50);
    importScoresConfirm(SEED, true, textHash(SEED));
    expect(values('questionScores')[e1 - 1][colIndex('questionScores', 'score1')]).toBe(95.25);
  });

  test('the import dialog is served from a string', () => {
    showImportDialog();
    expect(fakes.calls.by('HtmlService.createHtmlOutput')).toBe(1);
  });
});

describe('shared editing and bad input', () => {
  test('another user holds the lock: plain Thai message, nothing written by any action', () => {
    setupAndImport();
    expect(computeGaps().ok).toBe(true);
    const byYear = values('scoresByYear');
    setCell('scoresByYear', byYear.findIndex((r) => String(r[0]) === '1') + 1, byYear[0].indexOf(2567) + 1, 50); // compute WOULD write
    const actions: [string, () => { message: string }][] = [
      ['setup', setupTemplate],
      ['import', () => importScoresConfirm(SEED, true, textHash(SEED))],
      ['compute', computeGaps],
      ['highlight', highlightWeakQuestions],
      ['suggest', suggestMeasures],
    ];
    for (const [name, run] of actions) {
      fakes.holdDocumentLockByOther();
      const { result, writes } = withWrites(run);
      expect([name, result.message, writes]).toEqual([name, BUSY_MESSAGE, []]);
      fakes.releaseLocksHeldByOthers();
    }
    // Without the lock held, compute does write (so the check above can fail).
    expect(withWrites(computeGaps).writes).toContain('Range.setValues');
  });

  /** Compute, highlight and suggest each refuse and leave the whole spreadsheet as it was. */
  function refusedByAll(): string[] {
    return [computeGaps, highlightWeakQuestions, suggestMeasures].map((run) => {
      const { result: r, writes } = withWrites(run);
      expect({ ok: r.ok, writes }).toEqual({ ok: false, writes: [] });
      return r.message;
    });
  }

  const bad: [string, (row: number) => void, string][] = [
    ['text', (r) => setCell('questionScores', r, 6, 'ไม่มีข้อมูล'), 'ไม่ใช่ตัวเลข'],
    ['comma decimal', (r) => setCell('questionScores', r, 6, '95,38'), '"95.38"'],
    ['>100', (r) => setCell('questionScores', r, 6, '>100'), 'ไม่ใช่ตัวเลข'],
    ['above 100', (r) => setCell('questionScores', r, 6, 120), 'นอกช่วง'],
    ['below 0', (r) => setCell('questionScores', r, 6, -1), 'นอกช่วง'],
  ];
  test.each(bad)('%s in a score cell: Thai message with sheet, row and column; nothing written', (_n, spoil, why) => {
    setupAndImport();
    const row = rowOfQuestion('i2');
    spoil(row);
    for (const message of refusedByAll()) {
      expect(message).toContain(`ชีต "คะแนนรายข้อ" แถวที่ ${row} คอลัมน์ F`);
      expect(message).toContain(why);
    }
  });

  test('a cell error (#N/A) is located', () => {
    setupAndImport();
    const row = rowOfQuestion('i3');
    setCellError(sheetOf('questionScores'), `F${row}`, '#N/A');
    for (const message of refusedByAll()) {
      expect(message).toContain(`แถวที่ ${row} คอลัมน์ F`);
      expect(message).toContain('#N/A');
    }
  });

  test('a question listed twice', () => {
    setupAndImport();
    const row = values('questionScores')[rowOfQuestion('e1') - 1];
    sheetOf('questionScores').appendRow(row);
    for (const message of refusedByAll()) expect(message).toMatch(/ข้อ e1 ของปี 2567 ซ้ำกับแถวที่ \d+/);
  });

  test('an empty workbook', () => {
    for (const message of refusedByAll()) expect(message).toContain('ตั้งค่าแม่แบบ');
  });

  test('a deleted sheet', () => {
    setupAndImport();
    ss().deleteSheet(sheetOf('scoresByYear'));
    for (const message of refusedByAll()) expect(message).toContain('ไม่พบชีต "คะแนนรายปี"');
  });

  test('a deleted header row', () => {
    setupAndImport();
    sheetOf('questionScores').deleteRow(1);
    for (const message of refusedByAll()) expect(message).toContain('ชีต "คะแนนรายข้อ" แถวที่ 1');
  });

  test('merged cells in a table', () => {
    setupAndImport();
    sheetOf('questionScores').getRange(5, 5, 2, 1).merge();
    for (const message of refusedByAll()) expect(message).toContain('ช่วง E5:E6: มีการผสานเซลล์');
  });

  test('a year outside every catalogue', () => {
    setupAndImport();
    setSetting('ปีการประเมิน ITA (พ.ศ.)', 1999);
    for (const message of refusedByAll()) {
      expect(message).toContain('ชีต "ตั้งค่า" แถวที่');
      expect(message).toContain('"1999" ไม่ถูกต้อง');
    }
  });

  test('an indicator missing', () => {
    setup2567();
    for (const message of refusedByAll()) expect(message).toContain('ไม่มีคะแนนตัวชี้วัดที่ 1');
  });

  test('formula-like text written by the add-on stays text', () => {
    setupAndImport();
    // Measure names starting with = + - @ typed by an officer; the add-on copies them into the results sheet.
    const names = ['=HYPERLINK("x")', '+6681', '-ทุกกอง', '@ทีม'];
    sheetOf('measures')
      .getRange(2, 1, 4, 2)
      .setValues(names.map((n, i) => [`M0${i + 1}`, `'${n}`]));
    sheetOf('results')
      .getRange(2, 1, 4, 1)
      .setValues(names.map((_, i) => [`M0${i + 1}`]));
    expect(computeGaps().ok).toBe(true);
    const col = colIndex('results', 'measure') + 1;
    const written = sheetOf('results').getRange(2, col, 4, 1);
    expect(written.getValues().map((r: unknown[]) => r[0])).toEqual(names);
    expect(written.getFormulas().map((r: string[]) => r[0])).toEqual(['', '', '', '']);
  });
});

describe('call counts are flat in rows and years', () => {
  function countFor(measureRows: number, years: number): number {
    fakes = createFakes();
    uninstall();
    uninstall = installFakes(fakes);
    setupAndImport();
    // History: year columns 2567 - years + 1 … 2566 and their question rows.
    const byYear = sheetOf('scoresByYear');
    const head = values('scoresByYear')[0];
    const firstYear = 2567 - years + 1;
    const extra: number[] = [];
    for (let y = firstYear; y < 2567; y++) if (!head.includes(y)) extra.push(y);
    if (extra.length) {
      const col = head.length + 1;
      byYear.getRange(1, col, 1, extra.length).setValues([extra]);
      byYear.getRange(2, col, 14, extra.length).setValues(Array.from({ length: 14 }, () => extra.map(() => 90)));
    }
    const m = Array.from({ length: measureRows }, (_, i) => [
      `M${i + 1}`,
      `มาตรการ ${i + 1}`,
      '',
      'สำนักปลัด',
      '',
      '',
      'e1',
      '6',
      'o10',
      'เพิ่มเอง',
      '',
    ]);
    const ms = sheetOf('measures');
    if (ms.getMaxRows() < measureRows + 1) ms.insertRowsAfter(ms.getMaxRows(), measureRows + 1 - ms.getMaxRows());
    ms.getRange(2, 1, measureRows, m[0].length).setValues(m);
    fakes.calls.reset();
    expect(computeGaps().ok).toBe(true);
    expect(highlightWeakQuestions().ok).toBe(true);
    return fakes.calls.byService('Spreadsheet');
  }
  test('10 vs 1,000 measure rows, 1 vs 10 years', () => {
    const base = countFor(10, 1);
    // 1,000 measures get 1,000 results rows: the results sheet (1,000 rows) grows, one insertRowsAfter.
    expect(countFor(1000, 1)).toBe(base + 1);
    expect(fakes.calls.by('Sheet.insertRowsAfter')).toBe(1);
    expect(countFor(10, 10)).toBe(base);
    expect(countFor(1000, 10)).toBe(base + 1);
    // Locating the tables: one finder per action, a value per metadata only up to the last table needed,
    // the sheet only for the tables needed (was 30 per action: every metadata's value, location and sheet).
    const locate =
      fakes.calls.byPrefix('DeveloperMetadata') + fakes.calls.by('Spreadsheet.createDeveloperMetadataFinder');
    // Compute also reads the measures and results tables (to fill the results' measure column), and both
    // read the officer's OIT item list ("รายการ OIT": 3 more per action).
    expect(locate).toBeLessThanOrEqual(48);
    console.log(`compute + highlight: ${base} Spreadsheet service calls (${locate} of them locate the tables)`);
  });
});
