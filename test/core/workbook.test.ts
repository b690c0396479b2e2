import {
  COLORS,
  LAYOUTS,
  TABLE_ORDER,
  TableId,
  TableSnapshot,
  analysisOutput,
  MAX_ANALYSIS_ROWS,
  checkTable,
  colIndex,
  highlightPlan,
  importPlan,
  writeRuns,
  isInputs,
  measureRowValues,
  readInputs,
  readMeasures,
  readScore,
  safeValue,
  setupPlan,
  suggestMeasures,
  readSettings,
  splitDivisions,
  splitList,
  DEFAULT_DIVISIONS,
  docInputFrom,
  measuresAppendBlock,
} from '../../src/core/workbook';
import { analyze } from '../../src/core/analysis';
import { CATALOGUE_2568, FRAMEWORK_2567 } from '../../src/core/catalogue';
import { AgencySettings, ScoreSet } from '../../src/core/types';

type Grid = unknown[][];

/** Applies a setup plan to in-memory grids (what the gas layer does with setValues). */
function applySetup(grids: Partial<Record<TableId, Grid>>, year = 2567): Partial<Record<TableId, Grid>> {
  const snaps: Partial<Record<TableId, TableSnapshot>> = {};
  for (const id of TABLE_ORDER)
    if (grids[id]) snaps[id] = { table: id, sheet: LAYOUTS[id].sheetName, values: grids[id]! };
  const plan = setupPlan(snaps, year);
  const out: Partial<Record<TableId, Grid>> = {};
  for (const id of TABLE_ORDER) out[id] = (grids[id] ?? []).map((r) => [...r]);
  for (const w of plan.writes) {
    const g = out[w.table]!;
    w.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = w.row - 1 + i;
        while (g.length <= r) g.push([]);
        g[r][w.col - 1 + j] = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
      }),
    );
  }
  // Pad rows to a rectangle as getValues would.
  for (const id of TABLE_ORDER) {
    const g = out[id]!;
    const w = Math.max(...g.map((r) => r.length), 1);
    out[id] = g.map((r) => Array.from({ length: w }, (_, j) => (r[j] === undefined ? '' : r[j])));
  }
  return out;
}

const snap = (grids: Partial<Record<TableId, Grid>>, id: TableId): TableSnapshot => ({
  table: id,
  sheet: LAYOUTS[id].sheetName,
  values: grids[id]!,
});
const snaps = (grids: Partial<Record<TableId, Grid>>) => {
  const out: Partial<Record<TableId, TableSnapshot>> = {};
  for (const id of TABLE_ORDER) if (grids[id]) out[id] = snap(grids, id);
  return out;
};

function setQuestion(g: Grid, code: string, s1: unknown, s2: unknown = ''): void {
  const row = g.find((r) => r[1] === code && r[0] === 2567)!;
  row[colIndex('questionScores', 'score1')] = s1;
  row[colIndex('questionScores', 'score2')] = s2;
}

function setIndicator(g: Grid, code: string, year: number, v: unknown): void {
  const col = g[0].findIndex((h) => Number(h) === year);
  g.find((r) => String(r[0]) === code)![col] = v;
}

function filledWorkbook(): Partial<Record<TableId, Grid>> {
  const g = applySetup({});
  for (let n = 1; n <= 10; n++) setIndicator(g.scoresByYear!, String(n), 2567, 80 + n);
  return g;
}

describe('cells', () => {
  test.each([
    ['ไม่มีข้อมูล', 'ไม่ใช่ตัวเลข'],
    ['95,38', '"95.38"'],
    ['>100', 'ไม่ใช่ตัวเลข'],
    ['#N/A', '#N/A'],
    ['#REF!', '#REF!'],
    ['#VALUE!', '#VALUE!'],
    ['#DIV/0!', '#DIV/0!'],
    [-1, 'นอกช่วง'],
    [100.5, 'นอกช่วง'],
  ])('score %p is refused with a Thai reason', (v, why) => {
    const r = readScore(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toContain(why);
  });
  test('numbers, text numbers and Thai digits are accepted; blank is null', () => {
    expect(readScore(95.38)).toEqual({ ok: true, value: 95.38 });
    expect(readScore('๙๕.๓๘')).toEqual({ ok: true, value: 95.38 });
    expect(readScore('')).toEqual({ ok: true, value: null });
  });
  test('formula-like text gets an apostrophe; numbers pass', () => {
    expect(safeValue('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(safeValue('+66 81')).toBe("'+66 81");
    expect(safeValue('- ตรวจสอบ')).toBe("'- ตรวจสอบ");
    expect(safeValue('@ทุกกอง')).toBe("'@ทุกกอง");
    expect(safeValue('ปกติ')).toBe('ปกติ');
    expect(safeValue(-3)).toBe(-3);
  });
  test('divisions split on commas and line breaks, never on "/" or spaces', () => {
    expect(splitDivisions('สำนักปลัด, กองคลัง, ทุกกอง/สำนัก')).toEqual(['สำนักปลัด', 'กองคลัง', 'ทุกกอง/สำนัก']);
    expect(splitDivisions('สำนักปลัด\nกองช่าง;กองการศึกษา，กองสาธารณสุข  และสิ่งแวดล้อม')).toEqual([
      'สำนักปลัด',
      'กองช่าง',
      'กองการศึกษา',
      'กองสาธารณสุข และสิ่งแวดล้อม',
    ]);
    expect(splitDivisions(' , สำนักปลัด,สำนักปลัด ,')).toEqual(['สำนักปลัด']);
    expect(splitDivisions('')).toEqual([]);
    // Code lists still accept "/" as a separator.
    expect(splitList('e1, e2 / o10')).toEqual(['e1', 'e2', 'o10']);
  });
  test('the default divisions cell written by setup reads back whole, "ทุกกอง/สำนัก" included', () => {
    const g = applySetup({});
    const read = readSettings(snap(g, 'settings'));
    expect(read.settings.divisions).toEqual(DEFAULT_DIVISIONS);
    expect(read.settings.divisions).toContain('ทุกกอง/สำนัก');
    expect(read.settings.divisions).not.toContain('สำนัก');
  });
});

describe('setupPlan', () => {
  test('empty workbook: every table is created with its header and the 2567 question rows', () => {
    const plan = setupPlan({}, 2567);
    expect(plan.create).toEqual(TABLE_ORDER);
    const g = applySetup({});
    expect(g.questionScores!.length).toBe(1 + FRAMEWORK_2567.questions.length);
    expect(g.scoresByYear![0].slice(2)).toEqual([2566, 2567]);
    expect(g.settings!.map((r) => r[0])).toContain('ปีการประเมิน ITA (พ.ศ.)');
    expect(g.levels!.length).toBe(1 + FRAMEWORK_2567.levels.bands.length);
  });
  test('rerun on a filled workbook adds nothing and writes no non-empty cell', () => {
    const g = filledWorkbook();
    setQuestion(g.questionScores!, 'e4', 80, 70);
    const again = setupPlan(snaps(g), 2567);
    expect(again.create).toEqual([]);
    expect(again.writes).toEqual([]);
  });
  test('changing the assessment year adds the new year rows and keeps the old', () => {
    const g = filledWorkbook();
    setQuestion(g.questionScores!, 'e4', 80, 70);
    const yearRow = g.settings!.find((r) => r[0] === 'ปีการประเมิน ITA (พ.ศ.)')!;
    yearRow[1] = 2568;
    const g2 = applySetup(g, 2567);
    expect(g2.questionScores!.filter((r) => r[0] === 2567).length).toBe(FRAMEWORK_2567.questions.length);
    expect(g2.questionScores!.filter((r) => r[0] === 2568).length).toBe(CATALOGUE_2568.questions.length);
    expect(g2.questionScores!.find((r) => r[0] === 2567 && r[1] === 'e4')![colIndex('questionScores', 'score2')]).toBe(
      70,
    );
    expect(g2.scoresByYear![0].slice(2)).toEqual([2566, 2567, 2568]);
  });
  test('a header row holding something else is reported, not overwritten', () => {
    const g = filledWorkbook();
    g.measures![0] = ['M01', 'ทำคู่มือ'];
    const plan = setupPlan(snaps(g), 2567);
    expect(plan.writes.some((w) => w.table === 'measures')).toBe(false);
    expect(plan.issues[0].message).toContain('ชีต "มาตรการ" แถวที่ 1: แถวหัวตารางของชีต "มาตรการ" ถูกลบหรือถูกแก้');
  });
});

describe('readInputs: bad input is located', () => {
  const issuesOf = (g: Partial<Record<TableId, Grid>>) => {
    const r = readInputs(snaps(g));
    expect(isInputs(r)).toBe(false);
    return r.issues.map((i) => i.message).join('\n');
  };
  test.each([
    ['ไม่มีข้อมูล', 'ไม่ใช่ตัวเลข'],
    ['95,38', 'จุลภาค'],
    ['>100', 'ไม่ใช่ตัวเลข'],
    ['#N/A', '#N/A'],
    ['#REF!', '#REF!'],
    [-5, 'นอกช่วง'],
    [101, 'นอกช่วง'],
  ])('question score %p → sheet, row and column in Thai', (v, why) => {
    const g = filledWorkbook();
    setQuestion(g.questionScores!, 'i2', v);
    const row = g.questionScores!.findIndex((r) => r[1] === 'i2') + 1;
    const msg = issuesOf(g);
    expect(msg).toContain(`ชีต "คะแนนรายข้อ" แถวที่ ${row} คอลัมน์ F (คะแนน (ส่วนที่ 1))`);
    expect(msg).toContain(why);
  });
  test('an indicator score cell error names the year column', () => {
    const g = filledWorkbook();
    setIndicator(g.scoresByYear!, '3', 2567, '#DIV/0!');
    expect(issuesOf(g)).toContain('ชีต "คะแนนรายปี" แถวที่ 4 คอลัมน์ D (ปี 2567)');
  });
  test('a question listed twice', () => {
    const g = filledWorkbook();
    const dup = [...g.questionScores!.find((r) => r[1] === 'e1')!];
    g.questionScores!.push(dup);
    expect(issuesOf(g)).toMatch(/ข้อ e1 ของปี 2567 ซ้ำกับแถวที่ \d+/);
  });
  test('an indicator missing', () => {
    const g = filledWorkbook();
    setIndicator(g.scoresByYear!, '7', 2567, '');
    expect(issuesOf(g)).toContain('ไม่มีคะแนนตัวชี้วัดที่ 7');
  });
  test('an empty workbook', () => {
    expect(readInputs({}).issues[0].message).toContain('ตั้งค่าแม่แบบ');
  });
  test('a deleted sheet', () => {
    const g = filledWorkbook();
    delete g.questionScores;
    expect(issuesOf(g)).toContain('ไม่พบชีต "คะแนนรายข้อ"');
  });
  test('a deleted header row', () => {
    const g = filledWorkbook();
    g.questionScores!.shift();
    expect(issuesOf(g)).toContain(
      'ชีต "คะแนนรายข้อ" แถวที่ 1: แถวหัวตารางของชีต "คะแนนรายข้อ" ถูกลบหรือถูกแก้ — แทรกแถวหัวตารางกลับ แล้วเลือกเมนู ตั้งค่าแม่แบบ',
    );
    expect(issuesOf(g).match(/ถูกลบหรือถูกแก้/g)).toHaveLength(1);
  });
  test('merged cells', () => {
    const s = snap(filledWorkbook(), 'questionScores');
    s.merged = ['E2:F3'];
    expect(checkTable(s)[0].message).toContain('ชีต "คะแนนรายข้อ" ช่วง E2:F3: มีการผสานเซลล์');
  });
  test('a year outside every catalogue', () => {
    const g = filledWorkbook();
    g.settings!.find((r) => r[0] === 'ปีการประเมิน ITA (พ.ศ.)')![1] = 1999;
    expect(issuesOf(g)).toContain('ชีต "ตั้งค่า" แถวที่ 6 คอลัมน์ B (ค่า): ปีการประเมิน ITA (พ.ศ.) "1999" ไม่ถูกต้อง');
  });
  test('a year without its own catalogue is analysed with the nearest one and a warning', () => {
    const g = filledWorkbook();
    g.settings!.find((r) => r[0] === 'ปีการประเมิน ITA (พ.ศ.)')![1] = 2571;
    g.scoresByYear![0].push(2571);
    for (let n = 1; n <= 10; n++) setIndicator(g.scoresByYear!, String(n), 2571, 90);
    const r = readInputs(snaps(g));
    expect(isInputs(r)).toBe(true);
    if (isInputs(r)) expect(r.warnings.join()).toContain('2571');
  });
});

describe('analysisOutput', () => {
  test('14 rows, status colours, stale rows cleared', () => {
    const g = filledWorkbook();
    const r = readInputs(snaps(g));
    if (!isInputs(r)) throw new Error('bad');
    const result = analyze(r.scores, r.options);
    // 20 rows on the sheet: rows an earlier run could have written are cleared, the officer's below
    // (beyond MAX_ANALYSIS_ROWS, here 14) are not touched.
    const out = analysisOutput(result, 20);
    expect(out.values.length).toBe(MAX_ANALYSIS_ROWS);
    expect(MAX_ANALYSIS_ROWS).toBe(14);
    const ind1 = out.values.find((v) => v[0] === 'ตัวชี้วัด' && v[1] === '1')!;
    expect(ind1[3]).toBe(81);
    expect(out.backgrounds[out.values.indexOf(ind1)][0]).toBe(COLORS.short);
    const ind6 = out.values.find((v) => v[1] === '6')!;
    expect(out.backgrounds[out.values.indexOf(ind6)][0]).toBe(COLORS.near); // 86: within 5 above 85
    const ind10 = out.values.find((v) => v[1] === '10')!;
    expect(out.backgrounds[out.values.indexOf(ind10)][0]).toBe(COLORS.passed); // 90
  });
});

describe('highlightPlan and suggestMeasures', () => {
  function weakWorkbook() {
    const g = filledWorkbook();
    setQuestion(g.questionScores!, 'e4', 90, 70);
    setQuestion(g.questionScores!, 'e5', 80, 90);
    setQuestion(g.questionScores!, 'i1', 60);
    const r = readInputs(snaps(g));
    if (!isInputs(r)) throw new Error(r.issues.map((i) => i.message).join());
    return { g, r, result: analyze(r.scores, r.options) };
  }
  test('weak parts highlighted; other rows reset; flags filled', () => {
    const { g, r, result } = weakWorkbook();
    const plan = highlightPlan(g.questionScores!, result, r.catalogue);
    const at = (code: string) => g.questionScores!.findIndex((row) => row[1] === code) - 1;
    expect(plan.backgrounds[at('e4')]).toEqual([COLORS.input, COLORS.weak]);
    expect(plan.backgrounds[at('e5')]).toEqual([COLORS.weak, COLORS.input]);
    expect(plan.backgrounds[at('i1')]).toEqual([COLORS.weak, COLORS.computed]);
    expect(plan.backgrounds[at('i2')]).toEqual([COLORS.input, COLORS.computed]);
    expect(plan.flags[at('e4')][0]).toBe('ต้องพัฒนา (ส่วนที่ 2)');
    expect(plan.flags[at('e4')][1]).toBe(15);
    expect(plan.flags[at('i2')]).toEqual(['', '', '', '']);
  });
  const settings = (): AgencySettings => ({
    agencyName: 'ทต.ก้อ',
    agencyType: '',
    district: '',
    province: '',
    assessmentYear: 2567,
    planFiscalYear: 2568,
    target: 85,
    weakThreshold: 85,
    thaiDigits: true,
    divisions: ['สำนักปลัด'],
    outputFolderId: '',
    signerName: '',
    signerPosition: '',
  });
  test('e4/e5 share one row; second run adds nothing; ids continue; edited row detected', () => {
    const { r, result } = weakWorkbook();
    const first = suggestMeasures(result, [], settings(), r.catalogue);
    // The weak questions first (largest gap), then indicators 2–4 (82, 83, 84: below 85, no question scores).
    expect(first.map((m) => [m.questions, m.indicators])).toEqual([
      [['i1'], [1]],
      [['e4', 'e5'], [7]],
      [[], [2]],
      [[], [3]],
      [[], [4]],
    ]);
    expect(first.map((m) => m.id)).toEqual(['M01', 'M02', 'M03', 'M04', 'M05']);
    expect(first[0].period).toBe('1 ต.ค.67 – 30 ก.ย.68');
    const header = LAYOUTS.measures.columns.map((c) => c.header);
    const manual = ['M07', 'ทำเอง', '', '', '', '', 'e9', '', '', 'เพิ่มเอง', ''];
    const grid = [header, ...first.map(measureRowValues), manual];
    const read = readMeasures({ table: 'measures', sheet: 'มาตรการ', values: grid }).rows;
    expect(suggestMeasures(result, read, settings(), r.catalogue)).toEqual([]);
    // An officer unlinked i1 from M01 and edited it: still their version of that suggestion, no duplicate.
    grid[1][colIndex('measures', 'questions')] = '';
    grid[1][colIndex('measures', 'measure')] = 'แก้ไขแล้ว';
    const read2 = readMeasures({ table: 'measures', sheet: 'มาตรการ', values: grid }).rows;
    expect(suggestMeasures(result, read2, settings(), r.catalogue)).toEqual([]);
    // The officer deleted M01 altogether: the suggestion comes back with the next id after M07.
    grid.splice(1, 1);
    const read3 = readMeasures({ table: 'measures', sheet: 'มาตรการ', values: grid }).rows;
    expect(suggestMeasures(result, read3, settings(), r.catalogue).map((m) => [m.id, m.questions])).toEqual([
      ['M08', ['i1']],
    ]);
  });
});

describe('docInputFrom (the one DocInput mapping of the documents, the sidebar and the benchmark)', () => {
  function analysed(g: Partial<Record<TableId, Grid>>) {
    const inputs = readInputs(snaps(g));
    if (!isInputs(inputs)) throw new Error(inputs.issues.map((i) => i.message).join());
    return { inputs, result: analyze(inputs.scores, inputs.options), snaps: snaps(g) };
  }
  test('measures without their sheet row, results by status label, analysis and settings as read', () => {
    const g = filledWorkbook();
    const mHead = LAYOUTS.measures.columns.map((c) => c.header);
    g.measures = [mHead, ['M01', 'คู่มือ', 'ทำคู่มือ', 'สำนักปลัด', 'ต.ค. 67', 'รายงาน', 'e1, e2', '6', 'o10', 'เพิ่มเอง', '']];
    const rHead = LAYOUTS.results.columns.map((c) => c.header);
    g.results = [
      rHead,
      ['M01', 'คู่มือ', 'ดำเนินการแล้ว', 'ทำแล้ว', 'ดี', 'http://x', 'สมชาย', '2568-01-05'],
      ['', 'ไม่มีรหัส', 'ยังไม่เริ่ม', '', '', '', '', ''],
      ['M02', '', '', '', '', '', '', ''],
    ];
    // A status none of the dropdown's is an issue at its cell (it used to become ยังไม่เริ่ม silently).
    const odd = structuredClone(g);
    odd.results![3][colIndex('results', 'status')] = 'สถานะแปลก';
    const refused = docInputFrom(analysed(odd));
    expect('issues' in refused && refused.issues.map((i) => i.message).join()).toContain('สถานะ "สถานะแปลก"');
    const loaded = analysed(g);
    const made = docInputFrom(loaded);
    if (!('input' in made)) throw new Error('issues');
    const { input } = made;
    expect(input.settings).toBe(loaded.inputs.settings);
    expect(input.analysis).toBe(loaded.result);
    expect(input.catalogue).toBe(loaded.inputs.catalogue);
    expect(input.measures).toEqual([
      {
        id: 'M01',
        measure: 'คู่มือ',
        method: 'ทำคู่มือ',
        responsible: 'สำนักปลัด',
        period: 'ต.ค. 67',
        followUp: 'รายงาน',
        questions: ['e1', 'e2'],
        indicators: [6],
        oitRefs: ['o10'],
        origin: 'manual',
      },
    ]);
    // M02's row holds only its id (a row added for the measure, nothing typed): not reported.
    expect(input.results.map((r) => [r.measureId, r.status, r.updatedBy])).toEqual([['M01', 'done', 'สมชาย']]);
  });
  test('absent measures and results tables give empty lists', () => {
    const g = filledWorkbook();
    delete g.measures;
    delete g.results;
    const made = docInputFrom(analysed(g));
    expect('input' in made && [made.input.measures, made.input.results]).toEqual([[], []]);
  });
});

describe("measuresAppendBlock (the one append step of suggest and of the sidebar's add-one)", () => {
  const row = {
    id: 'M01',
    measure: '=ทำคู่มือ',
    method: '',
    responsible: '',
    period: '',
    followUp: '',
    questions: ['e1'],
    indicators: [6],
    oitRefs: [],
    origin: 'suggested' as const,
  };
  test('after the last used row, never above the first data row, formula-safe', () => {
    expect(measuresAppendBlock([], [row])).toMatchObject({ table: 'measures', row: 2, col: 1 });
    const b = measuresAppendBlock([{ row: 3 }, { row: 9 }, { row: 5 }], [row, { ...row, id: 'M02' }]);
    expect(b.row).toBe(10);
    expect(b.values.map((r) => r[0])).toEqual(['M01', 'M02']);
    expect(b.values[0][colIndex('measures', 'measure')]).toBe("'=ทำคู่มือ");
    expect(b.values[0]).toHaveLength(LAYOUTS.measures.columns.length);
  });
});

describe('importPlan', () => {
  test('fills empty cells, keeps different values unless overwrite, appends missing rows', () => {
    const g = applySetup({});
    setIndicator(g.scoresByYear!, '1', 2567, 50);
    const scores: ScoreSet = {
      current: {
        year: 2567,
        overall: 95.11,
        instruments: {},
        indicators: { 1: 99.65, 2: 98 },
        questions: [{ code: 'e4', scores: [90, 80] }],
      },
      history: [{ year: 2565, overall: 90, instruments: {}, indicators: {}, questions: [] }],
    };
    const plan = importPlan(scores, snap(g, 'scoresByYear'), snap(g, 'questionScores'), false);
    const kinds = Object.fromEntries(plan.values.map((v) => [v.label.split(' ').slice(0, 4).join(' '), v.kind]));
    expect(kinds['ปี 2567 ตัวชี้วัดที่ 1']).toBe('conflict');
    expect(kinds['ปี 2567 ตัวชี้วัดที่ 2']).toBe('new');
    // Only planned cells are in the blocks: the kept conflict (indicator 1 = 50) is not rewritten.
    const cells = (p: typeof plan) =>
      p.blocks
        .filter((b) => b.table === 'scoresByYear')
        .flatMap((b) => b.values.flatMap((r, i) => r.map((v, j) => `${b.row + i},${b.col + j}=${v}`)));
    const c2565 = 4; // after the fixed columns and 2566, 2567
    expect(cells(plan)).toContain(`1,${c2565 + 1}=2565`); // new year column header
    expect(cells(plan).some((c) => c.endsWith('=50'))).toBe(false);
    expect(cells(plan).some((c) => c.endsWith('=99.65'))).toBe(false);
    const over = importPlan(scores, snap(g, 'scoresByYear'), snap(g, 'questionScores'), true);
    expect(cells(over).some((c) => c.endsWith('=99.65'))).toBe(true);
  });

  test('writeRuns: per column contiguous runs, joined across columns with the same rows; formula-safe', () => {
    const blocks = writeRuns('questionScores', [
      { row: 2, col: 6, value: 1 },
      { row: 3, col: 6, value: 2 },
      { row: 2, col: 7, value: 3 },
      { row: 3, col: 7, value: '=x' },
      { row: 9, col: 6, value: 4 },
    ]);
    expect(blocks).toEqual([
      {
        table: 'questionScores',
        row: 2,
        col: 6,
        values: [
          [1, 3],
          [2, "'=x"],
        ],
      },
      { table: 'questionScores', row: 9, col: 6, values: [[4]] },
    ]);
  });
});

describe('workbook years 2568 and 2569: OIT items of the year', () => {
  const settingRow = (g: Partial<Record<TableId, Grid>>, label: string) => g.settings!.find((r) => r[0] === label)!;

  test('2569 setup: 26 OIT rows, measures/results rows blank with a note naming o25/o26', () => {
    const g = applySetup({}, 2569);
    const oit = g.questionScores!.filter((r) => r[0] === 2569 && String(r[1]).startsWith('o'));
    expect(oit.map((r) => r[1])).toEqual(Array.from({ length: 26 }, (_, i) => `o${i + 1}`));
    const m = settingRow(g, 'ข้อ OIT ของมาตรการ');
    expect(m[1]).toBe('');
    expect(String(m[2])).toContain('เว้นว่าง = o25 ตามรายการข้อ OIT ปี 2569');
    expect(String(settingRow(g, 'ข้อ OIT ของรายงานผลการดำเนินการ')[2])).toContain('o26');
  });

  test('2568 setup: the two item rows say "ยังไม่ยืนยัน" until the officer types a code; a typed code is read', () => {
    const g = applySetup({}, 2568);
    expect(settingRow(g, 'ข้อ OIT ของมาตรการ')[1]).toBe('ยังไม่ยืนยัน');
    expect(settingRow(g, 'ข้อ OIT ของรายงานผลการดำเนินการ')[1]).toBe('ยังไม่ยืนยัน');
    expect(readSettings(snap(g, 'settings')).settings.measuresItem).toBe('');
    settingRow(g, 'ข้อ OIT ของมาตรการ')[1] = 'O27';
    settingRow(g, 'ข้อ OIT ของรายงานผลการดำเนินการ')[1] = 'ข้อสาม';
    const read = readSettings(snap(g, 'settings'));
    expect(read.settings.measuresItem).toBe('o27');
    expect(read.issues.map((i) => i.message).join('\n')).toMatch(
      /ชีต "ตั้งค่า" แถวที่ \d+ คอลัมน์ B \(ค่า\): ข้อ OIT ของรายงานผลการดำเนินการ "ข้อสาม" ไม่ใช่รหัสข้อ OIT/,
    );
  });

  test('changing the year to 2569 refreshes the notes and keeps what the officer typed', () => {
    const g = applySetup({}, 2568);
    settingRow(g, 'ข้อ OIT ของมาตรการ')[1] = 'o27';
    settingRow(g, 'ปีการประเมิน ITA (พ.ศ.)')[1] = 2569;
    const g2 = applySetup(g, 2568);
    expect(settingRow(g2, 'ข้อ OIT ของมาตรการ')[1]).toBe('o27');
    expect(String(settingRow(g2, 'ข้อ OIT ของมาตรการ')[2])).toContain('o25');
  });

  test('a scored "o30" row for 2569 is refused with the sheet, row and column; a blank one is not', () => {
    const g = applySetup({}, 2569);
    for (let n = 1; n <= 10; n++) setIndicator(g.scoresByYear!, String(n), 2569, 80 + n);
    const blank = Array.from({ length: g.questionScores![0].length }, () => '' as unknown);
    g.questionScores!.push([2569, 'o31', ...blank.slice(2)]);
    expect(isInputs(readInputs(snaps(g)))).toBe(true);
    g.questionScores!.push([2569, 'o30', 'OIT', 10, '', 100, ...blank.slice(6)]);
    const r = readInputs(snaps(g));
    expect(isInputs(r)).toBe(false);
    const row = g.questionScores!.length;
    expect(!isInputs(r) && r.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        new RegExp(`^ชีต "คะแนนรายข้อ" แถวที่ ${row} คอลัมน์ B \\(ข้อ\\): ไม่มีข้อ o30 ในรายการข้อของปี 2569 \\(มีข้อ o1–o26\\)`),
      ),
    ]);
  });
});
