// Small numeric helpers of the analysis.

/**
 * Two figures for the same score (reported vs recomputed) agree when they differ by at most this much.
 * Published scores carry 2 decimals, so a recomputed mean may legitimately differ by rounding (< 0.01).
 */
export const MISMATCH_TOLERANCE = 0.01;

/** Guard against binary noise when comparing a difference with the tolerance (0.01 vs 0.010000000000005). */
const EPSILON = 1e-9;

/** Plain mean of the finite numbers; null when there are none. */
export function mean(values: (number | null | undefined)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (typeof v === 'number' && Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? null : sum / n;
}

/** True when |a − b| is more than the tolerance. */
export function differs(a: number, b: number, tolerance = MISMATCH_TOLERANCE): boolean {
  return Math.abs(a - b) > tolerance + EPSILON;
}

export function isScore(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
