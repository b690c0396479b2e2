// Naive versions of the workbook actions: the same core logic (analysis, planners) as the add-on, but
// the spreadsheet is read and written one cell at a time. Benchmark only.
import { analyze } from '../../src/core/analysis';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  INPUT_TABLES,
  TableId,
  analysisOutput,
  highlightPlan,
  isInputs,
  measureRowValues,
  readInputs,
  readMeasures,
  suggestMeasures,
} from '../../src/core/workbook';
import { naiveReadTables, naiveSheet, naiveWriteBlock } from './naive-io';

function load(extra: TableId[] = []) {
  const snaps = naiveReadTables([...INPUT_TABLES, 'levels', 'oitItems', ...extra]);
  const inputs = readInputs(snaps);
  if (!isInputs(inputs)) throw new Error(inputs.issues.map((i) => i.message).join('\n'));
  return { snaps, inputs, result: analyze(inputs.scores, inputs.options) };
}

function alert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function naiveComputeGaps(): void {
  const { result } = load();
  const sheet = naiveSheet('analysis')!;
  const previousRows = Math.max(sheet.getLastRow() - FIRST_DATA_ROW + 1, 0);
  const out = analysisOutput(result, previousRows);
  naiveWriteBlock(sheet, FIRST_DATA_ROW, 1, out.values, out.backgrounds);
  alert('คำนวณส่วนต่างจากค่าเป้าหมาย', `คะแนนรวม ${result.overall.score}`);
}

export function naiveHighlight(): void {
  const { snaps, inputs, result } = load();
  const sheet = naiveSheet('questionScores')!;
  const plan = highlightPlan(snaps.questionScores!.values, result, inputs.catalogue);
  naiveWriteBlock(sheet, FIRST_DATA_ROW, plan.flagCol, plan.flags);
  naiveWriteBlock(sheet, FIRST_DATA_ROW, plan.scoreCol, null, plan.backgrounds);
  alert('เน้นข้อคำถามที่ต่ำกว่าเกณฑ์', `${plan.weakCount} รายการ`);
}

export function naiveSuggest(): void {
  const { snaps, inputs, result } = load(['measures']);
  const existing = readMeasures(snaps.measures!).rows;
  const rows = suggestMeasures(result, existing, inputs.settings, inputs.catalogue);
  const lastUsed = existing.length ? Math.max(...existing.map((m) => m.row)) : HEADER_ROW;
  naiveWriteBlock(naiveSheet('measures')!, Math.max(lastUsed + 1, FIRST_DATA_ROW), 1, rows.map(measureRowValues));
  alert('เสนอมาตรการ', `${rows.length} รายการ`);
}
