// Planner: where parsed scores go in the workbook, what is new, what differs from what is there.
// Policy: an empty cell or a cell holding the same number is filled; a cell holding a DIFFERENT value is a
// conflict, listed in the preview and left alone unless the officer confirms with "overwrite".
import { Catalogue, ScoreSet, YearScores } from '../types';
import { catalogueForYear, findQuestion, normalizeCode } from '../catalogue';
import { cellText, isBlank, readInteger } from './cells';
import { FIRST_DATA_ROW, HEADER_ROW, LAYOUTS, OVERALL_CODE, colIndex } from './layouts';
import { CellBlock } from './setup';
import { TableSnapshot } from './readers';

export interface PlannedValue {
  sheet: string;
  /** 1-based. */
  row: number;
  col: number;
  /** What it is, in Thai: "ปี 2567 ตัวชี้วัดที่ 1", "ปี 2567 ข้อ e4 ส่วนที่ 2". */
  label: string;
  value: number;
  /** What the cell holds now ("" when empty). */
  old: string | number;
  kind: 'new' | 'same' | 'conflict';
}

export interface ImportPlan {
  values: PlannedValue[];
  /** Blocks to write (with overwrite applied or not); at most one per table plus appended rows/columns. */
  blocks: CellBlock[];
}

const EPS = 1e-9;

function yearLabel(code: string, cat: Catalogue): string {
  if (code === OVERALL_CODE) return 'คะแนนรวม';
  if (code === 'IIT' || code === 'EIT' || code === 'OIT') return `แบบวัด ${code}`;
  const ind = cat.indicators.find((i) => i.number === Number(code));
  return `ตัวชี้วัดที่ ${code}${ind ? ` ${ind.name}` : ''}`;
}

function cellOld(v: unknown): string | number {
  if (typeof v === 'number') return v;
  return cellText(v);
}

function kindOf(old: unknown, value: number): PlannedValue['kind'] {
  if (isBlank(old)) return 'new';
  const n = typeof old === 'number' ? old : Number(cellText(old));
  return Number.isFinite(n) && Math.abs(n - value) < EPS ? 'same' : 'conflict';
}

/** A grid copy of rows [r0, r1] × cols [c0, c1] (1-based, inclusive), blanks where the sheet has none. */
function cut(values: unknown[][], r0: number, r1: number, c0: number, c1: number): (string | number | boolean)[][] {
  const out: (string | number | boolean)[][] = [];
  for (let r = r0; r <= r1; r++) {
    const row: (string | number | boolean)[] = [];
    for (let c = c0; c <= c1; c++) {
      const v = (values[r - 1] ?? [])[c - 1];
      row.push(v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : (v as string | number | boolean));
    }
    out.push(row);
  }
  return out;
}

function yearEntries(y: YearScores): [string, number][] {
  const out: [string, number][] = [];
  for (const [n, v] of Object.entries(y.indicators)) if (typeof v === 'number') out.push([String(n), v]);
  for (const [id, v] of Object.entries(y.instruments)) if (typeof v === 'number') out.push([id, v]);
  if (y.overall !== null) out.push([OVERALL_CODE, y.overall]);
  return out;
}

/**
 * Plan the import of `scores` into the scores-by-year and question tables (as read, header first).
 * Missing year columns and question rows are appended. `overwrite` decides conflicts.
 */
export function importPlan(scores: ScoreSet, byYear: TableSnapshot, questions: TableSnapshot, overwrite: boolean): ImportPlan {
  const planned: PlannedValue[] = [];
  const blocks: CellBlock[] = [];
  const years = [scores.current, ...scores.history];

  // ---- scores by year ----
  const head = byYear.values[HEADER_ROW - 1] ?? [];
  const fixed = LAYOUTS.scoresByYear.columns.length;
  const colOf = new Map<number, number>();
  let lastCol = fixed;
  for (let i = fixed; i < head.length; i++) {
    if (isBlank(head[i])) continue;
    lastCol = i + 1;
    const y = readInteger(head[i]);
    if (y.ok && y.value !== null && !colOf.has(y.value)) colOf.set(y.value, i + 1);
  }
  const rowOf = new Map<string, number>();
  for (let i = FIRST_DATA_ROW - 1; i < byYear.values.length; i++) {
    const code = cellText((byYear.values[i] ?? [])[0]).toUpperCase();
    if (code && !rowOf.has(code)) rowOf.set(code, i + 1);
  }
  const grid = byYear.values.map((r) => [...(r ?? [])]);
  const newCols: number[] = [];
  for (const y of years) {
    const entries = yearEntries(y);
    if (!entries.length) continue;
    let col = colOf.get(y.year);
    if (col === undefined) {
      col = ++lastCol;
      colOf.set(y.year, col);
      newCols.push(col);
      (grid[HEADER_ROW - 1] ??= [])[col - 1] = y.year;
    }
    const cat = safeCatalogue(y.year);
    for (const [code, value] of entries) {
      const row = rowOf.get(code.toUpperCase());
      if (row === undefined) continue; // setup creates every row; a deleted row is reported by the caller
      const old = (grid[row - 1] ?? [])[col - 1];
      const kind = kindOf(old, value);
      planned.push({ sheet: byYear.sheet, row, col, label: `ปี ${y.year} ${yearLabel(code, cat)}`, value, old: cellOld(old), kind });
      if (kind === 'new' || (kind === 'conflict' && overwrite)) (grid[row - 1] ??= [])[col - 1] = value;
    }
  }
  const touchedCols = planned.filter((p) => p.sheet === byYear.sheet).map((p) => p.col).concat(newCols);
  if (touchedCols.length) {
    const c0 = Math.min(...touchedCols);
    const c1 = Math.max(...touchedCols);
    const r1 = Math.max(HEADER_ROW, ...planned.filter((p) => p.sheet === byYear.sheet).map((p) => p.row));
    blocks.push({ table: 'scoresByYear', row: HEADER_ROW, col: c0, values: cut(grid, HEADER_ROW, r1, c0, c1) });
  }

  // ---- question scores ----
  const iYear = colIndex('questionScores', 'year');
  const iCode = colIndex('questionScores', 'code');
  const iS1 = colIndex('questionScores', 'score1');
  const iS2 = colIndex('questionScores', 'score2');
  const qRow = new Map<string, number>();
  let lastRow = HEADER_ROW;
  for (let i = FIRST_DATA_ROW - 1; i < questions.values.length; i++) {
    const r = questions.values[i] ?? [];
    if (r.every(isBlank)) continue;
    lastRow = i + 1;
    const key = `${cellText(r[iYear])}:${normalizeCode(cellText(r[iCode]))}`;
    if (!qRow.has(key)) qRow.set(key, i + 1);
  }
  const qGrid = questions.values.map((r) => [...(r ?? [])]);
  const appended: (string | number)[][] = [];
  const touchedRows: number[] = [];
  for (const y of years) {
    const cat = safeCatalogue(y.year);
    for (const qs of y.questions) {
      const def = findQuestion(cat, qs.code);
      const code = def?.code ?? normalizeCode(qs.code);
      let row = qRow.get(`${y.year}:${code}`);
      if (row === undefined) {
        row = lastRow + 1 + appended.length;
        const line: (string | number)[] = LAYOUTS.questionScores.columns.map(() => '');
        line[iYear] = y.year;
        line[iCode] = code;
        line[colIndex('questionScores', 'instrument')] = def?.instrument ?? '';
        line[colIndex('questionScores', 'indicator')] = def?.indicator ?? '';
        line[colIndex('questionScores', 'text')] = def?.text ?? '';
        appended.push(line);
        qRow.set(`${y.year}:${code}`, row);
        qGrid[row - 1] = line;
      }
      const parts = def?.parts ?? 1;
      for (let p = 0; p < parts; p++) {
        const value = qs.scores[p];
        if (typeof value !== 'number') continue;
        const col = (p === 0 ? iS1 : iS2) + 1;
        const old = (qGrid[row - 1] ?? [])[col - 1];
        const kind = kindOf(old, value);
        const label = `ปี ${y.year} ข้อ ${code}${parts === 2 ? ` ส่วนที่ ${p + 1}` : ''}`;
        planned.push({ sheet: questions.sheet, row, col, label, value, old: cellOld(old), kind });
        if (kind === 'new' || (kind === 'conflict' && overwrite)) (qGrid[row - 1] ??= [])[col - 1] = value;
        touchedRows.push(row);
      }
    }
  }
  const existingTouched = touchedRows.filter((r) => r <= lastRow);
  if (existingTouched.length) {
    const r0 = Math.min(...existingTouched);
    const r1 = Math.max(...existingTouched);
    blocks.push({ table: 'questionScores', row: r0, col: iS1 + 1, values: cut(qGrid, r0, r1, iS1 + 1, iS2 + 1) });
  }
  if (appended.length) {
    blocks.push({ table: 'questionScores', row: lastRow + 1, col: 1, values: cut(qGrid, lastRow + 1, lastRow + appended.length, 1, LAYOUTS.questionScores.columns.length) });
  }
  return { values: planned, blocks };
}

function safeCatalogue(year: number): Catalogue {
  return catalogueForYear(year).catalogue;
}
