// Fills the results table's "มาตรการ" column from the measures table by id: at most one setValues.
import { MeasureRow } from '../../core/types';
import { readMeasures, resultMeasuresBlock } from '../../core/workbook';
import type { Loaded } from './inputs';
import { writeBlock } from './tables';

/**
 * `loaded` must have read the results table (and the measures table unless `measures` is given). Returns
 * the number of rows written (0 when the column was already right or a table is absent).
 */
export function fillResultMeasures(loaded: Loaded, measures?: Pick<MeasureRow, 'id' | 'measure'>[]): number {
  const results = loaded.snaps.results;
  const sheet = loaded.sheets.results;
  if (!results || !sheet) return 0;
  const list = measures ?? (loaded.snaps.measures ? readMeasures(loaded.snaps.measures).rows : null);
  if (!list) return 0;
  const block = resultMeasuresBlock(results.values, list);
  if (!block) return 0;
  writeBlock(sheet, block);
  return block.values.length;
}
