// Hand-built score sets for the analysis tests (seed 001: ITA 2567, เทศบาลตำบลก้อ).
import { QuestionScore, ScoreSet, YearScores } from '../../src/core/types';

export const SEED_INDICATORS: Record<number, number> = {
  1: 97.43,
  2: 95.64,
  3: 97.44,
  4: 92.82,
  5: 97.18,
  6: 90.79,
  7: 88.13,
  8: 83.83,
  9: 100,
  10: 100,
};

/** Seed 001's weak question parts at the default threshold (85), biggest shortfall first ("code/part"). */
export const SEED_WEAK_PARTS = ['e9/1', 'e7/2', 'e8/2', 'e1/2', 'e6/2', 'e2/2', 'e4/2', 'e5/2'];

const q = (code: string, ...scores: number[]): QuestionScore => ({ code, scores });

/** Question scores as printed in seed 001 (IIT i4–i6 and i13–i15 do not average to 95.64 / 97.18). */
export function seedQuestions(): QuestionScore[] {
  return [
    q('i1', 95.38),
    q('i2', 96.92),
    q('i3', 100),
    q('i4', 93.85),
    q('i5', 96.45),
    q('i6', 96.92),
    q('i7', 94.62),
    q('i8', 97.69),
    q('i9', 100),
    q('i10', 90.0),
    q('i11', 97.69),
    q('i12', 90.77),
    q('i13', 97.69),
    q('i14', 97.0),
    q('i15', 96.15),
    q('e1', 95.25, 77),
    q('e2', 95.75, 78),
    q('e3', 98.75, 100),
    q('e4', 96.5, 79),
    q('e5', 96.75, 83),
    q('e6', 96.5, 77),
    q('e7', 96.5, 74),
    q('e8', 96.0, 74),
    q('e9', 62.5, 100),
    ...Array.from({ length: 35 }, (_, k) => q(`o${k + 1}`, 100)),
  ];
}

export function seedYear(overrides: Partial<YearScores> = {}): YearScores {
  return {
    year: 2567,
    overall: 95.11,
    instruments: {},
    indicators: { ...SEED_INDICATORS },
    questions: seedQuestions(),
    ...overrides,
  };
}

export function seedSet(overrides: Partial<YearScores> = {}, history: YearScores[] = []): ScoreSet {
  return { current: seedYear(overrides), history };
}

export function indicatorsOnly(
  year: number,
  indicators: Record<number, number>,
  overall: number | null = null,
): YearScores {
  return { year, overall, instruments: {}, indicators, questions: [] };
}
