// Planner: the analysis table's values and status colours, clearing rows left by an earlier run.
import { AnalysisResult, ScoreLine } from '../types';
import { round2 } from '../thai/numbers';
import { gapNumberFormat } from '../thai/gap-words';
import { CATALOGUES } from '../catalogue';
import { COLORS, LAYOUTS, NEAR_MARGIN, OVERALL_CODE } from './layouts';

/**
 * The most rows any run writes: overall, the three instruments and the indicators of the largest
 * catalogue. Rows below are the officer's (a note typed under the table): never blanked.
 */
export const MAX_ANALYSIS_ROWS = 4 + Math.max(...CATALOGUES.map((c) => c.indicators.length));

export type StatusKey = 'short' | 'near' | 'passed' | 'missing';

export const STATUS_TEXT: Record<StatusKey, string> = {
  short: 'ต่ำกว่าเป้าหมาย',
  near: `ผ่าน (เหนือเป้าหมายไม่เกิน ${NEAR_MARGIN} คะแนน)`,
  passed: 'ผ่านเป้าหมาย',
  missing: 'ไม่มีคะแนน',
};

export const STATUS_COLOR: Record<StatusKey, string> = {
  short: COLORS.short,
  near: COLORS.near,
  passed: COLORS.passed,
  missing: COLORS.computed,
};

export function statusOf(score: number | null, target: number): StatusKey {
  if (score === null || !Number.isFinite(score)) return 'missing';
  if (score < target) return 'short';
  if (score < target + NEAR_MARGIN) return 'near';
  return 'passed';
}

/**
 * The gap columns stay NUMBERS (mark − score, as computed): an officer sorts and filters these tables by
 * shortfall and may point formulas at them, which words typed as text would break (a text column sorts
 * by letters). They are SHOWN in the documents' words through a number format built from gapWords'
 * words: 1.17 shows "ต่ำกว่าเป้าหมาย 1.17", −12.43 "สูงกว่าเป้าหมาย 12.43", 0 "เท่ากับเป้าหมาย".
 */
export const GAP_FORMATS = {
  analysis: gapNumberFormat('เป้าหมาย'),
  questionScores: gapNumberFormat('เกณฑ์'),
} as const;

export interface BlockOutput {
  /** Values from row 2, column 1, as many rows as `rows`. */
  values: (string | number)[][];
  backgrounds: string[][];
}

const num = (n: number | null): number | string => (n === null || !Number.isFinite(n) ? '' : round2(n));
const pass = (l: ScoreLine): string => (l.pass === null ? '' : l.pass ? 'ผ่าน' : 'ไม่ผ่าน');

/**
 * Rows of the analysis table: overall, IIT, EIT, OIT, indicators 1–10. `previousRows` = data rows
 * already on the sheet (lastRow − 1); extra rows are written blank with the computed colour.
 */
export function analysisOutput(result: AnalysisResult, previousRows: number): BlockOutput {
  const width = LAYOUTS.analysis.columns.length;
  const values: (string | number)[][] = [];
  const backgrounds: string[][] = [];
  const push = (level: string, code: string, name: string, l: ScoreLine, grade: string, change: number | null) => {
    const st = statusOf(l.score, result.target);
    values.push([
      level,
      code,
      name,
      num(l.score),
      result.target,
      num(l.gap),
      pass(l),
      grade,
      num(change),
      STATUS_TEXT[st],
    ]);
    backgrounds.push(Array.from({ length: width }, () => STATUS_COLOR[st]));
  };
  push('ภาพรวม', OVERALL_CODE, `คะแนนรวม ปี ${result.year}`, result.overall, result.overall.level ?? '', null);
  for (const i of result.instruments) push('แบบวัด', i.id, i.name, i, '', i.change);
  for (const i of result.indicators) push('ตัวชี้วัด', String(i.number), i.name, i, '', i.change);
  // Rows an earlier run wrote and this one does not (at most MAX_ANALYSIS_ROWS): blanked.
  while (values.length < Math.min(previousRows, MAX_ANALYSIS_ROWS)) {
    values.push(Array.from({ length: width }, () => ''));
    backgrounds.push(Array.from({ length: width }, () => COLORS.computed));
  }
  return { values, backgrounds };
}
