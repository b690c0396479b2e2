// Builds a workbook on the fakes the way an officer fills it: template set up by the add-on, settings and
// scores typed or pasted, measures and results rows. Writes by the officer's hand go to the raw fakes
// (not counted); only the add-on's own actions are counted.
import { catalogueForYear } from '../../src/core/catalogue';
import {
  FIRST_DATA_ROW,
  LAYOUTS,
  METADATA_KEY,
  ORIGIN_LABELS,
  SETTING_ROWS,
  STATUS_LABELS,
  SettingKey,
  TableId,
  colIndex,
} from '../../src/core/workbook';
import { importScoresConfirm } from '../../src/gas/actions';
import { runSetup, textHash } from '../../src/gas/workbook';
import { show } from '../../src/gas/workbook/messages';
import { createFakes, installFakes, type Fakes, type FakeSheet } from '../../emulator';
import { prng } from '../bench-core';
import { DEMO_SETTINGS, seedText } from '../seed-001';

/** The demo and the benchmark run "on" this day, so their output does not depend on the clock. */
export const DEMO_TODAY = new Date('2025-01-15T10:00:00+07:00');

export interface World {
  fakes: Fakes;
  uninstall: () => void;
}

export function newWorld(): World {
  const fakes = createFakes({ spreadsheetName: 'ITA เทศบาลตำบลก้อ' });
  return { fakes, uninstall: installFakes(fakes) };
}

/** The sheet of a table, found by its metadata (raw, not counted). */
export function tableSheet(fakes: Fakes, table: TableId): FakeSheet {
  for (const s of fakes.spreadsheet._sheets) {
    const found = fakes.spreadsheet._metadata.some(
      (m) => m.place.sheet === s && m.key === METADATA_KEY && m.value === table,
    );
    if (found) return s;
  }
  throw new Error(`no sheet for table ${table}`);
}

/** Menu action "ตั้งค่าแม่แบบ" with the demo's date (the menu passes today). */
export function setupTemplateOn(today: Date = DEMO_TODAY) {
  return show(runSetup(today));
}

/** The officer types the settings (column B of the settings sheet, matched by the label in column A). */
export function typeSettings(fakes: Fakes, values: Partial<Record<SettingKey, string | number>> = DEMO_SETTINGS): void {
  const sheet = tableSheet(fakes, 'settings');
  const grid = sheet.getDataRange().getValues();
  for (const [key, value] of Object.entries(values)) {
    const label = SETTING_ROWS.find((d) => d.key === key)!.label;
    const i = grid.findIndex((r) => r[0] === label);
    if (i < 0) throw new Error(`settings row ${label} missing`);
    sheet.getRange(i + 1, 2).setValue(value);
  }
}

/** Pastes the seed 001 scores through the import dialog's confirm endpoint. */
export function importSeed(): void {
  const res = importScoresConfirm(seedText(), false, textHash(seedText()));
  if (!res.ok) throw new Error(`import failed: ${res.message}\n${res.errors.map((e) => e.message).join('\n')}`);
}

/** `years - 1` earlier assessment years: indicator scores in the year columns and question rows. */
export function addHistory(fakes: Fakes, currentYear: number, years: number, seed = 7): void {
  if (years <= 1) return;
  const rand = prng(seed);
  const score = () => Math.round((70 + 30 * rand()) * 100) / 100;
  const byYear = tableSheet(fakes, 'scoresByYear');
  const grid = byYear.getDataRange().getValues();
  const head = grid[0];
  const rowOfCode = new Map(grid.map((r, i) => [String(r[0]), i + 1]));
  const questions = tableSheet(fakes, 'questionScores');
  const qRows: (string | number)[][] = [];
  for (let y = currentYear - years + 1; y < currentYear; y++) {
    let col = head.findIndex((h) => Number(h) === y) + 1;
    if (col === 0) {
      col = Math.max(byYear._lastCol(), head.length) + 1;
      if (col > byYear.maxCols) byYear.maxCols = col;
      byYear.getRange(1, col).setValue(y);
      head[col - 1] = y;
    }
    for (let n = 1; n <= 10; n++) byYear.getRange(rowOfCode.get(String(n))!, col).setValue(score());
    const cat = catalogueForYear(y).catalogue;
    for (const q of cat.questions) {
      qRows.push([
        y,
        q.code,
        q.instrument,
        q.indicator,
        q.text,
        q.instrument === 'OIT' ? 100 : score(),
        q.parts === 2 ? score() : '',
        '',
        '',
        '',
        '',
      ]);
    }
  }
  const start = questions._lastRow() + 1;
  if (start + qRows.length - 1 > questions.maxRows) questions.maxRows = start + qRows.length - 1;
  questions.getRange(start, 1, qRows.length, qRows[0].length).setValues(qRows);
}

const UNITS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'กองยุทธศาสตร์และงบประมาณ'];

/** `n` measure rows typed by officers (manual) and one result row for each. */
export function addMeasuresAndResults(fakes: Fakes, n: number): void {
  const measures = tableSheet(fakes, 'measures');
  const results = tableSheet(fakes, 'results');
  const width = LAYOUTS.measures.columns.length;
  const mRows: string[][] = [];
  const rRows: string[][] = [];
  for (let i = 1; i <= n; i++) {
    const id = `M${String(i).padStart(3, '0')}`;
    const unit = UNITS[i % UNITS.length];
    const m = Array<string>(width).fill('');
    m[colIndex('measures', 'id')] = id;
    m[colIndex('measures', 'measure')] = `มาตรการที่ ${i} ส่งเสริมคุณธรรมและความโปร่งใสของ${unit}`;
    m[colIndex('measures', 'method')] = `1. มอบหมายผู้รับผิดชอบ\n2. ดำเนินการตามแผนและรายงานผลทุกไตรมาส`;
    m[colIndex('measures', 'responsible')] = unit;
    m[colIndex('measures', 'period')] = '1 ต.ค. 67 – 30 ก.ย. 68';
    m[colIndex('measures', 'followUp')] = 'รายงานผลต่อผู้บริหารทุก 3 เดือน';
    m[colIndex('measures', 'origin')] = ORIGIN_LABELS.manual;
    mRows.push(m);
    rRows.push([
      id,
      '',
      STATUS_LABELS['in-progress'],
      `ดำเนินการครั้งที่ ${i} เมื่อวันที่ 9 ม.ค. 68`,
      'เจ้าหน้าที่รับทราบแนวทาง',
      '',
      'สำนักปลัด',
      '15 ม.ค. 68',
    ]);
  }
  write(measures, FIRST_DATA_ROW, mRows);
  write(results, FIRST_DATA_ROW, rRows);
}

/** Writes a block as the officer would type or paste it (raw: not counted); grows the sheet. */
export function write(sheet: FakeSheet, row: number, rows: (string | number)[][]): void {
  if (!rows.length) return;
  const last = row + rows.length - 1;
  if (last > sheet.maxRows) sheet.maxRows = last;
  if (rows[0].length > sheet.maxCols) sheet.maxCols = rows[0].length;
  sheet.getRange(row, 1, rows.length, rows[0].length).setValues(rows);
}

/** A workbook ready for the actions: template, settings, seed 001 scores, history, measures, results. */
export function buildScenario(rows: number, years: number): World {
  const world = newWorld();
  setupTemplateOn();
  typeSettings(world.fakes);
  importSeed();
  addHistory(world.fakes, 2567, years);
  addMeasuresAndResults(world.fakes, rows);
  world.fakes.calls.reset();
  world.fakes.ui.alerts.splice(0);
  return world;
}
