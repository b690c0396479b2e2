// The columns the measures plan and the results report share: the measure (numbered), its method, who
// is responsible and when. When every measure runs over the same period (usually the plan's fiscal
// year), that period is said once, in the sentence above the table, and the table has no period
// column: a column repeating one value in every row costs each row two to four lines for nothing.

import type { MeasureRow } from '../types';
import { numbered, type Fmt } from './text';

/** The index of the period column in both tables (after measure, method, responsible). */
export const PERIOD_COLUMN = 3;

/** A measure's period as printed in its row; a measure without one runs over the plan's fiscal year. */
function periodCell(f: Fmt, m: MeasureRow, fiscalYear: number): string {
  return m.period.trim() ? f.t(m.period.trim()) : f.period(fiscalYear, 'short');
}

/**
 * The one period every measure runs over, as its cells would print it ("๑ ต.ค.๖๗ – ๓๐ ก.ย.๖๘" for
 * the fiscal year, as seed 002 prints it, else as typed), for the sentence above the table; null when
 * the periods differ or there is no measure: then the table has its period column.
 */
export function sharedPeriod(f: Fmt, measures: MeasureRow[], fiscalYear: number): string | null {
  const periods = new Set(measures.map((m) => periodCell(f, m, fiscalYear)));
  return periods.size === 1 ? [...periods][0] : null;
}

/** The header without the period column when the period is shared. */
export function headerFor(header: string[], shared: string | null): string[] {
  return shared === null ? header : header.filter((_, c) => c !== PERIOD_COLUMN);
}

/** Measure, method, responsible and (unless shared) period: the first cells of a row of either table. */
export function measureCells(f: Fmt, i: number, m: MeasureRow, fiscalYear: number, shared: string | null): string[] {
  const cells = [numbered(f, i + 1, m.measure), f.t(m.method), f.t(m.responsible)];
  return shared === null ? [...cells, periodCell(f, m, fiscalYear)] : cells;
}
