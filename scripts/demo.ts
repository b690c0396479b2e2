// npm run demo [-- --out DIR]: the add-on's whole job on the Apps Script fakes, with the seed 001 sample.
// Runs every menu action in order on the server code, writes the workbook (.xlsx) and the three
// documents (.docx) to DIR (default demo-out), and prints a short Thai summary.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DOC_KINDS, type DocInput, type DocKind } from '../src/core/document';
import { renderDocx } from '../src/cli/docx/render-docx';
import { workbookXlsx } from '../src/cli/xlsx/export-xlsx';
import {
  computeGaps,
  highlightWeakQuestions,
  importScoresConfirm,
  importScoresPreview,
  suggestMeasures,
} from '../src/gas/actions';
import { FIRST_DATA_ROW, STATUS_LABELS, colIndex } from '../src/core/workbook';
import { textHash } from '../src/gas/workbook';
import { generateDocumentAction, workbookDocInput } from './bench/doc-actions';
import { KIND_LABELS } from '../src/core/document/messages';
import { DOC_ACTION_LABELS, menuLabel } from './bench/labels';
import { newWorld, setupTemplateOn, tableSheet, typeSettings, write, type World } from './bench/scenario';
import { DEMO_OFFICER, DEMO_UPDATED_AT, EXAMPLE_RESULTS, seedText, takeExample, type ExampleResult } from './seed-001';
import type { Fakes } from '../emulator';
import { failingSummaryText, runFailingAgency, type FailingSummary } from './demo-failing';

export type DemoDocKind = DocKind;

export interface DemoSummary {
  outDir: string;
  overall: number | null;
  level: string | null;
  failingIndicators: string[];
  weakQuestions: string[];
  measuresAdded: number;
  /** The example results typed by the officer, each on the measure that links its question. */
  results: { code: string; measureId: string; measure: string }[];
  documents: string[];
  googleDocs: { kind: DemoDocKind; action: keyof typeof DOC_ACTION_LABELS; url: string; file: string }[];
  calls: { total: number; byAction: Record<string, number> };
  files: string[];
  /** The second sample: a failing agency with indicator scores only (written to OUT/failing-agency/). */
  failingAgency?: FailingSummary;
}

/** The demo's documents: every kind of the registry, with its menu item and .docx file. */
export const DEMO_DOCS = DOC_KINDS.map((d) => ({ kind: d.kind, fn: d.menuFn, file: d.file, build: d.build }));

/** Bad input from the command line or an output folder that cannot be written: exit 2, Thai message. */
export class DemoInputError extends Error {}

export function parseOut(argv: string[]): string {
  let out = 'demo-out';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') {
      const v = argv[i + 1];
      if (!v || v.startsWith('--')) throw new DemoInputError('ตัวเลือก --out ต้องตามด้วยชื่อโฟลเดอร์ เช่น --out demo-out');
      out = v;
      i++;
    } else {
      throw new DemoInputError(`ไม่รู้จักตัวเลือก "${a}" (ตัวเลือกที่ใช้ได้: --out โฟลเดอร์)`);
    }
  }
  return out;
}

const FS_REASONS: Record<string, string> = {
  ENOTDIR: 'มีส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์',
  EEXIST: 'มีไฟล์ชื่อนี้อยู่แล้ว ไม่ใช่โฟลเดอร์',
  EISDIR: 'มีโฟลเดอร์ชื่อเดียวกับไฟล์ที่จะเขียน',
  EACCES: 'ไม่มีสิทธิ์เขียน',
  EPERM: 'ไม่มีสิทธิ์เขียน',
  EROFS: 'ระบบไฟล์อ่านได้อย่างเดียว',
  ENOSPC: 'พื้นที่ดิสก์เต็ม',
  ENOENT: 'ไม่พบโฟลเดอร์ต้นทาง',
};

/** A file-system error as a Thai message naming the path (no stack trace, no English). */
export function fsMessage(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  const reason = FS_REASONS[code] ?? `ข้อผิดพลาดของระบบไฟล์${code ? ` (${code})` : ''}`;
  return `เขียนผลลัพธ์ที่ "${path}" ไม่ได้: ${reason} กรุณาเลือกโฟลเดอร์อื่นด้วย --out โฟลเดอร์`;
}

async function writeOut(path: string, data: Buffer): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (e) {
    throw new DemoInputError(fsMessage(e, path));
  }
}

/**
 * The officer fills the results sheet (raw: typing is not a service call): one row for each example,
 * on the measure whose linked questions include the example's code, in the measures' order.
 */
export function fillExampleResults(
  world: World,
  examples: Record<string, ExampleResult> = EXAMPLE_RESULTS,
): DemoSummary['results'] {
  const grid = tableSheet(world.fakes, 'measures')
    .getDataRange()
    .getValues()
    .slice(FIRST_DATA_ROW - 1);
  const [iId, iName, iQuestions] = ['id', 'measure', 'questions'].map((k) => colIndex('measures', k));
  const filled: DemoSummary['results'] = [];
  const rows: string[][] = [];
  const used = new Set<string>();
  for (const r of grid) {
    const id = String(r[iId]);
    if (!id) continue;
    const codes = String(r[iQuestions])
      .split(/[,\s]+/)
      .filter(Boolean);
    const code = takeExample(codes, used, examples);
    if (!code) continue;
    const ex = examples[code];
    filled.push({ code, measureId: id, measure: String(r[iName]) });
    rows.push([id, '', STATUS_LABELS[ex.status], ex.done, ex.outcome, ex.evidence, DEMO_OFFICER, DEMO_UPDATED_AT]);
  }
  const missing = Object.keys(examples).filter((c) => !used.has(c));
  if (missing.length) throw new Error(`ไม่มีมาตรการที่เชื่อมกับข้อคำถาม ${missing.join(', ')} สำหรับผลการดำเนินการตัวอย่าง`);
  // Each on the row the add-on keeps for its measure (suggest adds one per measure); after the last row
  // when the measure has none yet.
  const results = tableSheet(world.fakes, 'results');
  const sheetRows = results.getDataRange().getValues();
  const rId = colIndex('results', 'measureId');
  const rName = colIndex('results', 'measure');
  let next = Math.max(sheetRows.length + 1, FIRST_DATA_ROW);
  for (const row of rows) {
    const at = sheetRows.findIndex((r, i) => i >= FIRST_DATA_ROW - 1 && String(r[rId]) === row[0]);
    const typed = [...row];
    if (at >= 0) typed[rName] = String(sheetRows[at][rName]); // the computed name stays as the add-on wrote it
    write(results, at >= 0 ? at + 1 : next++, [typed]);
  }
  return filled;
}

/** runDemo, also handing back the fakes (raw) so a test can read the Google Docs written on them. */
export async function runDemoWithFakes(outDir = 'demo-out'): Promise<{ summary: DemoSummary; fakes: Fakes }> {
  const first = await runSeedDemo(outDir);
  try {
    first.summary.failingAgency = await runFailingAgency(outDir);
  } catch (e) {
    if (e instanceof DemoInputError) throw e;
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if (code) throw new DemoInputError(fsMessage(e, resolve(outDir, 'failing-agency')));
    throw e;
  }
  return first;
}

/** The first sample (seed 001), every menu action in order. */
async function runSeedDemo(outDir: string): Promise<{ summary: DemoSummary; fakes: Fakes }> {
  const out = resolve(outDir);
  try {
    await mkdir(out, { recursive: true });
  } catch (e) {
    throw new DemoInputError(fsMessage(e, out));
  }
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
    step(
      menuLabel('setupTemplate'),
      () => setupTemplateOn(),
      (r) => r.ok,
    );
    typeSettings(world.fakes);
    const text = seedText();
    step(
      `${menuLabel('showImportDialog')} (ตรวจสอบ)`,
      () => importScoresPreview(text),
      (r) => r.ok,
    );
    step(
      `${menuLabel('showImportDialog')} (บันทึก)`,
      () => importScoresConfirm(text, false, textHash(text)),
      (r) => r.ok && r.written > 0,
    );
    step(menuLabel('computeGaps'), computeGaps, (r) => r.ok);
    step(menuLabel('highlightWeakQuestions'), highlightWeakQuestions, (r) => r.ok);
    const before = tableSheet(world.fakes, 'measures')._lastRow();
    step(menuLabel('suggestMeasures'), suggestMeasures, (r) => r.ok);
    const measuresAdded = tableSheet(world.fakes, 'measures')._lastRow() - before;
    const results = fillExampleResults(world);
    // After editing, the officer runs the computation again: it also fills the results' "มาตรการ" column.
    step(`${menuLabel('computeGaps')} (หลังกรอกผลการดำเนินการ)`, computeGaps, (r) => r.ok);
    const googleDocs: DemoSummary['googleDocs'] = [];
    for (const d of DEMO_DOCS) {
      const r = step(
        menuLabel(d.fn),
        () => generateDocumentAction(d.kind),
        (x) => x.ok,
      );
      googleDocs.push({ kind: d.kind, action: r.action, url: r.url, file: d.file });
    }

    // The same DocInput, rendered to .docx (read without counting: not part of the add-on's run).
    const input: DocInput = workbookDocInput();
    const files: string[] = [];
    for (const d of DEMO_DOCS) {
      await writeOut(join(out, d.file), await renderDocx(d.build(input)));
      files.push(d.file);
    }
    const inspected = world.fakes.spreadsheet._sheets.filter((s) => s._lastRow() > 0).map((s) => s.inspect());
    await writeOut(join(out, 'workbook.xlsx'), await workbookXlsx(inspected, { extraRows: 0 }));
    files.push('workbook.xlsx');

    const a = input.analysis;
    const summary: DemoSummary = {
      outDir: out,
      overall: a.overall.score,
      level: a.overall.level,
      failingIndicators: a.indicators
        .filter((i) => i.pass === false)
        .map((i) => `${i.number} ${i.name} (${i.score?.toFixed(2)})`),
      weakQuestions: a.weakQuestions
        .filter((w) => w.instrument !== 'OIT')
        .map((w) =>
          w.part ? `${w.code} ส่วนที่ ${w.part} (${w.score.toFixed(2)})` : `${w.code} (${w.score.toFixed(2)})`,
        ),
      measuresAdded,
      results,
      documents: googleDocs.map((d) => d.kind),
      googleDocs,
      calls: { total, byAction },
      files,
    };
    return { summary, fakes: world.fakes };
  } finally {
    world.uninstall();
  }
}

export async function runDemo(outDir = 'demo-out'): Promise<DemoSummary> {
  return (await runDemoWithFakes(outDir)).summary;
}

export function summaryText(s: DemoSummary): string {
  const lines = [
    'ผลการสาธิตส่วนเสริม ITA (ข้อมูลตัวอย่าง: เทศบาลตำบลก้อ ITA ปี 2567)',
    `คะแนนรวม: ${s.overall?.toFixed(2) ?? '-'}${s.level ? ` ระดับ ${s.level}` : ''}`,
    `ตัวชี้วัดที่ต่ำกว่าเกณฑ์: ${s.failingIndicators.length ? s.failingIndicators.join(', ') : 'ไม่มี'}`,
    `ข้อคำถามที่ต้องพัฒนา ${s.weakQuestions.length} รายการ: ${s.weakQuestions.join(', ')}`,
    `มาตรการที่เพิ่ม: ${s.measuresAdded} รายการ`,
    `ผลการดำเนินการที่กรอก: ${s.results.map((r) => `${r.measureId} (ข้อ ${r.code})`).join(', ')}`,
    `เอกสาร Google Docs (บนตัวจำลอง): ${s.googleDocs.map((d) => `${KIND_LABELS[d.kind]} (${DOC_ACTION_LABELS[d.action]})`).join(', ')}`,
    `ไฟล์ที่เขียนใน ${s.outDir}: ${s.files.join(', ')}`,
    `จำนวนการเรียกบริการของ Apps Script ทั้งหมด: ${s.calls.total} ครั้ง`,
    ...Object.entries(s.calls.byAction).map(([k, v]) => `  • ${k}: ${v} ครั้ง`),
    ...(s.failingAgency ? ['', ...failingSummaryText(s.failingAgency)] : []),
  ];
  return lines.join('\n');
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const CONSOLE: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** The command line: 0 done, 2 bad input or an output folder that cannot be written, 1 the demo failed. */
export async function demoMain(argv: string[], io: CliIo = CONSOLE): Promise<number> {
  try {
    io.out(summaryText(await runDemo(parseOut(argv))));
    return 0;
  } catch (e) {
    if (e instanceof DemoInputError) {
      io.err(e.message);
      return 2;
    }
    io.err(`การสาธิตล้มเหลว: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (require.main === module) {
  void demoMain(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
