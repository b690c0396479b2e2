// npm run bench [-- --json] [-- --rows 10,100,1000] [-- --years 1,10] [-- --agencies 10000]
// npm run bench -- --markdown: the same run as the Markdown table of BENCHMARKS.md.
// npm run bench -- --json --write-baseline: measures the baseline sizes (10 and 100 rows, 1 and 10 years)
// and writes test/bench/baseline.json, which test/bench/bench.test.ts holds every action's calls to.
// Service calls of every action, the add-on's batched way against a naive one-call-per-cell way, both
// measured on the same Apps Script fakes; and the time of the core's analysis of synthetic agencies.
import { benchCore, type CoreBenchResult } from './bench-core';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BASELINE_FILE, BASELINE_SIZES, baselineOf } from './bench/baseline';
import { measure, type BenchRow } from './bench/measure';
import { benchIntake, intakeLine } from './bench/intake';

export interface BenchOptions {
  rows: number[];
  years: number[];
  agencies: number;
}

export const DEFAULT_OPTIONS: BenchOptions = { rows: [10, 100, 1000], years: [1, 10], agencies: 10000 };

export function runBench(opts: BenchOptions = DEFAULT_OPTIONS): { rows: BenchRow[]; core: CoreBenchResult | null } {
  const rows: BenchRow[] = [];
  for (const years of opts.years) for (const n of opts.rows) rows.push(...measure(n, years));
  return { rows, core: opts.agencies > 0 ? benchCore(opts.agencies) : null };
}

/** Bad command-line input: a Thai message naming the option and the value, exit code 2. */
export class BenchInputError extends Error {}

const USAGE = 'ตัวเลือกที่ใช้ได้: --json, --rows 10,100,1000, --years 1,10, --agencies 10000, --markdown, --write-baseline';

/** A comma-separated list of whole numbers, each at least `min`, after option `flag`. */
function list(flag: string, v: string | undefined, min: number, example: string): number[] {
  if (v === undefined || v === '' || v.startsWith('--')) {
    throw new BenchInputError(`ตัวเลือก ${flag} ต้องตามด้วยจำนวนเต็มคั่นด้วยจุลภาค เช่น ${flag} ${example}`);
  }
  return v.split(',').map((part, i) => {
    const t = part.trim();
    if (!/^\d+$/.test(t) || Number(t) < min) {
      throw new BenchInputError(
        `ตัวเลือก ${flag} ค่าที่ ${i + 1} ("${part}") ไม่ถูกต้อง: ต้องเป็นจำนวนเต็มตั้งแต่ ${min} ขึ้นไป เช่น ${flag} ${example}`,
      );
    }
    return Number(t);
  });
}

export type BenchArgs = BenchOptions & { json: boolean; markdown: boolean; writeBaseline: boolean };

export function parseArgs(argv: string[]): BenchArgs {
  const opts: BenchArgs = { ...DEFAULT_OPTIONS, json: false, markdown: false, writeBaseline: false };
  let sized = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--json') opts.json = true;
    else if (a === '--markdown') opts.markdown = true;
    else if (a === '--write-baseline') opts.writeBaseline = true;
    else if (a === '--rows') {
      opts.rows = list(a, value(), 1, '10,100');
      sized = true;
    } else if (a === '--years') {
      opts.years = list(a, value(), 1, '1,10');
      sized = true;
    } else if (a === '--agencies') {
      const v = list(a, value(), 0, '10000 (0 = ไม่จับเวลาการวิเคราะห์)');
      if (v.length !== 1)
        throw new BenchInputError(`ตัวเลือก --agencies รับค่าเดียว เช่น --agencies 10000 (ได้ ${v.length} ค่า)`);
      opts.agencies = v[0];
    } else throw new BenchInputError(`ไม่รู้จักตัวเลือก "${a}" (${USAGE})`);
  }
  if (opts.writeBaseline) {
    if (sized) {
      throw new BenchInputError(
        `ตัวเลือก --write-baseline วัดที่ ${BASELINE_SIZES.rows.join(',')} แถว และ ${BASELINE_SIZES.years.join(',')} ปีเสมอ จึงใช้ร่วมกับ --rows หรือ --years ไม่ได้`,
      );
    }
    opts.rows = [...BASELINE_SIZES.rows];
    opts.years = [...BASELINE_SIZES.years];
  }
  return opts;
}

/** The core timing as the last element of the --json list (its `action` tells it apart: no call counts). */
export interface CoreJson {
  action: 'core-analysis';
  agencies: number;
  ms: number;
  perAgencyMs: number;
  weakQuestions: number;
}

/**
 * What `--json` prints: the list the issue asks for, one element per action and size, and, when the core
 * was timed, one final element { action: "core-analysis", agencies, ms, perAgencyMs, weakQuestions }.
 */
export function jsonList(out: { rows: BenchRow[]; core: CoreBenchResult | null }): (BenchRow | CoreJson)[] {
  return out.core ? [...out.rows, { action: 'core-analysis', ...out.core }] : [...out.rows];
}

export function table(rows: BenchRow[]): string {
  const head = ['เมนู', 'action', 'rows', 'years', 'calls', 'naiveCalls', 'naive ÷ calls'];
  const lines = rows.map((r) => [
    r.label,
    r.action,
    String(r.rows),
    String(r.years),
    String(r.calls),
    String(r.naiveCalls),
    `${(r.naiveCalls / r.calls).toFixed(1)}×`,
  ]);
  // Thai marks above and below the line take no column of their own.
  const width = (s: string) => s.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
  const widths = head.map((h, i) => Math.max(width(h), ...lines.map((l) => width(l[i]))));
  const pad = (c: string, i: number) => {
    const fill = ' '.repeat(Math.max(widths[i] - width(c), 0));
    return i < 2 ? c + fill : fill + c;
  };
  const fmt = (l: string[]) => l.map(pad).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
}

/** The Markdown table of BENCHMARKS.md (same columns as the printed table). */
export function markdownTable(rows: BenchRow[]): string {
  return [
    '| เมนู | action | rows | years | calls | naiveCalls | naive ÷ calls |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.action} | ${r.rows} | ${r.years} | ${r.calls} | ${r.naiveCalls} | ${(r.naiveCalls / r.calls).toFixed(1)}× |`,
    ),
  ].join('\n');
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const CONSOLE: CliIo = { out: (t) => console.log(t), err: (t) => console.error(t) };

/** The command line: 0 done, 2 bad input (Thai message, no stack trace), 1 the run itself failed. */
export function benchMain(argv: string[], io: CliIo = CONSOLE): number {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof BenchInputError)) throw e;
    io.err(e.message);
    return 2;
  }
  try {
    const out = runBench(opts);
    if (opts.writeBaseline) {
      writeFileSync(BASELINE_FILE, `${JSON.stringify(baselineOf(out.rows), null, 2)}\n`);
      io.err(`บันทึกค่าอ้างอิงจำนวนการเรียกบริการ ${out.rows.length} รายการที่ ${relative(process.cwd(), BASELINE_FILE)} แล้ว`);
    }
    if (opts.json) {
      io.out(JSON.stringify(jsonList(out), null, 2));
    } else if (opts.markdown) {
      io.out(markdownTable(out.rows));
      if (out.core)
        io.out(
          `\ncore: analyze() of ${out.core.agencies} synthetic agencies: ${out.core.ms} ms (${out.core.perAgencyMs} ms each)`,
        );
    } else {
      io.out(table(out.rows));
      if (out.core)
        io.out(
          `\ncore: analyze() of ${out.core.agencies} synthetic agencies: ${out.core.ms} ms (${out.core.perAgencyMs} ms each)`,
        );
    }
    return 0;
  } catch (e) {
    io.err(`การวัดล้มเหลว: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  process.exitCode = benchMain(argv);
  // The intake row (issue 14): pasted text read by the core, the CLI and the import preview, in MB/s and
  // milliseconds (wall clock, so it varies with the machine; BENCHMARKS.md records a run).
  if (process.exitCode === 0 && !argv.includes('--json') && !argv.includes('--write-baseline')) {
    void benchIntake().then((r) => console.log(`\n${intakeLine(r)}`));
  }
}
