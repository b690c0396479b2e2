// A small option parser: --name value, --name=value, boolean flags, positional arguments, "--" ends options.
// Also the option readers the commands share ("-h", the one file, --year).
import { ceYearNote } from '../core/thai/dates';
import { normaliseYear } from '../core/thai/dates';
import { toArabicDigits } from '../core/thai/digits';

export interface OptionSpec {
  /** Long name without dashes, e.g. "target". */
  name: string;
  /** true: takes a value; false: a flag. */
  takesValue: boolean;
}

export interface ParsedArgs {
  options: Record<string, string | true>;
  positionals: string[];
}

/** Thrown with a Thai message for the user. */
export class UsageError extends Error {}

export function parseArgs(argv: string[], specs: OptionSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const m = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    const spec = m ? byName.get(m[1]) : undefined;
    if (!m || !spec) {
      const known = specs.map((s) => `--${s.name}`).join(', ');
      throw new UsageError(`ไม่รู้จักตัวเลือก "${arg}" (unknown option; ตัวเลือกที่ใช้ได้: ${known})`);
    }
    if (!spec.takesValue) {
      if (m[2] !== undefined) throw new UsageError(`ตัวเลือก --${spec.name} ไม่ต้องมีค่า (ได้รับ "${m[2]}")`);
      options[spec.name] = true;
      continue;
    }
    let value = m[2];
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`ตัวเลือก --${spec.name} ต้องมีค่าตามหลัง (missing value)`);
      value = argv[++i];
    }
    options[spec.name] = value;
  }
  return { options, positionals };
}

/** parseArgs with "-h" read as "--help". */
export function parseCommandArgs(argv: string[], specs: OptionSpec[]): ParsedArgs {
  return parseArgs(argv.includes('-h') ? argv.map((a) => (a === '-h' ? '--help' : a)) : argv, specs);
}

/** The one file argument; `missing` is the message when none is given. */
export function oneFile(positionals: string[], missing: string): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? missing
        : `ระบุไฟล์ได้ครั้งละ 1 ไฟล์ (ได้รับ ${positionals.length}: ${positionals.join(', ')})`,
    );
  }
  return positionals[0];
}

/** --year as B.E.; a C.E. year (2024) is converted once here, with its note ("ปี ค.ศ. 2024 ถือเป็น พ.ศ. 2567"). */
export function readYear(raw: string | true | undefined): { year: number; note: string | null } | undefined {
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
