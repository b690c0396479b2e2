// The columns the measures plan and the results report share: the measure (numbered), its method and
// who is responsible. The period is not a column: the period most measures run over (usually the
// plan's fiscal year) is said once, in the sentence above the table, and a measure with another period
// says its own after its name. A column repeating one value in every row costs each row two to four
// lines for nothing; and a column that came and went with the data would change the table's shape,
// so that regenerating after one period edit rebuilt the whole table and detached every comment in it.

import type { MeasureRow } from '../types';
import { numbered, type Fmt } from './text';

/** The index of the period column in the published headers (after measure, method, responsible). */
const PERIOD_COLUMN = 3;

/** The period most measures run over, and whether any measure has another one. */
export interface Periods {
  base: string;
  differs: boolean;
}

/** A measure's period as printed; a measure without one runs over the plan's fiscal year. */
function periodText(f: Fmt, m: MeasureRow, fiscalYear: number): string {
  return m.period.trim() ? f.t(m.period.trim()) : f.period(fiscalYear, 'short');
}

/**
 * The period most measures run over ("๑ ต.ค.๖๗ – ๓๐ ก.ย.๖๘" for the fiscal year, as seed 002 prints it,
 * else as typed; on a tie the fiscal year, then the first measure's), for the sentence above the table;
 * null when there is no measure.
 */
export function periodsOf(f: Fmt, measures: MeasureRow[], fiscalYear: number): Periods | null {
  if (!measures.length) return null;
  const counts = new Map<string, number>();
  for (const m of measures) {
    const p = periodText(f, m, fiscalYear);
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const most = Math.max(...counts.values());
  const fy = f.period(fiscalYear, 'short');
  const base = counts.get(fy) === most ? fy : [...counts].find(([, n]) => n === most)![0];
  return { base, differs: counts.size > 1 };
}

/** The sentence's words for the period: "ระยะเวลาดำเนินการ …", with the exception when some differ. */
export function periodWords(periods: Periods): string {
  return `ระยะเวลาดำเนินการ ${periods.base}${periods.differs ? ' เว้นแต่มาตรการที่ระบุระยะเวลาไว้' : ''}`;
}

/** " (ระยะเวลา …)" after a measure whose period is not the base one; "" otherwise. */
function ownPeriod(f: Fmt, m: MeasureRow, fiscalYear: number, periods: Periods | null): string {
  const p = periodText(f, m, fiscalYear);
  return periods && p !== periods.base ? ` (ระยะเวลา ${p})` : '';
}

/** A published header without its period column. */
export function withoutPeriod(header: readonly string[]): string[] {
  return header.filter((_, c) => c !== PERIOD_COLUMN);
}

/**
 * Measure, method, responsible: the first cells of a row of either table. The measure cell is its
 * number and name, then `after` (the plan: the questions it answers), then its own period when that is
 * not the base one.
 */
export function measureCells(
  f: Fmt,
  i: number,
  m: MeasureRow,
  fiscalYear: number,
  periods: Periods | null,
  after = '',
): string[] {
  const measure = `${numbered(f, i + 1, m.measure)}${after}${ownPeriod(f, m, fiscalYear, periods)}`;
  return [measure, f.t(m.method), f.t(m.responsible)];
}
