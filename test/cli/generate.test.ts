// `ita generate` in-process on real files: the seed-001 text file and .xlsx workbooks built with exceljs
// from the template's layouts (headers, sheet names), read back through the core workbook readers.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/ita';
import { captureIO } from './capture-io';
import {
  colIndex,
  LAYOUTS,
  SETTING_ROWS,
  STATUS_LABELS,
  headers,
  measureRowValues,
  type TableId,
} from '../../src/core/workbook';
import { SEED_INDICATORS } from '../core/analysis-fixtures';
import { MEASURES, SEED001_QUESTIONS } from '../core/document-fixture';
import { FILL_NAME } from '../../src/core/document';

const SEED = join(__dirname, '../../examples/seed-001-2567.txt');
const FILES = ['measures-plan.docx', 'results-report.docx', 'analysis.docx', 'announcement.docx'];

async function run(args: string[]) {
  const c = captureIO((p) => readFileSync(p, 'utf8'));
  const code = await main(['generate', ...args], c.io);
  return { code, out: c.out(), err: c.err() };
}

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error(`no word/document.xml in ${path}`);
  return xml;
}

/** The visible text of a document.xml (runs joined; paragraphs and cells by newlines). */
function textOf(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
}

const tmp = () => mkdtempSync(join(tmpdir(), 'ita-generate-'));

describe('ita generate from the seed-001 scores text file', () => {
  let dir: string;
  let docs: Record<string, string>;
  let printed: string;

  beforeAll(async () => {
    dir = join(tmp(), 'nested', 'out');
    const r = await run([
      '--agency',
      'เทศบาลตำบลก้อ',
      '--signer',
      'นายอุดม เชียงยศ',
      '--signer-position',
      'นายกเทศมนตรีตำบลก้อ',
      '--date',
      '15 ตุลาคม 2567',
      '--out',
      dir,
      SEED,
    ]);
    expect(r.code).toBe(0);
    printed = r.out;
    docs = {};
    for (const f of FILES) docs[f] = textOf(await documentXml(join(dir, f)));
  });

  it('creates the folder, writes four .docx files and prints their paths', () => {
    for (const f of FILES) {
      expect(existsSync(join(dir, f))).toBe(true);
      expect(printed).toContain(join(dir, f));
    }
  });

  it('the measures plan carries the verbatim headers, the agency, FY2568 and suggested measures', () => {
    const t = docs['measures-plan.docx'];
    for (const h of ['มาตรการ/แนวทางการดำเนินงาน', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'การติดตามผล']) expect(t).toContain(h);
    expect(t).toContain('เทศบาลตำบลก้อ');
    expect(t).toContain('ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘');
    // The suggested measures all run over FY2568: said once above the table, which has no period column.
    expect(t).toContain('ระยะเวลาดำเนินการ ๑ ต.ค.๖๗ – ๓๐ ก.ย.๖๘ ดังนี้');
    expect(t).not.toMatch(/ก\.ย\.\s*(๒๕)?๖๗(?![๐-๙])/);
    expect(t).not.toContain('ยังไม่มีมาตรการ'); // measures were suggested from the weak questions
    expect(t).toMatch(/๑\. มาตรการ/);
  });

  it('the results report has the six verbatim headers and each measure not yet reported', () => {
    const t = docs['results-report.docx'];
    for (const h of ['มาตรการ/กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินการ', 'ผลลัพธ์หรือความสำเร็จ'])
      expect(t).toContain(h);
    expect(t).toContain('ยังไม่ได้รายงานผล');
    expect(t).toContain('เทศบาลตำบลก้อ');
  });

  it('the announcement: title, subject, closing, date line, the annex table with its two verbatim headers', () => {
    const t = docs['announcement.docx'];
    expect(t).toContain('ประกาศเทศบาลตำบลก้อ');
    expect(t).toContain('เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.\u00a0๒๕๖๘');
    expect(t).toContain('จึงประกาศให้ทราบโดยทั่วกัน');
    expect(t).toContain('ประกาศ ณ วันที่ ๑๕ เดือน ตุลาคม พ.ศ.\u00a0๒๕๖๗');
    expect(t).toContain('(นายอุดม เชียงยศ)\nนายกเทศมนตรีตำบลก้อ');
    expect(t).toContain('แนบท้ายประกาศเทศบาลตำบลก้อ');
    for (const h of ['ตัวชี้วัด', 'มาตรการที่ต้องดำเนินการ']) expect(t).toContain(h);
    expect(t).toMatch(/ตัวชี้วัดที่ [๐-๙]+ /);
    expect(t).not.toContain('ยังไม่มีมาตรการ');
  });

  it('every document uses Thai digits only (question codes such as e9 keep theirs)', () => {
    for (const f of FILES) {
      const stripped = docs[f].replace(/(?<![A-Za-z0-9])[ieoIEO]\d{1,2}(?![0-9])|https?:\/\/\S+/g, '');
      expect(stripped).toMatch(/[๐-๙]/);
      expect(stripped).not.toMatch(/[0-9]/);
    }
  });

  it('--arabic-digits leaves no Thai digit; without --agency the heading of the file names the agency', async () => {
    const out = tmp();
    const r = await run(['--arabic-digits', '--out', out, SEED]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('ใช้ชื่อหน่วยงานจากบรรทัดที่ 1 ของไฟล์: เทศบาลตำบลก้อ อำเภอลี้ จังหวัดลำพูน');
    for (const f of FILES) {
      const t = textOf(await documentXml(join(out, f)));
      expect(t).not.toMatch(/[๐-๙]/);
      expect(t).toContain('เทศบาลตำบลก้อ');
      expect(t).not.toMatch(/ประกาศหน่วยงาน|ของหน่วยงาน มีคะแนนรวม|^หน่วยงาน$/m);
    }
    const plan = textOf(await documentXml(join(out, 'measures-plan.docx')));
    expect(plan).toContain('ระยะเวลาดำเนินการ 1 ต.ค.67 – 30 ก.ย.68');
  });

  it('a file naming no agency: fill-in lines and a warning, never a stand-in word', async () => {
    const out = tmp();
    const noHeading = join(tmp(), 'no-heading.txt');
    writeFileSync(noHeading, readFileSync(SEED, 'utf8').split('\n').slice(1).join('\n'));
    const r = await run(['--out', out, noHeading]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('ยังไม่ได้ระบุชื่อหน่วยงาน');
    const t = textOf(await documentXml(join(out, 'announcement.docx')));
    expect(t).toContain(`ประกาศ${FILL_NAME}`);
    expect(t).not.toMatch(/ประกาศหน่วยงาน|ของหน่วยงาน มีคะแนนรวม|^หน่วยงาน$/m);
  });

  it('--district, --province, --date: printed; an empty value or a bad date is exit 2', async () => {
    const out = tmp();
    const r = await run([
      '--agency',
      'เทศบาลตำบลทดสอบ',
      '--district',
      'เมือง',
      '--province',
      'ลำพูน',
      '--date',
      '6/1/2568',
      '--out',
      out,
      SEED,
    ]);
    expect(r.code).toBe(0);
    const plan = textOf(await documentXml(join(out, 'measures-plan.docx')));
    expect(plan).toContain('อำเภอเมือง จังหวัดลำพูน');
    const ann = textOf(await documentXml(join(out, 'announcement.docx')));
    expect(ann).toContain('ประกาศ ณ วันที่ ๖ เดือน มกราคม พ.ศ.\u00a0๒๕๖๘');
    const empty = await run(['--signer', ' ', SEED]);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('ค่า --signer ว่าง');
    const badDate = await run(['--date', 'พรุ่งนี้', SEED]);
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('ค่า --date "พรุ่งนี้" ไม่ใช่วันที่');
  });

  it('--year sets the assessment year and the plan FY = year + 1', async () => {
    const out = tmp();
    const r = await run(['--year', '2024', '--out', out, SEED]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('2567'); // the C.E. year note
    const plan = textOf(await documentXml(join(out, 'measures-plan.docx')));
    expect(plan).toContain('พ.ศ.\u00a0๒๕๖๘');
  });

  it('bad options and files: exit 2 with a Thai message', async () => {
    expect((await run([])).code).toBe(2);
    const y = await run(['--year', '25x7', SEED]);
    expect(y.code).toBe(2);
    expect(y.err).toContain('--year');
    const missing = await run(['--out', tmp(), join(tmp(), 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('ไม่พบไฟล์');
    const empty = join(tmp(), 'empty.txt');
    writeFileSync(empty, 'ไม่มีคะแนนในไฟล์นี้\n');
    const e = await run(['--out', tmp(), empty]);
    expect(e.code).toBe(2);
    expect(e.err).toContain('ข้อผิดพลาด');
  });
});

// ---- .xlsx workbooks ----

type Grid = (string | number | null)[][];

function settingsGrid(over: Partial<Record<string, string | number>> = {}): Grid {
  const values: Record<string, string | number> = {
    agencyName: 'เทศบาลตำบลทดสอบ',
    district: 'ลี้',
    province: 'ลำพูน',
    assessmentYear: 2567,
    target: 85,
    thaiDigits: 'ใช่',
    ...over,
  };
  return [headers('settings'), ...SETTING_ROWS.map((d) => [d.label, values[d.key] ?? '', d.note])];
}

function scoresByYearGrid(): Grid {
  const rows: Grid = Object.entries(SEED_INDICATORS).map(([k, v]) => [k, '', v]);
  return [[...headers('scoresByYear'), 2567], ...rows, ['รวม', 'คะแนนรวม', 95.11]];
}

function questionGrid(): Grid {
  const n = LAYOUTS.questionScores.columns.length;
  return [
    headers('questionScores'),
    ...SEED001_QUESTIONS.map((q) => {
      const row: (string | number | null)[] = Array(n).fill('');
      row[0] = 2567;
      row[1] = q.code;
      row[5] = q.scores[0] ?? '';
      row[6] = q.scores[1] ?? '';
      return row;
    }),
  ];
}

function measuresGrid(): Grid {
  return [headers('measures'), ...MEASURES.map((m) => measureRowValues({ ...m, measure: `${m.measure} (จากสมุดงาน)` }))];
}

function resultsGrid(): Grid {
  return [
    headers('results'),
    [
      'M01',
      '',
      STATUS_LABELS.done,
      'ปรับปรุงคู่มือการให้บริการ เมื่อวันที่ 9 ม.ค. 68',
      'ผู้รับบริการทราบขั้นตอนชัดเจน',
      '',
      'สมชาย',
      '2568-01-10',
    ],
  ];
}

async function xlsxFile(grids: Partial<Record<TableId, Grid>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [id, grid] of Object.entries(grids) as [TableId, Grid][]) {
    const ws = wb.addWorksheet(LAYOUTS[id].sheetName);
    grid.forEach((row, r) => row.forEach((v, c) => v !== '' && v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  }
  const path = join(tmp(), 'workbook.xlsx');
  writeFileSync(path, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

const fullWorkbook = (over: Partial<Record<TableId, Grid>> = {}) =>
  xlsxFile({
    settings: settingsGrid(),
    scoresByYear: scoresByYearGrid(),
    questionScores: questionGrid(),
    measures: measuresGrid(),
    results: resultsGrid(),
    ...over,
  });

describe('ita generate from an .xlsx workbook', () => {
  it('uses its settings, measures and results', async () => {
    const out = tmp();
    const r = await run(['--out', out, await fullWorkbook()]);
    expect(r.err).not.toContain('ข้อผิดพลาด');
    expect(r.code).toBe(0);
    const plan = textOf(await documentXml(join(out, 'measures-plan.docx')));
    expect(plan).toContain('เทศบาลตำบลทดสอบ');
    expect(plan).toContain('อำเภอลี้ จังหวัดลำพูน');
    expect(plan).toContain('มาตรการเปิดโอกาสให้ประชาชนมีส่วนร่วม (จากสมุดงาน)');
    const report = textOf(await documentXml(join(out, 'results-report.docx')));
    expect(report).toContain('ปรับปรุงคู่มือการให้บริการ เมื่อวันที่ ๙ ม.ค. ๖๘');
    expect(report).toContain('ผู้รับบริการทราบขั้นตอนชัดเจน');
    expect(report).toContain('ยังไม่ได้รายงานผล'); // M02, M03 have no result row
    expect(report).toContain('มาตรการ/กิจกรรม');
    const analysis = textOf(await documentXml(join(out, 'analysis.docx')));
    expect(analysis).toContain('มาตรการเผยแพร่ข้อมูลข่าวสารผ่านช่องทางที่หลากหลาย (จากสมุดงาน)');
  });

  it('the workbook setting "ไม่ใช่" gives Arabic digits; --agency overrides the name', async () => {
    const out = tmp();
    const r = await run([
      '--agency',
      'อบต.ตัวอย่าง',
      '--out',
      out,
      await fullWorkbook({ settings: settingsGrid({ thaiDigits: 'ไม่ใช่' }) }),
    ]);
    expect(r.code).toBe(0);
    const plan = textOf(await documentXml(join(out, 'measures-plan.docx')));
    expect(plan).toContain('อบต.ตัวอย่าง');
    expect(plan).not.toMatch(/[๐-๙]/);
  });

  it('a bad cell: exit 2, the sheet, row and column in Thai, nothing written', async () => {
    const grid = questionGrid();
    grid[5][5] = 'เก้าสิบ'; // row 6, column F (คะแนน (ส่วนที่ 1))
    const out = join(tmp(), 'never');
    const r = await run(['--out', out, await fullWorkbook({ questionScores: grid })]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ชีต "คะแนนรายข้อ" แถวที่ 6 คอลัมน์ F');
    expect(r.err).toContain('เก้าสิบ');
    expect(existsSync(out)).toBe(false);
  });

  it("a very long cell is written whole and warned about in the officer's words, never by internal keys", async () => {
    // Was: 'ตาราง "table.measures" แถว "M02" มีข้อความยาว …' from the .docx renderer's own copy of the rule.
    const long = 'ข้อความยาว'.repeat(600);
    const measures = measuresGrid();
    measures[2][colIndex('measures', 'method')] = long; // M02's method, sheet row 3
    const out = tmp();
    const r = await run(['--arabic-digits', '--out', out, await fullWorkbook({ measures })]);
    expect(r.code).toBe(0);
    const warnings = r.err.split('\n').filter((l) => l.includes('มีข้อความยาว'));
    expect(warnings[0]).toBe(
      'คำเตือน: ช่อง "วิธีการดำเนินการ" ของมาตรการ M02 (ชีต "มาตรการ" แถวที่ 3) ในตารางใต้หัวข้อ ' +
        '"3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" ' +
        'มีข้อความยาว 6,000 ตัวอักษร (เกิน 5,000) อาจอ่านยากในเอกสาร',
    );
    expect(r.err).not.toMatch(/table\.|"M02"/);
    expect(textOf(await documentXml(join(out, 'measures-plan.docx')))).toContain(long);
  });

  it('a workbook without the template sheets: exit 2 with the setup message', async () => {
    const r = await run(['--out', tmp(), await xlsxFile({ results: resultsGrid() })]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ตั้งค่าแม่แบบ');
  });

  it.each(['measures', 'results'] as const)(
    'a workbook without its %s sheet: exit 2 naming the sheet, no empty plan written',
    async (missing) => {
      const grids: Partial<Record<TableId, Grid>> = {
        settings: settingsGrid(),
        scoresByYear: scoresByYearGrid(),
        questionScores: questionGrid(),
        measures: measuresGrid(),
        results: resultsGrid(),
      };
      delete grids[missing];
      const out = join(tmp(), 'never');
      const r = await run(['--out', out, await xlsxFile(grids)]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`ไม่พบชีต "${LAYOUTS[missing].sheetName}"`);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('a corrupt zip: exit 2, not a crash', async () => {
    const path = join(tmp(), 'broken.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(40)]));
    const r = await run(['--out', tmp(), path]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.xlsx');
  });
});
