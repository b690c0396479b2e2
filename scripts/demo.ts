// npm run demo [-- --out DIR]: the add-on's whole job on the Apps Script fakes, with the seed 001 sample.
// Runs every menu action in order on the server code, writes the workbook (.xlsx) and the three
// documents (.docx) to DIR (default demo-out), and prints a short Thai summary.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildAnalysisReport, buildMeasuresPlan, buildResultsReport, type DocInput } from '../src/core/document';
import { renderDocx } from '../src/cli/docx/render-docx';
import { workbookXlsx } from '../src/cli/xlsx/export-xlsx';
import { computeGaps, highlightWeakQuestions, importScoresConfirm, importScoresPreview, suggestMeasures } from '../src/gas/actions';
import { FIRST_DATA_ROW, STATUS_LABELS } from '../src/core/workbook';
import { generateDocumentAction, workbookDocInput } from './bench/doc-actions';
import { KIND_LABELS } from '../src/gas/documents/messages';
import { newWorld, seedText, setupTemplateOn, tableSheet, typeSettings, write, type World } from './bench/scenario';

export interface DemoSummary {
  outDir: string;
  overall: number | null;
  level: string | null;
  failingIndicators: string[];
  weakQuestions: string[];
  measuresAdded: number;
  documents: string[];
  googleDocs: { kind: string; action: string; url: string }[];
  calls: { total: number; byAction: Record<string, number> };
  files: string[];
}

/** Example results typed by an officer, in the style of seed 002 (dated evidence, คำสั่ง numbers). */
export const EXAMPLE_RESULTS: [status: keyof typeof STATUS_LABELS, done: string, outcome: string, evidence: string][] = [
  [
    'done',
    '๑.จัดประชุมชี้แจงเจ้าหน้าที่ เมื่อวันที่ ๙ ม.ค. ๖๘ ๒.ปรับปรุงคู่มือการให้บริการ ระบุขั้นตอนและระยะเวลาแต่ละขั้นตอน ๓.ติดประกาศขั้นตอนการให้บริการ ณ จุดบริการและทางเว็บไซต์ของเทศบาล',
    '-ผู้รับบริการทราบขั้นตอนและระยะเวลาการให้บริการ -ไม่มีเรื่องร้องเรียนเรื่องความล่าช้าในไตรมาสที่ ๒',
    'คำสั่งเทศบาลตำบลก้อ ที่ ๑๒/๒๕๖๘ ลงวันที่ ๘ ม.ค. ๖๘',
  ],
  [
    'in-progress',
    '๑.เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์ เฟซบุ๊ก และไลน์ของเทศบาล ๒.ประชาสัมพันธ์ผ่านเสียงตามสายทุกวันจันทร์',
    '-ประชาชนเข้าถึงข้อมูลข่าวสารได้หลายช่องทาง',
    'https://www.ko.go.th/news',
  ],
  [
    'in-progress',
    '๑.มอบหมายเจ้าหน้าที่ตอบคำถามทางช่องทาง Q&A ภายใน ๓ วันทำการ ตามบันทึกข้อความลงวันที่ ๒๐ ธ.ค. ๖๗',
    '-ตอบคำถามผู้ติดต่อได้ภายในเวลาที่กำหนด',
    'บันทึกข้อความ ลงวันที่ ๒๐ ธ.ค. ๖๗',
  ],
];

function parseOut(argv: string[]): string {
  const i = argv.indexOf('--out');
  if (i >= 0) {
    const v = argv[i + 1];
    if (!v || v.startsWith('--')) throw new Error('ตัวเลือก --out ต้องตามด้วยชื่อโฟลเดอร์ เช่น --out demo-out');
    return v;
  }
  return 'demo-out';
}

/** The officer fills the results sheet for the first measures (raw: typing is not a service call). */
function fillExampleResults(world: World): number {
  const measures = tableSheet(world.fakes, 'measures').getDataRange().getValues().slice(FIRST_DATA_ROW - 1);
  const ids = measures.map((r) => String(r[0])).filter((id) => id !== '');
  const rows = ids.slice(0, EXAMPLE_RESULTS.length).map((id, i) => {
    const [status, done, outcome, evidence] = EXAMPLE_RESULTS[i];
    return [id, '', STATUS_LABELS[status], done, outcome, evidence, 'นางสาวภาวิณี แท้คำ', '๑๕ ม.ค. ๖๘'];
  });
  write(tableSheet(world.fakes, 'results'), FIRST_DATA_ROW, rows);
  return rows.length;
}

export async function runDemo(outDir = 'demo-out'): Promise<DemoSummary> {
  const out = resolve(outDir);
  await mkdir(out, { recursive: true });
  const world = newWorld();
  const calls = world.fakes.calls;
  const byAction: Record<string, number> = {};
  let total = 0;
  const step = <T>(name: string, run: () => T, ok: (r: T) => boolean = () => true): T => {
    calls.reset();
    const r = run();
    byAction[name] = calls.total;
    total += calls.total;
    if (!ok(r)) throw new Error(`${name}: ${JSON.stringify(r)}`);
    return r;
  };
  try {
    step('ตั้งค่าแม่แบบ', () => setupTemplateOn(), (r) => r.ok);
    typeSettings(world.fakes);
    const text = seedText();
    step('นำเข้าคะแนน (ตรวจสอบ)', () => importScoresPreview(text), (r) => r.ok);
    step('นำเข้าคะแนน (บันทึก)', () => importScoresConfirm(text, false), (r) => r.ok && r.written > 0);
    step('คำนวณส่วนต่างจากค่าเป้าหมาย', computeGaps, (r) => r.ok);
    step('เน้นข้อคำถามที่ต่ำกว่าเกณฑ์', highlightWeakQuestions, (r) => r.ok);
    const before = tableSheet(world.fakes, 'measures')._lastRow();
    step('เสนอมาตรการ', suggestMeasures, (r) => r.ok);
    const measuresAdded = tableSheet(world.fakes, 'measures')._lastRow() - before;
    fillExampleResults(world);
    const googleDocs: DemoSummary['googleDocs'] = [];
    for (const kind of ['measures-plan', 'results-report', 'analysis-report'] as const) {
      const r = step(`สร้างเอกสาร ${KIND_LABELS[kind]}`, () => generateDocumentAction(kind), (x) => x.ok);
      googleDocs.push({ kind, action: r.action, url: r.url });
    }

    // The same DocInput, rendered to .docx (read without counting: not part of the add-on's run).
    const input: DocInput = workbookDocInput();
    const files: string[] = [];
    const docs = {
      'measures-plan.docx': buildMeasuresPlan,
      'results-report.docx': buildResultsReport,
      'analysis.docx': buildAnalysisReport,
    };
    for (const [name, build] of Object.entries(docs)) {
      await writeFile(join(out, name), await renderDocx(build(input)));
      files.push(name);
    }
    const inspected = world.fakes.spreadsheet._sheets.filter((s) => s._lastRow() > 0).map((s) => s.inspect());
    await writeFile(join(out, 'workbook.xlsx'), await workbookXlsx(inspected, { extraRows: 0 }));
    files.push('workbook.xlsx');

    const a = input.analysis;
    return {
      outDir: out,
      overall: a.overall.score,
      level: a.overall.level,
      failingIndicators: a.indicators.filter((i) => i.pass === false).map((i) => `${i.number} ${i.name} (${i.score?.toFixed(2)})`),
      weakQuestions: a.weakQuestions.filter((w) => w.instrument !== 'OIT').map((w) => (w.part ? `${w.code} ส่วนที่ ${w.part} (${w.score.toFixed(2)})` : `${w.code} (${w.score.toFixed(2)})`)),
      measuresAdded,
      documents: googleDocs.map((d) => d.kind),
      googleDocs,
      calls: { total, byAction },
      files,
    };
  } finally {
    world.uninstall();
  }
}

export function summaryText(s: DemoSummary): string {
  const lines = [
    'ผลการสาธิตส่วนเสริม ITA (ข้อมูลตัวอย่าง: เทศบาลตำบลก้อ ITA ปี 2567)',
    `คะแนนรวม: ${s.overall?.toFixed(2) ?? '-'}${s.level ? ` ระดับ ${s.level}` : ''}`,
    `ตัวชี้วัดที่ต่ำกว่าเกณฑ์: ${s.failingIndicators.length ? s.failingIndicators.join(', ') : 'ไม่มี'}`,
    `ข้อคำถามที่ต้องพัฒนา ${s.weakQuestions.length} รายการ: ${s.weakQuestions.join(', ')}`,
    `มาตรการที่เพิ่ม: ${s.measuresAdded} รายการ`,
    `เอกสาร Google Docs (บนตัวจำลอง): ${s.googleDocs.map((d) => `${KIND_LABELS[d.kind as keyof typeof KIND_LABELS]} (${d.action})`).join(', ')}`,
    `ไฟล์ที่เขียนใน ${s.outDir}: ${s.files.join(', ')}`,
    `จำนวนการเรียกบริการของ Apps Script ทั้งหมด: ${s.calls.total} ครั้ง`,
    ...Object.entries(s.calls.byAction).map(([k, v]) => `  • ${k}: ${v} ครั้ง`),
  ];
  return lines.join('\n');
}

if (require.main === module) {
  (async () => {
    const summary = await runDemo(parseOut(process.argv.slice(2)));
    console.log(summaryText(summary));
  })().catch((e) => {
    console.error(`การสาธิตล้มเหลว: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
