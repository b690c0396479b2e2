// Pure formatting of the sidebar's numbers and labels (unit-tested in test/sidebar/format.test.ts).
// Numbers are rounded and written by the documents' own rule (src/core/thai/numbers.ts: half away from
// zero, exact for 1.005 or 2.675), so the sidebar never shows 1.00 where a document prints 1.01.
import { gapWords, type GapMark } from '../src/core/thai/gap-words';
import { formatScore, formatSigned } from '../src/core/thai/numbers';
import type { MeasureStatus } from '../src/shared/rpc';

const ARABIC = { thaiDigits: false };
const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** 2 decimals, "–" when missing. */
export function score(n: number | null | undefined): string {
  return finite(n) ? formatScore(n, ARABIC) : '–';
}

/** A signed change: "+1.25", "−0.40" (a real minus), "0.00"; "" when missing. */
export function signed(n: number | null | undefined): string {
  return finite(n) ? formatSigned(n, ARABIC).replace(/^-/, '−') : '';
}

/**
 * How far from the target (or, `mark` 'เกณฑ์', the weak-question threshold), in the documents' words:
 * "ต่ำกว่าเป้าหมาย 1.17", "สูงกว่าเป้าหมาย 10.11" (gapWords, src/core/thai/gap-words.ts); "" when missing.
 */
export function gapText(gap: number | null | undefined, mark: GapMark = 'เป้าหมาย'): string {
  return gapWords(gap, { ...ARABIC, mark, missing: '' });
}

export const STATUS_TEXT: Record<MeasureStatus, string> = {
  'not-started': 'ยังไม่เริ่ม',
  'in-progress': 'กำลังดำเนินการ',
  done: 'ดำเนินการแล้ว',
};

/** Percent (0–100, whole) of done among total; 0 when there is nothing. */
export function percent(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 100) : 0;
}

/**
 * Divisions for the filter: the settings' list, then any other division a measure names (each measure's
 * divisions already split, so "สำนักปลัด, กองคลัง" adds no option of its own), no blanks, no repeats.
 */
export function divisionOptions(settings: string[], used: string[]): string[] {
  const out: string[] = [];
  for (const d of [...settings, ...used].map((s) => s.trim())) if (d && !out.includes(d)) out.push(d);
  return out;
}

/** Part labels of a question's scores: ["ส่วนที่ 1", "ส่วนที่ 2"] for two parts, ["คะแนน"] for one. */
export function partLabels(n: number): string[] {
  return n >= 2 ? ['ส่วนที่ 1', 'ส่วนที่ 2'] : ['คะแนน'];
}

/** A measure is shown under a division when it names that division among its divisions ("" = all). */
export function inDivision(m: { divisions: string[] }, division: string): boolean {
  return !division || m.divisions.some((d) => d.trim() === division);
}
