// Which body-cell paragraphs the Google Docs renderer aligns, and where they fall in a new doc's
// Body.getParagraphs(): pure planning from the model (src/gas/documents/render.ts makes the calls).
// DocumentApp has no column style, so every aligned cell costs a call: only the columns the layout
// centres or right-aligns are aligned (layout.ts: columnAlign), and not in the tables of
// UNALIGNED_TABLE_KEY.
import { bodySpans, columnAlign, headerSpans } from './layout';
import type { DocElement, TableElement } from './snapshot';

/**
 * Tables whose body cells are not aligned at all: the analysis report's theme tables (one per theme,
 * every weak question a row, ordinal/instrument/score centred in the model). Aligning them costs one
 * call per cell and alone took the new report past ten times fewer calls than the naive way; their
 * cells stay left (the header row is still styled). The key is the one analysis-report.ts gives them.
 */
export const UNALIGNED_TABLE_KEY = /^theme\.\d+\.table$/;

/**
 * The alignment applied to the body cells of column `c`: only center and right (short numeric or
 * status columns: scores, targets, gaps, pass, numbers); left and justify columns, and the tables of
 * UNALIGNED_TABLE_KEY, are left as written.
 */
export function bodyAlign(block: TableElement['block'], c: number): 'center' | 'right' | null {
  if (UNALIGNED_TABLE_KEY.test(block.key)) return null;
  const a = columnAlign(block, c);
  return a === 'center' || a === 'right' ? a : null;
}

/** Calls to align the body cells of a row (see alignRow). */
export function alignedCells(el: TableElement, body: number): number[] {
  const spans = bodySpans(el.block, body);
  const cells = el.rows[body].cells;
  return spans.flatMap((x, c) => (bodyAlign(el.block, c) && x === 1 && cells[c] !== '' ? [c] : []));
}

const LINE_BREAK = /\r\n|\r|\n/;

/** One aligned paragraph of a new doc: its position in Body.getParagraphs() and its expected text. */
export interface AlignAt {
  at: number;
  text: string;
  align: 'center' | 'right';
}

/**
 * Where every aligned body-cell paragraph of a new doc falls in Body.getParagraphs(), from the model
 * alone: a paragraph element is one paragraph; a table is its live cells row by row (merged cells
 * count once, with the head's text), each cell one paragraph, or one per line when `split` (whether a
 * line break in appendTable's text starts a new paragraph is not documented: both layouts are
 * computed and the one whose total matches the doc is used). The empty paragraph left after a final
 * table counts one. Returns the total and, per table with aligned cells, its first and last cell
 * paragraphs (to check) and the paragraphs to align.
 */
export function alignLayout(
  elements: DocElement[],
  split: boolean,
): { total: number; tables: { first: AlignAt; last: AlignAt; cells: AlignAt[] }[] } {
  const lines = (text: string): string[] => (split ? text.split(LINE_BREAK) : [text]);
  let at = 0;
  const tables: { first: AlignAt; last: AlignAt; cells: AlignAt[] }[] = [];
  for (const el of elements) {
    if (el.t === 'p') {
      at++;
      continue;
    }
    const start = at;
    let firstText: string | null = null;
    let lastText = '';
    const cells: AlignAt[] = [];
    const visit = (text: string, align: 'center' | 'right' | null): void => {
      for (const line of lines(text)) {
        if (firstText === null) firstText = line;
        lastText = line;
        if (align) cells.push({ at, text: line, align });
        at++;
      }
    };
    el.headerRows.forEach((row, r) => headerSpans(el.block, r).forEach((x, c) => x > 0 && visit(row[c], null)));
    el.rows.forEach((row, i) => {
      const aligned = new Set(alignedCells(el, i));
      bodySpans(el.block, i).forEach(
        (x, c) => x > 0 && visit(row.cells[c], aligned.has(c) ? bodyAlign(el.block, c) : null),
      );
    });
    if (cells.length && firstText !== null)
      tables.push({
        first: { at: start, text: firstText, align: 'center' },
        last: { at: at - 1, text: lastText, align: 'center' },
        cells,
      });
  }
  if (elements.length && elements[elements.length - 1].t === 'table') at++;
  return { total: at, tables };
}
