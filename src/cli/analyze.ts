// `ita analyze [--year YYYY] [--target N] [--threshold N] [--json] [--thai-digits] FILE|-`
import { analyze, formatTextReport, toJsonReport } from '../core/analysis';
import { parseScores } from '../core/intake';
import { ceYearNote } from '../core/intake/numbers';
import { normaliseYear } from '../core/thai/dates';
import { toArabicDigits } from '../core/thai/digits';
import { parseArgs, UsageError } from './args';
import { formatIssue } from './issues';
import { CliIO, Command, EXIT_BAD_INPUT, EXIT_OK } from './io';

const USAGE = `ใช้งาน (usage): ita analyze [ตัวเลือก] ไฟล์
  วิเคราะห์ผลคะแนน ITA จากไฟล์ข้อความ (UTF-8) ใช้ - แทนชื่อไฟล์เพื่ออ่านจาก stdin
  Analyse ITA scores from a UTF-8 text file ("-" reads stdin).

ตัวเลือก (options):
  --year YYYY       ปีการประเมิน พ.ศ. เช่น 2567 (ปี ค.ศ. เช่น 2024 ถือเป็น พ.ศ. 2567)
                    (assessment year, B.E.; a C.E. year is converted; default: from the file)
  --target N        ค่าเป้าหมาย 0–100 (target score, default 85)
  --threshold N     ข้อคำถามที่ต่ำกว่าค่านี้ถือว่าต้องปรับปรุง (weak-question threshold, default = target)
  --json            พิมพ์ผลเป็น JSON (print the JSON report)
  --thai-digits     ใช้เลขไทยในรายงานข้อความ (Thai digits in the text report)
  -h, --help        แสดงวิธีใช้ (show this help)

สถานะการออก (exit status): 0 สำเร็จ (ok) · 2 ข้อมูลหรือตัวเลือกไม่ถูกต้อง (bad input or option)
`;

const SPECS = [
  { name: 'year', takesValue: true },
  { name: 'target', takesValue: true },
  { name: 'threshold', takesValue: true },
  { name: 'json', takesValue: false },
  { name: 'thai-digits', takesValue: false },
  { name: 'help', takesValue: false },
];

function readScore(option: string, raw: string | true | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const s = toArabicDigits(String(raw)).trim();
  const n = Number(s);
  if (!/^\d+(\.\d+)?$/.test(s) || !(n > 0 && n <= 100)) {
    throw new UsageError(`ค่า --${option} "${raw}" ไม่ถูกต้อง ต้องเป็นตัวเลขมากกว่า 0 ถึง 100 เช่น 85`);
  }
  return n;
}

/** --year as B.E.; a C.E. year (2024) is converted once here, with its note ("ปี ค.ศ. 2024 ถือเป็น พ.ศ. 2567"). */
function readYear(raw: string | true | undefined): { year: number; note: string | null } | undefined {
  if (raw === undefined) return undefined;
  const s = toArabicDigits(String(raw)).trim();
  if (!/^\d{4}$/.test(s)) throw new UsageError(`ค่า --year "${raw}" ไม่ถูกต้อง ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2567`);
  const written = Number(s);
  let year: number;
  try {
    year = normaliseYear(written);
  } catch (e) {
    throw new UsageError(`ค่า --year "${raw}" ไม่ถูกต้อง: ${(e as Error).message}`);
  }
  return { year, note: year === written ? null : `--year ${ceYearNote(written, year)}` };
}

function readError(path: string, err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return `ไม่พบไฟล์ "${path}" (file not found)`;
  if (code === 'EISDIR') return `"${path}" เป็นโฟลเดอร์ ไม่ใช่ไฟล์ (is a directory)`;
  if (code === 'EACCES') return `ไม่มีสิทธิ์อ่านไฟล์ "${path}" (permission denied)`;
  return `อ่านไฟล์ "${path}" ไม่ได้: ${(err as Error).message}`;
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const bad = (message: string): number => {
    io.stderr(`ita analyze: ${message}\n`);
    return EXIT_BAD_INPUT;
  };
  let year: number | undefined;
  let yearNote: string | null;
  let target: number | undefined;
  let threshold: number | undefined;
  let file: string;
  let json: boolean;
  let thaiDigits: boolean;
  try {
    if (argv.includes('-h')) argv = argv.map((a) => (a === '-h' ? '--help' : a));
    const { options, positionals } = parseArgs(argv, SPECS);
    if (options.help) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'ต้องระบุไฟล์คะแนน 1 ไฟล์ (หรือ - เพื่ออ่านจาก stdin) เช่น ita analyze examples/seed-001-2567.txt'
          : `ระบุไฟล์ได้ครั้งละ 1 ไฟล์ (ได้รับ ${positionals.length}: ${positionals.join(', ')})`,
      );
    }
    file = positionals[0];
    const y = readYear(options.year);
    year = y?.year;
    yearNote = y?.note ?? null;
    target = readScore('target', options.target);
    threshold = readScore('threshold', options.threshold);
    json = options.json === true;
    thaiDigits = options['thai-digits'] === true;
  } catch (e) {
    if (e instanceof UsageError) return bad(`${e.message}\nดูวิธีใช้ด้วย ita analyze --help`);
    throw e;
  }

  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : io.readFile(file);
  } catch (e) {
    return bad(readError(file, e));
  }
  text = text.replace(/^\uFEFF/, '');
  const label = file === '-' ? '(stdin)' : file;

  // Every warning once: the --year note, the intake's (with their line/column), then the analysis's.
  // The same text from two places (the nearest-catalogue warning) is printed and reported once.
  const warnings: string[] = [];
  const warn = (text: string, shown = text): void => {
    if (warnings.includes(text)) return;
    warnings.push(text);
    io.stderr(`คำเตือน: ${shown}\n`);
  };
  if (yearNote) warn(yearNote);
  const parsed = parseScores(text, year !== undefined ? { year } : {});
  for (const w of parsed.warnings) warn(formatIssue(w), formatIssue(w, label));
  if (parsed.errors.length > 0) {
    for (const e of parsed.errors) io.stderr(`ข้อผิดพลาด: ${formatIssue(e, label)}\n`);
    return bad(`อ่านคะแนนไม่สำเร็จ พบข้อผิดพลาด ${parsed.errors.length} รายการ (ดูด้านบน)`);
  }

  let result;
  try {
    result = analyze(parsed.scores, { year, target, weakThreshold: threshold });
  } catch (e) {
    return bad((e as Error).message);
  }
  for (const w of result.warnings) warn(w);
  result = { ...result, warnings };
  io.stdout(json ? `${JSON.stringify(toJsonReport(result), null, 2)}\n` : formatTextReport(result, { thaiDigits }));
  return EXIT_OK;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'วิเคราะห์คะแนน ITA: ส่วนต่างจากค่าเป้าหมาย ระดับ ข้อที่ต้องปรับปรุง (analyse scores)',
  usage: USAGE,
  run,
};
