// `ita generate [--year YYYY] [--agency NAME] [--out DIR] [--arabic-digits] FILE`: the four documents
// (measures plan o34, results report o35, analysis report, the announcement ประกาศ) as .docx, from a scores text file or from an
// .xlsx workbook downloaded from the template.
import { mkdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { analyze } from '../core/analysis';
import { catalogueForYear, DEFAULT_TARGET } from '../core/catalogue';
import { DOC_KINDS, type DocInput, type DocKind, type DocModel } from '../core/document';
import { longCellWarnings } from '../core/document/long-cells';
import { placesOf, type SheetRows } from '../core/document/where';
import { todayInBangkok } from '../core/thai';
import { DEFAULT_DIVISIONS, suggestMeasures } from '../core/workbook';
import { oneFile, parseCommandArgs, readYear, UsageError } from './args';
import { writeDocx } from './docx/render-docx';
import { formatIssue, parseScoresReported } from './issues';
import { badInput, CliIO, Command, EXIT_FAILURE, EXIT_OK, readError, warnOnce } from './io';
import { docInputFromXlsx, isZip } from './xlsx-input';

/** Agency name when a text file is used without --agency. */
export const DEFAULT_AGENCY = 'หน่วยงาน';

/** The files written, in order, with their builders. */
export const GENERATED: { kind: DocKind; file: string; build: (input: DocInput) => DocModel }[] = DOC_KINDS.map(
  (d) => ({ kind: d.kind, file: d.file, build: d.build }),
);

const USAGE = `ใช้งาน (usage): ita generate [ตัวเลือก] ไฟล์
  จัดทำเอกสาร .docx สี่ฉบับ: มาตรการส่งเสริมคุณธรรมและความโปร่งใส (measures-plan.docx),
  รายงานผลการดำเนินการ (results-report.docx) รายงานผลการวิเคราะห์ (analysis.docx)
  และประกาศมาตรการ พร้อมแนบท้ายประกาศ (announcement.docx; ประกาศ ณ วันที่ = วันนี้)
  จากไฟล์คะแนน (ข้อความ UTF-8: เสนอมาตรการจากข้อที่ต่ำกว่าเกณฑ์ให้อัตโนมัติ)
  หรือจากสมุดงาน .xlsx ที่ดาวน์โหลดจากแม่แบบ (ใช้ค่าตั้งค่า มาตรการ และผลการดำเนินการในสมุดงาน)
  Write the four documents from a scores text file or a template workbook (.xlsx).

ตัวเลือก (options):
  --year YYYY       ปีการประเมิน พ.ศ. เช่น 2567 (ไฟล์ข้อความเท่านั้น; ค่าเริ่มต้น: ปีในไฟล์)
                    ปีงบประมาณของแผน = ปีการประเมิน + 1 (assessment year; plan FY = year + 1)
  --agency NAME     ชื่อหน่วยงาน (agency name; ไฟล์ข้อความ ค่าเริ่มต้น "${DEFAULT_AGENCY}")
  --out DIR         โฟลเดอร์ที่เขียนไฟล์ สร้างให้ถ้ายังไม่มี (output folder, default ".")
  --arabic-digits   ใช้เลขอารบิกแทนเลขไทย (Arabic digits instead of Thai digits)
  -h, --help        แสดงวิธีใช้ (show this help)

สถานะการออก (exit status): 0 สำเร็จ (ok) · 1 เขียนไฟล์ไม่ได้ (cannot write) · 2 ข้อมูลหรือตัวเลือกไม่ถูกต้อง (bad input or option)
`;

const SPECS = [
  { name: 'year', takesValue: true },
  { name: 'agency', takesValue: true },
  { name: 'out', takesValue: true },
  { name: 'arabic-digits', takesValue: false },
  { name: 'help', takesValue: false },
];

interface Options {
  year?: number;
  yearNote: string | null;
  agency?: string;
  out: string;
  arabic: boolean;
  file: string;
}

type Made = { input: DocInput; rows?: SheetRows } | { code: number };

/** A scores text file: analysed, suggested measures for the weak questions, no results yet. */
function fromText(
  text: string,
  label: string,
  o: Options,
  warn: (t: string, shown?: string) => void,
  bad: (m: string) => number,
  io: CliIO,
): Made {
  const parsed = parseScoresReported(text, label, o.year, warn, bad, io.stderr);
  if ('code' in parsed) return parsed;
  let analysis;
  try {
    analysis = analyze(parsed.scores, { year: o.year, target: DEFAULT_TARGET });
  } catch (e) {
    return { code: bad((e as Error).message) };
  }
  for (const w of analysis.warnings) warn(w);
  const year = analysis.year;
  const settings = {
    agencyName: o.agency ?? DEFAULT_AGENCY,
    agencyType: '',
    district: '',
    province: '',
    assessmentYear: year,
    planFiscalYear: year + 1,
    target: analysis.target,
    weakThreshold: analysis.weakThreshold,
    thaiDigits: !o.arabic,
    divisions: DEFAULT_DIVISIONS,
    outputFolderId: '',
    signerName: '',
    signerPosition: '',
  };
  const catalogue = catalogueForYear(year).catalogue;
  const measures = suggestMeasures(analysis, [], settings, catalogue).map(({ fingerprint: _fp, ...m }) => m);
  return {
    input: {
      settings,
      analysis,
      measures,
      results: [],
      today: todayInBangkok(),
      catalogue,
      questionScores: parsed.scores.current.questions,
    },
  };
}

/** An .xlsx workbook: its settings, measures and results, read by the core's workbook readers. */
async function fromXlsx(
  buffer: Buffer,
  label: string,
  o: Options,
  warn: (t: string) => void,
  bad: (m: string) => number,
  io: CliIO,
): Promise<Made> {
  if (o.year !== undefined) warn(`--year ใช้กับไฟล์ข้อความเท่านั้น สมุดงาน .xlsx ใช้ปีการประเมินจากชีต "ตั้งค่า"`);
  const made = await docInputFromXlsx(buffer, todayInBangkok());
  if ('issues' in made) {
    for (const e of made.issues) io.stderr(`ข้อผิดพลาด: ${formatIssue(e, label)}\n`);
    return { code: bad(`อ่านสมุดงานไม่สำเร็จ พบข้อผิดพลาด ${made.issues.length} รายการ (ดูด้านบน) แก้ไขในสมุดงานแล้วลองใหม่`) };
  }
  for (const w of made.warnings) warn(w);
  const s = made.input.settings;
  const settings = {
    ...s,
    agencyName: o.agency ?? (s.agencyName || DEFAULT_AGENCY),
    thaiDigits: o.arabic ? false : s.thaiDigits,
  };
  return { input: { ...made.input, settings }, rows: made.rows };
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const bad = badInput(io, 'generate');
  let o: Options;
  try {
    const { options, positionals } = parseCommandArgs(argv, SPECS);
    if (options.help) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    const file = oneFile(
      positionals,
      'ต้องระบุไฟล์คะแนนหรือสมุดงาน .xlsx 1 ไฟล์ เช่น ita generate --agency "เทศบาลตำบลก้อ" examples/seed-001-2567.txt',
    );
    const y = readYear(options.year);
    const agency = options.agency === undefined ? undefined : String(options.agency).trim();
    if (agency === '') throw new UsageError('ค่า --agency ว่าง ต้องเป็นชื่อหน่วยงาน เช่น --agency "เทศบาลตำบลก้อ"');
    const out = options.out === undefined ? '.' : String(options.out);
    if (out.trim() === '') throw new UsageError('ค่า --out ว่าง ต้องเป็นชื่อโฟลเดอร์ เช่น --out docs');
    o = { year: y?.year, yearNote: y?.note ?? null, agency, out, arabic: options['arabic-digits'] === true, file };
  } catch (e) {
    if (e instanceof UsageError) return bad(`${e.message}\nดูวิธีใช้ด้วย ita generate --help`);
    throw e;
  }

  const { warn } = warnOnce(io);
  if (o.yearNote) warn(o.yearNote);

  let made: Made;
  if (o.file === '-') {
    made = fromText(await io.readStdin(), '(stdin)', o, warn, bad, io);
  } else {
    let buffer: Buffer;
    try {
      buffer = readFileSync(o.file);
    } catch (e) {
      return bad(readError(o.file, e));
    }
    made = isZip(buffer)
      ? await fromXlsx(buffer, o.file, o, warn, bad, io)
      : fromText(buffer.toString('utf8'), o.file, o, warn, bad, io);
  }
  if ('code' in made) return made.code;

  const dir = resolve(o.out);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    io.stderr(`ita generate: สร้างโฟลเดอร์ "${o.out}" ไม่ได้: ${(e as Error).message}\n`);
    return EXIT_FAILURE;
  }
  // Build all four first: nothing is written when a builder fails.
  const models = GENERATED.map((g) => ({ file: g.file, model: g.build(made.input) }));
  const ids = made.input.measures.map((m) => m.id);
  for (const [i, { model }] of models.entries()) {
    for (const w of model.warnings) warn(w);
    for (const w of longCellWarnings(model, placesOf(GENERATED[i].kind, model, ids, made.rows))) warn(w);
  }
  for (const { file, model } of models) {
    const path = join(dir, file);
    try {
      const renderWarnings = await writeDocx(model, path);
      for (const w of renderWarnings) warn(w);
    } catch (e) {
      io.stderr(`ita generate: เขียนไฟล์ "${path}" ไม่ได้: ${(e as Error).message}\n`);
      return EXIT_FAILURE;
    }
    io.stdout(`${path}\n`);
  }
  return EXIT_OK;
}

export const generateCommand: Command = {
  name: 'generate',
  summary: 'จัดทำเอกสารมาตรการ รายงานผล รายงานการวิเคราะห์ และประกาศ เป็นไฟล์ .docx (write the documents as .docx)',
  usage: USAGE,
  run,
};
