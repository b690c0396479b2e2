// Reading score numbers and years from cells (Thai or Arabic digits).
import { normaliseYear } from '../thai/dates';
import { toArabicDigits } from '../thai/digits';
import { cleanCell } from './rows';

export const SCORE_MAX = 100;
/** Buddhist-era years that can be assessment years. */
export const YEAR_MIN = 2550;
export const YEAR_MAX = 2650;

const NO_SCORE = /^[-–—]$/;
const UNIT = /\s*(?:คะแนน|%)$/;

/**
 * Read a score cell. Empty or a lone dash → null; a number 0–100 → the number; anything else →
 * { error } with a Thai reason (no guessing: "95,38" is refused, not read as 95.38).
 */
export function parseScoreNumber(cell: string): number | null | { error: string } {
  const shown = cleanCell(cell);
  const s0 = toArabicDigits(shown);
  if (s0 === '' || NO_SCORE.test(s0)) return null;
  const s = s0.replace(UNIT, '').trim();
  if (/^\d+(?:\.\d+)?\.?$/.test(s)) {
    const v = Number(s.replace(/\.$/, ''));
    if (v > SCORE_MAX) return { error: `คะแนน "${shown}" เกิน ${SCORE_MAX}: คะแนนต้องอยู่ระหว่าง 0 ถึง 100` };
    return v;
  }
  if (/^[-−]\s*\d+(?:\.\d+)?$/.test(s)) {
    return { error: `คะแนน "${shown}" ติดลบ: คะแนนต้องอยู่ระหว่าง 0 ถึง 100` };
  }
  if (/^\d+,\d+$/.test(s)) {
    return { error: `คะแนน "${shown}" ใช้เครื่องหมายจุลภาค (,) เป็นทศนิยม: ใช้จุดทศนิยม เช่น ${s.replace(',', '.')}` };
  }
  if (/^[<>≥≤]/.test(s)) {
    return { error: `คะแนน "${shown}" ไม่ใช่ตัวเลขที่แน่นอน: ใส่ตัวเลข 0 ถึง 100 เช่น 95.38` };
  }
  return { error: `คะแนน "${shown}" ไม่ใช่ตัวเลข: ต้องเป็นตัวเลข 0 ถึง 100 เช่น 95.38` };
}

/** True when a cell is meant as a number (digits with at most a sign, comparison, unit or comma). */
export function isScoreLike(cell: string): boolean {
  const c = cleanCell(cell);
  // "๐10": a Thai zero before more digits is the letter o of a code (o10), never a score.
  if (/^๐[0-9๐-๙]/.test(c)) return false;
  const s = toArabicDigits(c);
  return /\d/.test(s) && /^[<>≥≤=+\-−]?\s*[\d.,\s]+(?:%|คะแนน)?$/.test(s);
}

/** True for an empty or "no score" cell ("", "-"). */
export function isBlankScore(cell: string): boolean {
  const s = cleanCell(cell);
  return s === '' || NO_SCORE.test(s);
}

/** A year as read: B.E., and the C.E. number as written when it was converted (2024 → 2567). */
export interface YearRead {
  year: number;
  ce: number | null;
}

/** A written year (B.E. or C.E.) → B.E. through normaliseYear, when it can be an assessment year. */
function yearOf(written: number): YearRead | null {
  let be: number;
  try {
    be = normaliseYear(written);
  } catch {
    return null;
  }
  if (be < YEAR_MIN || be > YEAR_MAX) return null;
  return { year: be, ce: be === written ? null : written };
}

/**
 * A cell that is only a year, with its era: "2566", "๒๕๖๖", "ปี 2566", "พ.ศ. 2566", "ปีงบประมาณ 2566",
 * "ITA 2566", and C.E. ("2024", "ค.ศ. 2024", "ITA 2024" → 2567 with ce 2024).
 */
export function readYearCellEra(cell: string): YearRead | null {
  const s = toArabicDigits(cleanCell(cell));
  const m = /^(?:(?:ปีงบประมาณ|ปีการประเมิน|ปี|ITA)\s*)?(?:[พค]\.\s*ศ\.?\s*)?(\d{4})$/i.exec(s);
  return m ? yearOf(Number(m[1])) : null;
}

/** A cell that is only a year (B.E.; a C.E. year is converted): see readYearCellEra. */
export function readYearCell(cell: string): number | null {
  return readYearCellEra(cell)?.year ?? null;
}

const YEAR_IN_TEXT = /(?:ปีงบประมาณ|ปีการประเมิน|ปี|[พค]\.\s*ศ\.|ITA)\s*(?:[พค]\.\s*ศ\.?\s*)?(\d{4})(?!\s*[-–]\s*\d)/gi;

/**
 * The one year a line names, with its era ("ปีงบประมาณ พ.ศ. 2567", "ITA 2567", "ปี 2566"; C.E.:
 * "ITA 2024", "ปี ค.ศ. 2024", "ปีงบประมาณ 2024" → 2567 with ce 2024), or null when it names none,
 * several different ones, or a range ("2567-2570").
 */
export function findYearInTextEra(text: string): YearRead | null {
  const s = toArabicDigits(cleanCell(text));
  if (/\d{4}\s*[-–]\s*\d{4}/.test(s)) return null;
  const years = new Map<number, YearRead>();
  for (const m of s.matchAll(YEAR_IN_TEXT)) {
    const y = yearOf(Number(m[1]));
    if (y && !years.has(y.year)) years.set(y.year, y);
  }
  return years.size === 1 ? [...years.values()][0] : null;
}

/** The one year a line names (B.E.; a C.E. year is converted): see findYearInTextEra. */
export function findYearInText(text: string): number | null {
  return findYearInTextEra(text)?.year ?? null;
}

/** Text with its year mentions removed, to see whether anything numeric is left. */
export function withoutYears(text: string): string {
  return toArabicDigits(cleanCell(text)).replace(YEAR_IN_TEXT, ' ');
}
