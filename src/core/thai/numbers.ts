// Number formatting for Thai documents: scores with fixed decimals, signed changes, exact rounding.

import { withDigits } from './digits';

/** Shown in place of a missing number (null, undefined, NaN, ±Infinity). */
export const MISSING_NUMBER = '-';

/** Default number of decimals for scores (reports print scores as 95.11). */
export const SCORE_DECIMALS = 2;

/**
 * Significant digits kept before rounding. Doubles carry 15–17; cutting to 15 removes binary noise
 * (1.005 is stored as 1.00499999999999989…, a sum like 84.99 + 85 may land just below .995) without
 * touching any value a person could type.
 */
const SIGNIFICANT_DIGITS = 15;

/** Multiply by 10^k through the decimal exponent (no binary multiplication error). */
function shiftDecimal(x: number, k: number): number {
  const [mantissa, exponent] = String(x).split('e');
  return Number(`${mantissa}e${Number(exponent ?? 0) + k}`);
}

/**
 * Round to `decimals` places, half away from zero (as Excel/Sheets ROUND and as people round by hand):
 * 1.005 → 1.01, 95.105 → 95.11, 84.995 → 85, -0.005 → -0.01. Never returns -0.
 * Non-finite input is returned unchanged.
 */
export function roundTo(n: number, decimals: number): number {
  if (!Number.isFinite(n)) return n;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`จำนวนตำแหน่งทศนิยมต้องเป็นจำนวนเต็ม 0–10 (ได้รับ ${decimals})`);
  }
  const abs = Number(Math.abs(n).toPrecision(SIGNIFICANT_DIGITS));
  const rounded = shiftDecimal(Math.round(shiftDecimal(abs, decimals)), -decimals);
  if (rounded === 0) return 0;
  return n < 0 ? -rounded : rounded;
}

/** Round to 2 decimals, half away from zero. See {@link roundTo}. */
export function round2(n: number): number {
  return roundTo(n, 2);
}

export interface NumberFormatOptions {
  /** Write ๐–๙ instead of 0–9. */
  thaiDigits: boolean;
  /** Decimal places, default 2. */
  decimals?: number;
}

function isMissing(n: number | null | undefined): n is null | undefined {
  return n === null || n === undefined || !Number.isFinite(n);
}

/** A score for display: "95.11", "๙๕.๑๑", "100.00"; null/NaN → "-". No thousands separator. */
export function formatScore(n: number | null | undefined, opts: NumberFormatOptions): string {
  if (isMissing(n)) return MISSING_NUMBER;
  const decimals = opts.decimals ?? SCORE_DECIMALS;
  return withDigits(roundTo(n, decimals).toFixed(decimals), opts.thaiDigits);
}

/**
 * A change (e.g. year over year) with its sign: "+2.31", "-0.50", "0.00"; null → "-".
 * The minus is the ASCII hyphen-minus, as Thai documents are typed. A value that rounds to zero
 * has no sign.
 */
export function formatSigned(n: number | null | undefined, opts: NumberFormatOptions): string {
  if (isMissing(n)) return MISSING_NUMBER;
  const decimals = opts.decimals ?? SCORE_DECIMALS;
  const r = roundTo(n, decimals);
  const body = Math.abs(r).toFixed(decimals);
  const sign = r > 0 ? '+' : r < 0 ? '-' : '';
  return withDigits(sign + body, opts.thaiDigits);
}
