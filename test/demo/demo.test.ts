// The demo as a test: runs it into a temp dir, checks the summary, the .xlsx and the .docx files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxValues } from '../../src/cli/xlsx/export-xlsx';
import { runDemoWithFakes, summaryText, type DemoSummary } from '../../scripts/demo';
import { EXAMPLE_RESULTS } from '../../scripts/seed-001';
import { colIndex } from '../../src/core/workbook';
import ExcelJS from 'exceljs';
import { docxLines, fakeDocLines } from './doc-text';
import type { Fakes } from '../../emulator';
import { MENU, SEPARATOR, type MenuItem } from '../../src/gas/menu';
import { DOC_ACTION_LABELS } from '../../scripts/bench/labels';

let dir: string;
let summary: DemoSummary;
let fakes: Fakes;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ita-demo-'));
  ({ summary, fakes } = await runDemoWithFakes(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('summary: seed 001 analysed as published (95.11, indicator 8 short, EIT part-2 questions weak)', () => {
  expect(summary.overall).toBe(95.11);
  expect(summary.level).toBe('ผ่านดี');
  expect(summary.failingIndicators).toEqual(['8 การปรับปรุงการทำงาน (83.83)']);
  expect(summary.weakQuestions).toEqual([
    'e9 ส่วนที่ 1 (62.50)',
    'e7 ส่วนที่ 2 (74.00)',
    'e8 ส่วนที่ 2 (74.00)',
    'e1 ส่วนที่ 2 (77.00)',
    'e6 ส่วนที่ 2 (77.00)',
    'e2 ส่วนที่ 2 (78.00)',
    'e4 ส่วนที่ 2 (79.00)',
    'e5 ส่วนที่ 2 (83.00)',
  ]);
  expect(summary.measuresAdded).toBe(7);
  expect(summary.googleDocs.map((d) => d.action)).toEqual(['created', 'created', 'created', 'created']);
  const text = summaryText(summary);
  expect(text).toContain('คะแนนรวม: 95.11');
  expect(text).toContain('จำนวนการเรียกบริการ');
  expect(text).toContain('รายงานผลการดำเนินการตามมาตรการ (สร้างใหม่)');
  expect(text).not.toMatch(/\((created|updated|unchanged|newVersion|failed)\)/);
});

test('service calls are counted per action, named by the menu labels, and add up', () => {
  expect(Object.keys(summary.calls.byAction)).toEqual([
    'ตั้งค่าแม่แบบ',
    'นำเข้าคะแนน (ตรวจสอบ)',
    'นำเข้าคะแนน (บันทึก)',
    'คำนวณส่วนต่างจากค่าเป้าหมาย',
    'เน้นข้อคำถามที่ต่ำกว่าเกณฑ์',
    'เสนอมาตรการ',
    'คำนวณส่วนต่างจากค่าเป้าหมาย (หลังกรอกผลการดำเนินการ)',
    'สร้าง/ปรับปรุงมาตรการใน Google Docs',
    'สร้าง/ปรับปรุงประกาศมาตรการใน Google Docs',
    'สร้าง/ปรับปรุงรายงานผลการดำเนินการใน Google Docs',
    'สร้าง/ปรับปรุงรายงานผลการวิเคราะห์ใน Google Docs',
  ]);
  const labels = MENU.filter((e): e is MenuItem => e !== SEPARATOR).map((e) => e.label);
  for (const k of Object.keys(summary.calls.byAction)) expect(labels.some((l) => k.startsWith(l))).toBe(true);
  const per = Object.values(summary.calls.byAction);
  expect(per.length).toBe(11);
  expect(per.every((n) => n > 0)).toBe(true);
  expect(per.reduce((a, b) => a + b, 0)).toBe(summary.calls.total);
});

test('writes the four .docx files: word/document.xml holds the agency, the measures, the typed results, in Thai digits', async () => {
  expect([...summary.files].sort()).toEqual([
    'analysis.docx',
    'announcement.docx',
    'measures-plan.docx',
    'results-report.docx',
    'workbook.xlsx',
  ]);
  const text: Record<string, string> = {};
  for (const f of ['analysis.docx', 'measures-plan.docx', 'results-report.docx']) {
    const buf = readFileSync(join(dir, f));
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    text[f] = (await docxLines(buf)).join('\n');
    expect({ f, agency: text[f].includes('เทศบาลตำบลก้อ') }).toEqual({ f, agency: true });
  }
  const eService = summary.results.find((r) => r.code === 'e9')!.measure;
  const participation = summary.results.find((r) => r.code === 'e7')!.measure;
  for (const f of ['measures-plan.docx', 'results-report.docx']) {
    expect(text[f]).toContain(eService);
    expect(text[f]).toContain(participation);
    expect(text[f]).toMatch(/พ\.ศ\.\s?๒๕๖๘/);
    expect(text[f]).not.toContain('2568');
  }
  // The typed results, with their Thai-digit dates and order numbers, in the o35 report.
  expect(text['results-report.docx']).toContain(EXAMPLE_RESULTS.e7.done);
  expect(text['results-report.docx']).toContain('คำสั่งเทศบาลตำบลก้อ ที่ ๒๔๕/๒๕๖๗ ลงวันที่ ๒๘ ต.ค. ๖๗');
  expect(text['results-report.docx']).toContain('คะแนนรวม ๙๕.๑๑ คะแนน');
  // The analysis: overall and the failing indicator's score in Thai digits, never in Arabic ones.
  expect(text['analysis.docx']).toContain('๙๕.๑๑');
  expect(text['analysis.docx']).toContain('๘๓.๘๓');
  expect(text['analysis.docx']).not.toMatch(/95\.11|83\.83/);
  // Measure numbering in the documents is Thai too ("๑. ตรวจ…", not "1. ตรวจ…").
  expect(text['measures-plan.docx']).toMatch(/^๑\. /m);
  expect(text['measures-plan.docx']).not.toMatch(/(^|\n)1\. /);
});

test('workbook.xlsx holds the sheets with scores, highlights, measures and the typed results', async () => {
  const buf = readFileSync(join(dir, 'workbook.xlsx'));
  const values = await readXlsxValues(buf);
  expect(Object.keys(values)).toEqual(
    expect.arrayContaining(['ตั้งค่า', 'คะแนนรายข้อ', 'ผลวิเคราะห์', 'มาตรการ', 'ผลการดำเนินการ']),
  );
  const flat = (name: string) => values[name].flat().map((v) => String(v ?? ''));
  expect(flat('ตั้งค่า')).toContain('เทศบาลตำบลก้อ');
  // One "ต้องพัฒนา…" flag per weak question row (the 8 of the summary), below the column's header.
  const flags = values['คะแนนรายข้อ']
    .slice(1)
    .flat()
    .map((v) => String(v ?? ''));
  expect(flags.filter((v) => v.startsWith('ต้องพัฒนา')).length).toBe(8);
  expect(flat('ผลการดำเนินการ').some((v) => v.includes('คำสั่งเทศบาลตำบลก้อ'))).toBe(true);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const q = wb.getWorksheet('คะแนนรายข้อ')!;
  // e7 and e8 part 2 (74) are highlighted: filled cells whose value is 74 in the part-2 column.
  let highlighted = 0;
  q.eachRow((row) => {
    const cell = row.getCell(7);
    const fill = cell.fill as ExcelJS.FillPattern | undefined;
    if (cell.value === 74 && fill?.fgColor?.argb === 'FFF4C7C3') highlighted++;
  });
  expect(highlighted).toBe(2);
  expect(q.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(q.getRow(1).getCell(1).font?.bold).toBe(true);
  expect(q.getColumn(5).width).toBeGreaterThan(30);
});

test('each example result is on the measure that links its question (by code, never by position)', async () => {
  expect(summary.results.map((r) => r.code).sort()).toEqual(Object.keys(EXAMPLE_RESULTS).sort());
  const measures = (await readXlsxValues(readFileSync(join(dir, 'workbook.xlsx'))))['มาตรการ'];
  const [iId, iQuestions] = [colIndex('measures', 'id'), colIndex('measures', 'questions')];
  for (const r of summary.results) {
    const row = measures.find((m) => m[iId] === r.measureId)!;
    expect({ id: r.measureId, links: String(row[iQuestions]).split(/[,\s]+/) }).toEqual({
      id: r.measureId,
      links: expect.arrayContaining([r.code]),
    });
  }
  expect(summary.results.find((r) => r.code === 'e9')!.measure).toContain('E-Service');
  expect(summary.results.find((r) => r.code === 'e7')!.measure).toContain('มีส่วนร่วม');

  // In the o35 report, each measure's row holds its own result: E-Service shows the E-Service work.
  const lines = await docxLines(readFileSync(join(dir, 'results-report.docx')));
  for (const r of summary.results) {
    const row = lines.find((l) => l.includes(r.measure))!;
    const ex = EXAMPLE_RESULTS[r.code];
    expect({
      code: r.code,
      done: row.includes(ex.done),
      outcome: row.includes(ex.outcome),
      evidence: row.includes(ex.evidence),
    }).toEqual({ code: r.code, done: true, outcome: true, evidence: true });
  }
  const eService = lines.find((l) => l.includes(summary.results.find((r) => r.code === 'e9')!.measure))!;
  expect(eService).not.toContain('ชี้แจงเจ้าหน้าที่');
  expect(eService).not.toContain('คู่มือการให้บริการ ระบุขั้นตอน');
});

test('workbook.xlsx ผลการดำเนินการ: column B "มาตรการ" holds the measure name of each typed result (compute run again)', async () => {
  const values = await readXlsxValues(readFileSync(join(dir, 'workbook.xlsx')));
  const results = values['ผลการดำเนินการ'];
  const [iId, iName] = [colIndex('results', 'measureId'), colIndex('results', 'measure')];
  expect(iName).toBe(1);
  expect(results[0][iName]).toBe('มาตรการ');
  // Every measure has its row (added by suggest); the typed results are those with a status.
  const iStatus = colIndex('results', 'status');
  const typed = results.slice(1).filter((r) => r && r[iId] && r[iStatus]);
  const measureIds = values['มาตรการ']
    .slice(1)
    .map((r) => r?.[0])
    .filter(Boolean);
  expect(
    results
      .slice(1)
      .map((r) => r?.[iId])
      .filter(Boolean),
  ).toEqual(measureIds);
  expect(typed.map((r) => [r[iId], r[iName]])).toEqual(summary.results.map((r) => [r.measureId, r.measure]));
  expect(typed.every((r) => String(r[iName]).startsWith('มาตรการ'))).toBe(true);
});

test('what happened to each Google Doc is said in Thai', () => {
  expect(DOC_ACTION_LABELS).toEqual({
    created: 'สร้างใหม่',
    updated: 'ปรับปรุง',
    unchanged: 'ไม่เปลี่ยนแปลง',
    newVersion: 'ฉบับใหม่',
    failed: 'ไม่สำเร็จ',
  });
  const again = summaryText({
    ...summary,
    googleDocs: summary.googleDocs.map((d, i) => ({
      ...d,
      action: (['updated', 'unchanged', 'newVersion'] as const)[i],
    })),
  });
  expect(again).toContain('(ปรับปรุง)');
  expect(again).toContain('(ไม่เปลี่ยนแปลง)');
  expect(again).toContain('(ฉบับใหม่)');
});

// The dotted signature line is sized to each renderer's page width (Docs points, Word twips): compared
// as one mark, everything else word for word.
const sameSignLine = (line: string) => line.replace(/\.{3,}/g, '…');

test('each .docx says exactly what its Google Doc on the fakes says: paragraphs and table rows, in order', async () => {
  expect(summary.googleDocs.map((d) => d.file)).toEqual([
    'measures-plan.docx',
    'announcement.docx',
    'results-report.docx',
    'analysis.docx',
  ]);
  for (const d of summary.googleDocs) {
    const id = /\/d\/([^/]+)/.exec(d.url)![1];
    const google = fakeDocLines(fakes.docs.get(id)!.inspect().body).map(sameSignLine);
    const word = (await docxLines(readFileSync(join(dir, d.file)))).map(sameSignLine);
    expect(google.length).toBeGreaterThan(10);
    expect({ kind: d.kind, lines: word }).toEqual({ kind: d.kind, lines: google });
  }
});

// Thai marks above and below the line (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎) take no width of their own.
const visibleChars = (s: string) => s.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;

test('คะแนนรายข้อ: the "ต้องพัฒนา" column is wide enough for its longest flag ("ต้องพัฒนา (ส่วนที่ 1, 2)")', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(dir, 'workbook.xlsx')) as unknown as ArrayBuffer);
  const q = wb.getWorksheet('คะแนนรายข้อ')!;
  const col = colIndex('questionScores', 'flag') + 1;
  expect(q.getRow(1).getCell(col).value).toBe('ต้องพัฒนา');
  const flags: string[] = [];
  q.eachRow((row, r) => {
    const v = row.getCell(col).value;
    if (r > 1 && typeof v === 'string' && v) flags.push(v);
  });
  expect(flags).toContain('ต้องพัฒนา (ส่วนที่ 2)');
  const longest = Math.max(...[...flags, 'ต้องพัฒนา (ส่วนที่ 1, 2)'].map(visibleChars));
  expect(longest).toBe(19);
  // Excel widths are in characters of about 7 px; the column must hold the longest flag on one line.
  expect(q.getColumn(col).width).toBeGreaterThanOrEqual(longest);
});

test('the second sample: a failing agency with indicator scores only (2563) gets a measure for each failing indicator', async () => {
  const f = summary.failingAgency!;
  expect(f.outDir).toBe(join(dir, 'failing-agency'));
  expect(f).toMatchObject({ year: 2563, overall: 66, level: 'C' });
  expect(f.failingIndicators).toEqual([
    '7 ประสิทธิภาพการสื่อสาร (84.20)',
    '9 การเปิดเผยข้อมูล (26.00)',
    '10 การป้องกันการทุจริต (20.00)',
  ]);
  // Largest gap first; one measure per OIT sub-indicator of the 2564 list; every failing indicator answered.
  expect(f.measures.map((m) => m.indicators[0])).toEqual([10, 10, 9, 9, 9, 9, 9, 7]);
  expect(summaryText(summary)).toContain('ตัวอย่างที่ 2: หน่วยงานที่ไม่ผ่าน');
  expect(f.files).toEqual(['measures-plan.docx', 'announcement.docx', 'results-report.docx', 'analysis.docx']);
  const announcement = (await docxLines(readFileSync(join(dir, 'failing-agency', 'announcement.docx')))).join('\n');
  expect(announcement).toContain('ประกาศองค์การบริหารส่วนตำบลหนองบัว');
  for (const m of f.measures) expect(announcement).toContain(m.title);
  const plan = (await docxLines(readFileSync(join(dir, 'failing-agency', 'measures-plan.docx')))).join('\n');
  for (const no of ['ไม่มีข้อคำถามที่มีคะแนนต่ำกว่าเกณฑ์', 'ไม่มีประเด็นที่ต้องแก้ไขโดยเร่งด่วน', 'ยังไม่มีมาตรการ', 'ชีต มาตรการ'])
    expect(plan).not.toContain(no);
  expect(plan).toContain('ผลการประเมินที่ได้รับมีเฉพาะคะแนนรายตัวชี้วัด ไม่มีคะแนนรายข้อคำถาม');
  expect(plan).toContain('๒.๑ ด้านการป้องกันการทุจริต');
  expect(plan).toContain('o42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
  for (const [i, m] of f.measures.entries()) expect(plan).toContain(`${'๑๒๓๔๕๖๗๘'[i]}. ${m.title}`);
  const analysis = (await docxLines(readFileSync(join(dir, 'failing-agency', 'analysis.docx')))).join('\n');
  expect(analysis).not.toMatch(/ข้อคำถาม i\d+ ของตัวชี้วัด|ส่วนที่ ๑ \/ ส่วนที่ ๒|ควรรักษามาตรฐานไว้/);
});
