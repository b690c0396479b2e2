// `ita analyze [--year YYYY] [--target N] [--threshold N] [--json] [--thai-digits] FILE|-`
import { analyze, formatTextReport, toJsonReport } from '../core/analysis';
import { toArabicDigits } from '../core/thai/digits';
import { oneFile, parseCommandArgs, readYear, UsageError } from './args';
import { parseScoresReported } from './issues';
import { badInput, CliIO, Command, EXIT_OK, readError, warnOnce } from './io';

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

async function run(argv: string[], io: CliIO): Promise<number> {
  const bad = badInput(io, 'analyze');
  let year: number | undefined;
  let yearNote: string | null;
  let target: number | undefined;
  let threshold: number | undefined;
  let file: string;
  let json: boolean;
  let thaiDigits: boolean;
  try {
    const { options, positionals } = parseCommandArgs(argv, SPECS);
    if (options.help) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    file = oneFile(
      positionals,
      'ต้องระบุไฟล์คะแนน 1 ไฟล์ (หรือ - เพื่ออ่านจาก stdin) เช่น ita analyze examples/seed-001-2567.txt',
    );
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
  const label = file === '-' ? '(stdin)' : file;

  // Every warning once: the --year note, the intake's (with their line/column), then the analysis's.
  // The same text from two places (the nearest-catalogue warning) is printed and reported once.
  const { warnings, warn } = warnOnce(io);
  if (yearNote) warn(yearNote);
  const parsed = parseScoresReported(text, label, year, warn, bad, io.stderr);
  if ('code' in parsed) return parsed.code;

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
