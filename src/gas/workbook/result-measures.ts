// The results table follows the measures table: a row for every measure (appended, one setValues, with
// the status dropdown set once over the whole data block) and the "มาตรการ" column filled by id (at most
// one setValues). Cells the officer typed are never written.
import { MeasureRow } from '../../core/types';
import {
  FIRST_DATA_ROW,
  STATUS_LABELS,
  colIndex,
  readMeasures,
  resultMeasuresBlock,
  resultRowsAppendBlock,
} from '../../core/workbook';
import type { Loaded } from './inputs';
import { writeBlock } from './tables';

/**
 * `loaded` must have read the results table (and the measures table unless `measures` is given). Returns
 * the number of rows written (names refreshed plus rows added; 0 when all was right or a table is absent).
 */
export function fillResultMeasures(loaded: Loaded, measures?: Pick<MeasureRow, 'id' | 'measure'>[]): number {
  const results = loaded.snaps.results;
  const sheet = loaded.sheets.results;
  if (!results || !sheet) return 0;
  const list = measures ?? (loaded.snaps.measures ? readMeasures(loaded.snaps.measures).rows : null);
  if (!list) return 0;
  let written = 0;
  const block = resultMeasuresBlock(results.values, list);
  if (block) {
    writeBlock(sheet, block);
    written += block.values.length;
  }
  const added = resultRowsAppendBlock(results.values, list);
  if (added) {
    writeBlock(sheet, added);
    written += added.values.length;
    // The status dropdown over every data row down to the last added, in one call (rows the sheet grew by
    // may not carry the rule set at setup).
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(Object.values(STATUS_LABELS), true)
      .setAllowInvalid(false)
      .build();
    const last = added.row + added.values.length - 1;
    sheet
      .getRange(FIRST_DATA_ROW, colIndex('results', 'status') + 1, last - FIRST_DATA_ROW + 1, 1)
      .setDataValidation(rule);
  }
  return written;
}
