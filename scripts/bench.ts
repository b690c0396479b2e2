// npm run bench [-- --json] [-- --rows 10,100,1000] [-- --years 1,10] [-- --agencies 10000]
// Service calls of every action, the add-on's batched way against a naive one-call-per-cell way, both
// measured on the same Apps Script fakes; and the time of the core's analysis of synthetic agencies.
import { benchCore, type CoreBenchResult } from './bench-core';
import { measure, type BenchRow } from './bench/measure';

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

function list(v: string | undefined, fallback: number[]): number[] {
  if (!v) return fallback;
  const out = v.split(',').map(Number);
  if (out.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`ค่า "${v}" ไม่ถูกต้อง ต้องเป็นจำนวนเต็มคั่นด้วยจุลภาค เช่น 10,100`);
  return out;
}

export function parseArgs(argv: string[]): BenchOptions & { json: boolean } {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    json: argv.includes('--json'),
    rows: list(get('--rows'), DEFAULT_OPTIONS.rows),
    years: list(get('--years'), DEFAULT_OPTIONS.years),
    agencies: list(get('--agencies'), [DEFAULT_OPTIONS.agencies])[0],
  };
}

export function table(rows: BenchRow[]): string {
  const head = ['action', 'rows', 'years', 'calls', 'naiveCalls', 'ratio'];
  const lines = rows.map((r) => [r.action, String(r.rows), String(r.years), String(r.calls), String(r.naiveCalls), `${(r.naiveCalls / r.calls).toFixed(1)}×`]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (l: string[]) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
}

if (require.main === module) {
  const opts = parseArgs(process.argv.slice(2));
  const out = runBench(opts);
  if (opts.json) {
    console.log(JSON.stringify(out.rows, null, 2));
    if (out.core) console.error(`core: analyze() ${out.core.agencies} agencies in ${out.core.ms} ms (${out.core.perAgencyMs} ms each)`);
  } else {
    console.log(table(out.rows));
    if (out.core) console.log(`\ncore: analyze() of ${out.core.agencies} synthetic agencies: ${out.core.ms} ms (${out.core.perAgencyMs} ms each)`);
  }
}
