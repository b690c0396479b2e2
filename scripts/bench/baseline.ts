// The committed baseline of service calls (test/bench/baseline.json): test/bench/bench.test.ts fails when
// any action uses more calls than recorded there. Refresh it only on purpose, with REFRESH_COMMAND, and
// say in the commit why the count went up.
import { join } from 'node:path';
import type { BenchRow, OurRow } from './measure';

export const BASELINE_FILE = join(__dirname, '..', '..', 'test', 'bench', 'baseline.json');
/** The sizes the baseline holds (and the test measures): measure rows × years of history. */
export const BASELINE_SIZES = { rows: [10, 100], years: [1, 10] } as const;
export const REFRESH_COMMAND = 'npm run bench -- --json --write-baseline';

export type BaselineRow = Pick<BenchRow, 'action' | 'rows' | 'years' | 'calls' | 'naiveCalls'>;

const key = (r: Pick<BenchRow, 'action' | 'rows' | 'years'>) => `${r.action} @ ${r.rows} rows, ${r.years} years`;

/** What the baseline file holds for these measured rows. */
export function baselineOf(rows: BenchRow[]): BaselineRow[] {
  return rows.map(({ action, rows: n, years, calls, naiveCalls }) => ({ action, rows: n, years, calls, naiveCalls }));
}

/**
 * Every way `measured` is worse than `baseline`: an action above its baseline calls, an action or size
 * measured but not in the baseline, or one in the baseline no longer measured. Empty when all is well.
 */
export function regressions(measured: OurRow[], baseline: BaselineRow[]): string[] {
  const base = new Map(baseline.map((b) => [key(b), b]));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of measured) {
    const k = key(m);
    seen.add(k);
    const b = base.get(k);
    if (!b) out.push(`${k}: not in the baseline (${m.calls} calls)`);
    else if (m.calls > b.calls) out.push(`${k}: ${b.calls} → ${m.calls} calls (+${m.calls - b.calls})`);
  }
  for (const b of baseline) if (!seen.has(key(b))) out.push(`${key(b)}: in the baseline but no longer measured`);
  return out;
}

export function regressionMessage(found: string[]): string {
  return [
    `Service calls went above the committed baseline (test/bench/baseline.json):`,
    ...found.map((f) => `  - ${f}`),
    `If the change is deliberate, refresh the baseline with \`${REFRESH_COMMAND}\`, commit`,
    `test/bench/baseline.json with the change and say in the commit message why the calls went up.`,
  ].join('\n');
}
