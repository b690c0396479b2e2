// Planner: what template setup adds. Idempotent and non-destructive: only missing sheets, header rows,
// settings rows, score rows, year columns and question rows are added; no non-empty cell is written.
import { Catalogue, InputIssue } from '../types';
import { catalogueForYear, UNCONFIRMED_ITEM } from '../catalogue';
import { workbookQuestionText } from '../catalogue/framework-2561';
import { cellText, isBlank, safeGrid } from './cells';
import {
  DEFAULT_DIVISIONS,
  FIRST_DATA_ROW,
  HEADER_ROW,
  LAYOUTS,
  OVERALL_CODE,
  SCORE_ROW_CODES,
  SETTING_ROWS,
  SettingKey,
  TABLE_ORDER,
  TableId,
  YES,
  headersFor,
} from './layouts';
import { TableSnapshot, checkTable, readSettings } from './readers';
import { hasOitYear, oitItemRows } from './oit-items';

export interface CellBlock {
  table: TableId;
  /** 1-based top-left cell. */
  row: number;
  col: number;
  values: (string | number | boolean)[][];
  /** A computed cell of ours refreshed (not a row added). */
  refresh?: boolean;
}

export interface SetupPlan {
  /** Tables whose sheet must be created (with metadata), in order. */
  create: TableId[];
  writes: CellBlock[];
  /**
   * New year columns of the scores-by-year table that belong before an existing one (ascending years):
   * insert `years.length` columns before column `before` (1-based, as the sheet is now) and write the
   * years in the header. Listed right to left, so applying them in order keeps the positions valid.
   */
  insertYearColumns: { before: number; years: number[] }[];
  /** Tables left alone because their header row holds something else. */
  issues: InputIssue[];
  year: number;
  catalogueWarning: string | null;
}

function lastUsedRow(values: unknown[][]): number {
  for (let i = values.length - 1; i >= 0; i--) if (!(values[i] ?? []).every(isBlank)) return i + 1;
  return 0;
}

function defaultSetting(key: SettingKey, year: number, cat: Catalogue): string | number {
  switch (key) {
    case 'measuresItem':
      return cat.measuresItems.plan ? '' : UNCONFIRMED_ITEM;
    case 'resultsItem':
      return cat.measuresItems.report ? '' : UNCONFIRMED_ITEM;
    case 'assessmentYear':
      return year;
    case 'planFiscalYear':
      return ''; // blank = assessment year + 1, so it follows a change of the assessment year
    case 'target':
    case 'weakThreshold':
      return 85;
    case 'thaiDigits':
      return YES;
    case 'divisions':
      return DEFAULT_DIVISIONS.join(', ');
    default:
      return '';
  }
}

/**
 * The note of a settings row; the plan fiscal year's shows the year it defaults to, the OIT item rows
 * the year's number (or that it is not confirmed).
 */
export function settingNote(key: SettingKey, note: string, year: number, cat?: Catalogue): string {
  if (key === 'planFiscalYear') return `${note} (เว้นว่าง = ${year + 1})`;
  if ((key === 'measuresItem' || key === 'resultsItem') && cat) {
    const code = key === 'measuresItem' ? cat.measuresItems.plan : cat.measuresItems.report;
    return code
      ? `${note} (เว้นว่าง = ${code} ตามรายการข้อ OIT ปี ${year})`
      : `${note}: ปี ${year} ${UNCONFIRMED_ITEM}เลขข้อ กรอกเลขข้อตามคู่มือการประเมิน เช่น o25 (เอกสารจะอ้างชื่อรายการโดยไม่ระบุเลขข้อจนกว่าจะกรอก)`;
  }
  return note;
}

/** Settings rows whose note follows the assessment year (refreshed by setup when the year changes). */
const YEAR_NOTES: SettingKey[] = ['planFiscalYear', 'measuresItem', 'resultsItem'];

function indicatorName(cat: Catalogue, code: string): string {
  if (code === OVERALL_CODE) return 'คะแนนรวม';
  if (code === 'IIT' || code === 'EIT' || code === 'OIT') return cat.instrumentNames[code];
  return cat.indicators.find((i) => i.number === Number(code))?.name ?? '';
}

/**
 * `tables` = snapshots of the tables found (by metadata); `defaultYear` is used when settings has no
 * assessment year. Returns the sheets to create and the blocks to write.
 */
export function setupPlan(tables: Partial<Record<TableId, TableSnapshot>>, defaultYear: number): SetupPlan {
  const settingsRead = tables.settings ? readSettings(tables.settings) : null;
  const year =
    settingsRead && settingsRead.settings.assessmentYear ? settingsRead.settings.assessmentYear : defaultYear;
  const { catalogue: cat, warning } = catalogueForYear(year);
  const twoPart = cat.questions.some((q) => q.parts === 2);
  const create: TableId[] = [];
  const writes: CellBlock[] = [];
  const insertYearColumns: SetupPlan['insertYearColumns'] = [];
  const issues: InputIssue[] = [];

  for (const id of TABLE_ORDER) {
    const snap = tables[id];
    let values: unknown[][] = snap ? snap.values : [];
    if (!snap) {
      create.push(id);
    }
    const head = values[HEADER_ROW - 1] ?? [];
    if (head.every(isBlank)) {
      const head = headersFor(id, twoPart);
      writes.push({ table: id, row: HEADER_ROW, col: 1, values: [head] });
      values = [head, ...values.slice(1)];
    } else {
      const headerIssues = checkTable({ table: id, sheet: snap!.sheet, values });
      if (headerIssues.length) {
        issues.push(...headerIssues);
        continue;
      }
    }
    const append = (rows: (string | number | boolean)[][]) => {
      if (rows.length)
        writes.push({ table: id, row: Math.max(lastUsedRow(values), HEADER_ROW) + 1, col: 1, values: safeGrid(rows) });
    };
    const firstCol = new Set(values.slice(FIRST_DATA_ROW - 1).map((r) => cellText((r ?? [])[0]).replace(/\s+/g, ' ')));

    if (id === 'settings') {
      append(
        SETTING_ROWS.filter((d) => !firstCol.has(d.label)).map((d) => [
          d.label,
          defaultSetting(d.key, year, cat),
          settingNote(d.key, d.note, year, cat),
        ]),
      );
      // Notes that follow the assessment year (the derived plan fiscal year, the year's OIT item numbers)
      // are refreshed in the (computed) note column.
      const noteCol = LAYOUTS.settings.columns.findIndex((c) => c.key === 'note');
      for (const key of YEAR_NOTES) {
        const at = settingsRead?.rowOf[key];
        const def = SETTING_ROWS.find((d) => d.key === key)!;
        const wantedNote = settingNote(key, def.note, year, cat);
        if (at !== undefined && cellText((values[at - 1] ?? [])[noteCol]) !== wantedNote) {
          writes.push({ table: id, row: at, col: noteCol + 1, values: safeGrid([[wantedNote]]), refresh: true });
        }
      }
    } else if (id === 'scoresByYear') {
      const upper = new Set([...firstCol].map((s) => s.toUpperCase()));
      const missing = SCORE_ROW_CODES.filter((code) => !upper.has(code.toUpperCase()));
      append(missing.map((code) => [code, indicatorName(cat, code)]));
      const h = values[HEADER_ROW - 1] ?? [];
      const fixed = LAYOUTS.scoresByYear.columns.length;
      const existing: { year: number; col: number }[] = [];
      h.slice(fixed).forEach((v, i) => {
        const y = Number(cellText(v));
        if (!isBlank(v) && Number.isInteger(y)) existing.push({ year: y, col: fixed + i + 1 });
      });
      const present = new Set(existing.map((e) => e.year));
      const wanted = [year - 1, year].filter((y) => !present.has(y));
      let lastCol = fixed;
      for (let i = h.length - 1; i >= fixed; i--)
        if (!isBlank(h[i])) {
          lastCol = i + 1;
          break;
        }
      // Each new year goes before the first existing column (left to right) of a later year, else at the
      // end; existing columns keep their order.
      const before = new Map<number, number[]>();
      const atEnd: number[] = [];
      for (const y of wanted) {
        const next = existing.find((e) => e.year > y);
        if (next) before.set(next.col, [...(before.get(next.col) ?? []), y]);
        else atEnd.push(y);
      }
      if (atEnd.length) writes.push({ table: id, row: HEADER_ROW, col: lastCol + 1, values: [atEnd] });
      for (const col of [...before.keys()].sort((a, b) => b - a))
        insertYearColumns.push({ before: col, years: before.get(col)! });
    } else if (id === 'questionScores') {
      const have = new Set(
        values
          .slice(FIRST_DATA_ROW - 1)
          .map((r) => `${cellText((r ?? [])[0])}:${cellText((r ?? [])[1]).toLowerCase()}`),
      );
      const rows = cat.questions
        .filter((q) => !have.has(`${year}:${q.code}`))
        .map((q) => [year, q.code, q.instrument, q.indicator, workbookQuestionText(q.text), '', '', '', '', '', '']);
      append(rows);
    } else if (id === 'oitItems') {
      // A year's list is added once; after that its rows are the officer's (see oit-items.ts).
      if (!hasOitYear(values, year)) append(oitItemRows(cat, year));
    } else if (id === 'levels') {
      if (lastUsedRow(values) <= HEADER_ROW) {
        append(cat.levels.bands.map((b) => [b.label, b.min, b.eachInstrumentMin ?? '']));
      }
    }
  }
  return { create, writes, insertYearColumns, issues, year, catalogueWarning: warning };
}
