// Planner: the results table's "มาตรการ" column (computed) filled from the measures table by measure id.
// One block for the column, written only when a cell differs; other columns are never touched.
import { cellText, safeGrid } from './cells';
import { FIRST_DATA_ROW, colIndex } from './layouts';
import { MeasureRowRead, dataRows } from './readers';
import type { CellBlock } from './setup';

/** What the column shows for a result row whose id is not in the measures table. */
export const UNKNOWN_MEASURE_ID = (id: string) => `(ไม่พบมาตรการรหัส ${id} ในชีตมาตรการ)`;

/**
 * `results`: the results table as read (header first). Returns the block to write (rows from the first data
 * row to the last used row) or null when every cell already shows the right text.
 */
export function resultMeasuresBlock(
  results: unknown[][],
  measures: Pick<MeasureRowRead, 'id' | 'measure'>[],
): CellBlock | null {
  const rows = dataRows(results);
  if (!rows.length) return null;
  const byId = new Map<string, string>();
  for (const m of measures) if (m.id && !byId.has(m.id.toUpperCase())) byId.set(m.id.toUpperCase(), m.measure);
  const iId = colIndex('results', 'measureId');
  const iName = colIndex('results', 'measure');
  const last = rows[rows.length - 1].row;
  const values: string[][] = [];
  let differs = false;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const cells = results[r - 1] ?? [];
    const id = cellText(cells[iId]);
    const name = id === '' ? '' : (byId.get(id.toUpperCase()) ?? UNKNOWN_MEASURE_ID(id));
    if (cellText(cells[iName]) !== name) differs = true;
    values.push([name]);
  }
  return differs ? { table: 'results', row: FIRST_DATA_ROW, col: iName + 1, values: safeGrid(values) } : null;
}

/**
 * Rows to add to the results table: one for every measure whose id has no row yet (compared without case
 * or surrounding spaces), in the measures' order, each id once, holding only the id and the measure's name
 * (status and the rest blank for the officer: a blank status reads as "not reported"). Placed after the
 * last used row of the sheet (`results.length`), so nothing typed is overwritten. Null when none is missing.
 */
export function resultRowsAppendBlock(
  results: unknown[][],
  measures: Pick<MeasureRowRead, 'id' | 'measure'>[],
): CellBlock | null {
  const iId = colIndex('results', 'measureId');
  const iName = colIndex('results', 'measure');
  if (iName !== iId + 1) throw new Error('results: measure id and name must be neighbouring columns');
  const key = (v: unknown) => cellText(v).trim().toUpperCase();
  const seen = new Set(dataRows(results).map(({ cells }) => key(cells[iId])));
  const values: string[][] = [];
  for (const m of measures) {
    const k = key(m.id);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    values.push([m.id.trim(), m.measure]);
  }
  if (!values.length) return null;
  return {
    table: 'results',
    row: Math.max(results.length + 1, FIRST_DATA_ROW),
    col: iId + 1,
    values: safeGrid(values),
  };
}
