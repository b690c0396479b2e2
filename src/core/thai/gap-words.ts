// THE way a gap is shown to people: in words, never as a sign. The analysis (and the JSON report) keep
// gap = mark − score (positive = below the mark); a reader of a document expects score − mark; a sign
// can be read either way round, words cannot. Documents, the workbook (through GAP_NUMBER_FORMATS,
// built from the same words), the sidebar and the CLI's text report all say it with gapWords.
import { formatScore, roundTo, SCORE_DECIMALS } from './numbers';

/** What the score is compared with: the target (indicators, instruments, overall) or the weak-question threshold. */
export type GapMark = 'เป้าหมาย' | 'เกณฑ์';

export const GAP_WORDS = {
  above: (mark: GapMark) => `สูงกว่า${mark}`,
  below: (mark: GapMark) => `ต่ำกว่า${mark}`,
  equal: (mark: GapMark) => `เท่ากับ${mark}`,
} as const;

export interface GapWordsOptions {
  thaiDigits: boolean;
  /** Default: the target. */
  mark?: GapMark;
  /** Text for a missing gap (default "-"). */
  missing?: string;
}

/**
 * `gap` = mark − score, as the analysis computes it: "ต่ำกว่าเป้าหมาย 1.17" (gap 1.17),
 * "สูงกว่าเป้าหมาย 12.43" (gap −12.43), "เท่ากับเป้าหมาย" (rounds to 0.00). The number is the gap
 * rounded to the published 2 decimals (half away from zero), in the digits asked for.
 */
export function gapWords(gap: number | null | undefined, opts: GapWordsOptions): string {
  if (gap === null || gap === undefined || !Number.isFinite(gap)) return opts.missing ?? '-';
  const mark = opts.mark ?? 'เป้าหมาย';
  const r = roundTo(gap, SCORE_DECIMALS);
  if (r === 0) return GAP_WORDS.equal(mark);
  const n = formatScore(Math.abs(r), { thaiDigits: opts.thaiDigits });
  return `${r > 0 ? GAP_WORDS.below(mark) : GAP_WORDS.above(mark)} ${n}`;
}

/**
 * A spreadsheet number format that shows a gap cell (mark − score, a NUMBER kept for sorting and
 * formulas) in the words of gapWords, Arabic digits: sections "positive;negative;zero" (a number
 * format "can have up to four sections … positive numbers, negative numbers, zero values, and text,
 * in that order"; a negative section shows the number without its minus sign), literal text in
 * double quotes. Positive gap = below the mark.
 */
export function gapNumberFormat(mark: GapMark): string {
  const q = (s: string) => `"${s}"`;
  return `${q(`${GAP_WORDS.below(mark)} `)}0.00;${q(`${GAP_WORDS.above(mark)} `)}0.00;${q(GAP_WORDS.equal(mark))}`;
}
