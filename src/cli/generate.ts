// `ita generate [--year YYYY] [--agency NAME] [--district …] [--province …] [--signer …]
// [--signer-position …] [--date DATE] [--measures-item oNN] [--results-item oNN] [--out DIR] [--arabic-digits]
// FILE`: every document of the registry
// (src/core/document/kinds.ts) as .docx, from a scores text file or from an .xlsx workbook downloaded from
// the template. The agency is never a stand-in word: an option, the workbook, or the pasted text's
// heading names it, else the documents leave a fill-in line and a warning says so.
import { mkdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { analyze } from '../core/analysis';
import { catalogueForYear, DEFAULT_TARGET, readItemCode } from '../core/catalogue';
import { DOC_KINDS, type DocInput, type DocKind, type DocModel } from '../core/document';
import { longCellWarnings } from '../core/document/long-cells';
import { placesOf, type SheetRows } from '../core/document/where';
import { parseThaiDate, type ThaiDate } from '../core/thai';
import { agencyFromText } from '../core/intake/agency';
import type { AgencySettings } from '../core/types';
import { DEFAULT_DIVISIONS, suggestMeasures } from '../core/workbook';
import { oneFile, parseCommandArgs, readYear, UsageError } from './args';
import { writeDocx } from './docx/render-docx';
import { formatIssue, parseScoresReported } from './issues';
import { badInput, CliIO, Command, EXIT_FAILURE, EXIT_OK, decodeText, readError, warnOnce } from './io';
import { docInputFromXlsx, isZip } from './xlsx-input';

/** The files written, in order, with their builders. */
export const GENERATED: { kind: DocKind; file: string; build: (input: DocInput) => DocModel }[] = DOC_KINDS.map(
  (d) => ({ kind: d.kind, file: d.file, build: d.build }),
);

const USAGE = `ใช้งาน (usage): ita generate [ตัวเลือก] ไฟล์
  จัดทำเอกสาร .docx สี่ฉบับ: มาตรการส่งเสริมคุณธรรมและความโปร่งใส (measures-plan.docx),
  ประกาศมาตรการ พร้อมแนบท้ายประกาศ (announcement.docx), รายงานผลการดำเนินการ (results-report.docx)
  และรายงานผลการวิเคราะห์ในรูปบันทึกข้อความ (analysis.docx)
  จากไฟล์คะแนน (ข้อความ UTF-8: เสนอมาตรการจากข้อที่ต่ำกว่าเกณฑ์ให้อัตโนมัติ)
  หรือจากสมุดงาน .xlsx ที่ดาวน์โหลดจากแม่แบบ (ใช้ค่าตั้งค่า มาตรการ และผลการดำเนินการในสมุดงาน)
  Write the four documents from a scores text file or a template workbook (.xlsx).

ตัวเลือก (options):
  --year YYYY       ปีการประเมิน พ.ศ. เช่น 2567 (ไฟล์ข้อความเท่านั้น; ค่าเริ่มต้น: ปีในไฟล์)
                    ปีงบประมาณของแผน = ปีการประเมิน + 1 (assessment year; plan FY = year + 1)
  --agency NAME     ชื่อหน่วยงาน (agency name; ไฟล์ข้อความ ค่าเริ่มต้น: ชื่อในบรรทัดแรก ๆ ของไฟล์
                    ถ้าไม่มี เอกสารเว้นเส้นประให้เติมและแจ้งเตือน)
  --district NAME   อำเภอ (district), --province NAME จังหวัด (province)
  --signer NAME     ชื่อผู้ลงนาม (signer), --signer-position TEXT ตำแหน่งผู้ลงนาม (signer's position)
  --date DATE       วันที่ของเอกสาร เช่น "15 ตุลาคม 2567" หรือ 15/10/2567 (ประกาศ ณ วันที่
                    และวันที่ของบันทึกข้อความ; ไม่ระบุ = เว้นเส้นประให้เติม ไม่ใช้วันที่ของเครื่อง)
  --measures-item oNN  ข้อ OIT ที่เผยแพร่มาตรการ, --results-item oNN ข้อ OIT ที่เผยแพร่รายงานผล
                    (ค่าเริ่มต้น: ข้อของปีการประเมิน; ปีที่ยังไม่ยืนยันเลขข้อ เช่น 2568 ควรระบุ)
                    OIT item numbers of the plan and the report (default: the assessment year's)
  --out DIR         โฟลเดอร์ที่เขียนไฟล์ สร้างให้ถ้ายังไม่มี (output folder, default ".")
  --arabic-digits   ใช้เลขอารบิกแทนเลขไทย (Arabic digits instead of Thai digits)
  -h, --help        แสดงวิธีใช้ (show this help)

สถานะการออก (exit status): 0 สำเร็จ (ok) · 1 เขียนไฟล์ไม่ได้ (cannot write) · 2 ข้อมูลหรือตัวเลือกไม่ถูกต้อง (bad input or option)
`;

const SPECS = [
  { name: 'year', takesValue: true },
  { name: 'agency', takesValue: true },
  { name: 'district', takesValue: true },
  { name: 'province', takesValue: true },
  { name: 'signer', takesValue: true },
  { name: 'signer-position', takesValue: true },
  { name: 'date', takesValue: true },
  { name: 'measures-item', takesValue: true },
  { name: 'results-item', takesValue: true },
  { name: 'out', takesValue: true },
  { name: 'arabic-digits', takesValue: false },
  { name: 'help', takesValue: false },
];

/** The identity options given on the command line (each overrides the workbook or the text). */
type IdentityOptions = Partial<
  Pick<
    AgencySettings,
    'agencyName' | 'district' | 'province' | 'signerName' | 'signerPosition' | 'measuresItem' | 'resultsItem'
  >
> & { documentDate?: ThaiDate };

interface Options {
  year?: number;
  yearNote: string | null;
  identity: IdentityOptions;
  out: string;
  arabic: boolean;
  file: string;
}

type Made = { input: DocInput; rows?: SheetRows } | { code: number };

const IDENTITY_OPTIONS: [string, keyof IdentityOptions, string][] = [
  ['agency', 'agencyName', 'ชื่อหน่วยงาน เช่น --agency "เทศบาลตำบลก้อ"'],
  ['district', 'district', 'ชื่ออำเภอ เช่น --district ลี้'],
  ['province', 'province', 'ชื่อจังหวัด เช่น --province ลำพูน'],
  ['signer', 'signerName', 'ชื่อผู้ลงนาม เช่น --signer "นายอุดม เชียงยศ"'],
  ['signer-position', 'signerPosition', 'ตำแหน่งผู้ลงนาม เช่น --signer-position "นายกเทศมนตรีตำบลก้อ"'],
];

/** The OIT item options: the officer's own codes, as the workbook's ตั้งค่า rows give them. */
const ITEM_OPTIONS: [string, 'measuresItem' | 'resultsItem'][] = [
  ['measures-item', 'measuresItem'],
  ['results-item', 'resultsItem'],
];

/**
 * --agency, --district, --province, --signer, --signer-position, --date and the OIT item codes; an empty
 * or malformed value is a usage error.
 */
export function readIdentity(options: Record<string, string | true>): IdentityOptions {
  const out: IdentityOptions = {};
  for (const [name, key, expected] of IDENTITY_OPTIONS) {
    if (options[name] === undefined) continue;
    const v = String(options[name]).trim();
    if (v === '') throw new UsageError(`ค่า --${name} ว่าง ต้องเป็น${expected}`);
    (out as Record<string, string>)[key] = v;
  }
  for (const [name, key] of ITEM_OPTIONS) {
    if (options[name] === undefined) continue;
    const typed = String(options[name]).trim();
    const code = readItemCode(typed);
    if (!code) throw new UsageError(`ค่า --${name} "${typed}" ไม่ใช่รหัสข้อ OIT ต้องเป็นตัว o ตามด้วยเลขข้อ เช่น --${name} o25`);
    out[key] = code;
  }
  if (options.date !== undefined) {
    const d = parseThaiDate(String(options.date).trim());
    if (!d)
      throw new UsageError(`ค่า --date "${String(options.date)}" ไม่ใช่วันที่ ต้องเป็นเช่น "15 ตุลาคม 2567" หรือ 15/10/2567`);
    out.documentDate = d;
  }
  return out;
}

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
  const found = agencyFromText(text);
  if (found && o.identity.agencyName === undefined) {
    warn(
      `ใช้ชื่อหน่วยงานจากบรรทัดที่ ${found.line} ของไฟล์: ${[found.agencyName, found.district && `อำเภอ${found.district}`, found.province && `จังหวัด${found.province}`].filter(Boolean).join(' ')} (ระบุ --agency เพื่อใช้ชื่ออื่น)`,
    );
  }
  const fromHeading = found && o.identity.agencyName === undefined ? found : null;
  const settings: AgencySettings = {
    agencyName: fromHeading?.agencyName ?? '',
    agencyType: '',
    district: fromHeading?.district ?? '',
    province: fromHeading?.province ?? '',
    assessmentYear: year,
    planFiscalYear: year + 1,
    target: analysis.target,
    weakThreshold: analysis.weakThreshold,
    thaiDigits: !o.arabic,
    divisions: DEFAULT_DIVISIONS,
    outputFolderId: '',
    signerName: '',
    signerPosition: '',
    ...o.identity,
  };
  const catalogue = catalogueForYear(year).catalogue;
  const measures = suggestMeasures(analysis, [], settings, catalogue).map(({ fingerprint: _fp, ...m }) => m);
  return {
    input: {
      settings,
      analysis,
      measures,
      results: [],
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
  const made = await docInputFromXlsx(buffer);
  if ('issues' in made) {
    for (const e of made.issues) io.stderr(`ข้อผิดพลาด: ${formatIssue(e, label)}\n`);
    return { code: bad(`อ่านสมุดงานไม่สำเร็จ พบข้อผิดพลาด ${made.issues.length} รายการ (ดูด้านบน) แก้ไขในสมุดงานแล้วลองใหม่`) };
  }
  for (const w of made.warnings) warn(w);
  const s = made.input.settings;
  const settings = {
    ...s,
    ...o.identity,
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
    const identity = readIdentity(options);
    const out = options.out === undefined ? '.' : String(options.out);
    if (out.trim() === '') throw new UsageError('ค่า --out ว่าง ต้องเป็นชื่อโฟลเดอร์ เช่น --out docs');
    o = { year: y?.year, yearNote: y?.note ?? null, identity, out, arabic: options['arabic-digits'] === true, file };
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
      : fromText(decodeText(buffer), o.file, o, warn, bad, io);
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
