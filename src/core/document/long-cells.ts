// Cells too long to read comfortably in a document: found in the model, placed in the officer's words
// (see where.ts). Both renderers (Google Docs and .docx) warn through this one rule.
import { MSG } from './messages';
import type { DocModel } from './model';
import type { Places } from './where';

/** Above this many characters in one cell the officer is warned (it still is written). */
export const LONG_CELL_LIMIT = 5000;

/** Where each long body cell is: table key, row key, column, length. */
export function longCells(
  model: DocModel,
  limit = LONG_CELL_LIMIT,
): { key: string; rowKey: string; col: number; length: number }[] {
  const out: { key: string; rowKey: string; col: number; length: number }[] = [];
  for (const b of model.blocks) {
    if (b.type !== 'table') continue;
    for (const r of b.rows)
      r.cells.forEach((c, col) => c.length > limit && out.push({ key: b.key, rowKey: r.key, col, length: c.length }));
  }
  return out;
}

/** The Thai warning of every long cell, placed by `places` (column header, measure and sheet row, section). */
export function longCellWarnings(model: DocModel, places: Places, limit = LONG_CELL_LIMIT): string[] {
  return longCells(model, limit).map((c) => MSG.longCell(places.cell(c.key, c.rowKey, c.col), c.length, limit));
}
