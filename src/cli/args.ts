// A small option parser: --name value, --name=value, boolean flags, positional arguments, "--" ends options.

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
