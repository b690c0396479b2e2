// Planner: where parsed scores go in the workbook, what is new, what differs from what is there.
// Policy: an empty cell or a cell holding the same number is filled; a cell holding a DIFFERENT value is a
// conflict, listed in the preview and left alone unless the officer confirms with "overwrite".
import { Catalogue, ScoreSet, YearScores } from '../types';
import { catalogueForYear, findQuestion, normalizeCode } from '../catalogue';
import { workbookQuestionText } from '../catalogue/framework-2561';
import { cellText, isBlank, readInteger, safeGrid, safeValue } from './cells';
import { FIRST_DATA_ROW, HEADER_ROW, LAYOUTS, OVERALL_CODE, colIndex } from './layouts';
import { CellBlock } from './setup';
import { toArabicDigits } from '../thai/digits';
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
  /** Blocks to write: only the cells planned (see writeRuns), plus appended question rows. */
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

/** One cell to write (1-based). */
export interface CellWrite {
  row: number;
  col: number;
  value: string | number | boolean;
}

/**
 * Cells to write as few rectangular blocks as possible WITHOUT touching any other cell: per column, runs
 * of contiguous rows; then neighbouring columns with the same run of rows are joined. The number of
 * blocks depends on the cells written, never on the untouched rows around them. Every value formula-safe.
 */
export function writeRuns(table: CellBlock['table'], cells: CellWrite[]): CellBlock[] {
  const byCol = new Map<number, Map<number, CellWrite['value']>>();
  for (const c of cells) {
    const col = byCol.get(c.col) ?? new Map<number, CellWrite['value']>();
    col.set(c.row, c.value);
    byCol.set(c.col, col);
  }
  // Runs per column: [firstRow, lastRow, values top to bottom].
  const runs: { col: number; r0: number; r1: number; values: CellWrite['value'][] }[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = byCol.get(col)!;
    let run: (typeof runs)[number] | null = null;
    for (const r of [...rows.keys()].sort((a, b) => a - b)) {
      if (run && r === run.r1 + 1) {
        run.r1 = r;
        run.values.push(rows.get(r)!);
      } else {
        run = { col, r0: r, r1: r, values: [rows.get(r)!] };
        runs.push(run);
      }
    }
  }
  const blocks: CellBlock[] = [];
  const open = new Map<string, { block: CellBlock; lastCol: number }>();
  for (const run of runs) {
    const key = `${run.r0}:${run.r1}`;
    const o = open.get(key);
    if (o && o.lastCol === run.col - 1) {
      run.values.forEach((v, i) => o.block.values[i].push(safeValue(v)));
      o.lastCol = run.col;
      continue;
    }
    const block: CellBlock = { table, row: run.r0, col: run.col, values: run.values.map((v) => [safeValue(v)]) };
    blocks.push(block);
    open.set(key, { block, lastCol: run.col });
  }
  return blocks;
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
export function importPlan(
  scores: ScoreSet,
  byYear: TableSnapshot,
  questions: TableSnapshot,
  overwrite: boolean,
): ImportPlan {
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
  const yearWrites: CellWrite[] = [];
  for (const y of years) {
    const entries = yearEntries(y);
    if (!entries.length) continue;
    let col = colOf.get(y.year);
    if (col === undefined) {
      col = ++lastCol;
      colOf.set(y.year, col);
      yearWrites.push({ row: HEADER_ROW, col, value: y.year });
    }
    const cat = safeCatalogue(y.year);
    for (const [code, value] of entries) {
      const row = rowOf.get(code.toUpperCase());
      if (row === undefined) continue; // setup creates every row; a deleted row is reported by the caller
      const old = (grid[row - 1] ?? [])[col - 1];
      const kind = kindOf(old, value);
      planned.push({
        sheet: byYear.sheet,
        row,
        col,
        label: `ปี ${y.year} ${yearLabel(code, cat)}`,
        value,
        old: cellOld(old),
        kind,
      });
      if (kind === 'new' || (kind === 'conflict' && overwrite)) yearWrites.push({ row, col, value });
    }
  }
  blocks.push(...writeRuns('scoresByYear', yearWrites));

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
  const questionWrites: CellWrite[] = [];
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
        line[colIndex('questionScores', 'text')] = def ? workbookQuestionText(def.text) : '';
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
        if (kind === 'new' || (kind === 'conflict' && overwrite)) {
          (qGrid[row - 1] ??= [])[col - 1] = value;
          if (row <= lastRow) questionWrites.push({ row, col, value });
        }
      }
    }
  }
  blocks.push(...writeRuns('questionScores', questionWrites));
  if (appended.length) {
    // New rows below the last used row: whole lines (their cells are all empty before).
    const lines = appended.map((_, i) => LAYOUTS.questionScores.columns.map((__, c) => qGrid[lastRow + i][c] ?? ''));
    blocks.push({ table: 'questionScores', row: lastRow + 1, col: 1, values: safeGrid(lines) });
  }
  return { values: planned, blocks };
}

const YEAR_MENTION = /(?:ปีงบประมาณ|ปีการประเมิน|ปี|พ\.\s*ศ\.|ITA)\s*(?:พ\.\s*ศ\.?\s*)?(\d{4})(?!\s*[-–]\s*\d)/gi;

/**
 * Years the pasted text names ("ปี 2400", "ITA 2800") that the intake cannot read as a year: the values
 * would otherwise silently go to another year. `readYear` is the intake's reading of a year cell.
 */
export function unreadableYears(
  text: string,
  readYear: (cell: string) => number | null,
): { line: number; year: number; message: string }[] {
  const out: { line: number; year: number; message: string }[] = [];
  toArabicDigits(text)
    .split(/\r?\n/)
    .forEach((line, i) => {
      for (const m of line.matchAll(YEAR_MENTION)) {
        const y = Number(m[1]);
        if (readYear(`ปี ${y}`) !== null) continue;
        out.push({
          line: i + 1,
          year: y,
          message: `บรรทัดที่ ${i + 1}: "${m[0].trim()}" ไม่ใช่ปีการประเมินที่อ่านได้ ต้องเป็นปี พ.ศ. เช่น 2567 แก้ปีในข้อความแล้วกด "ตรวจสอบ" อีกครั้ง`,
        });
      }
    });
  return out;
}

function safeCatalogue(year: number): Catalogue {
  return catalogueForYear(year).catalogue;
}
