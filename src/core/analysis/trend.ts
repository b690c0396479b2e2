// Indicator scores over the years of the workbook, for the sidebar's trend table.
import { catalogueForYear } from '../catalogue';
import type { AnalysisResult, ScoreSet } from '../types';
import { scoreYear } from './score-year';

/** Indicator scores over the years of the workbook, oldest year first. */
export interface Trend {
  years: number[];
  /** One series per indicator 1..10; values[i] belongs to years[i]. */
  series: { number: number; values: (number | null)[] }[];
}

/** Indicator scores of every year in the workbook (the analysed year from the analysis itself). */
export function trendOf(inputs: { scores: Pick<ScoreSet, 'history'> }, result: AnalysisResult): Trend {
  const byYear = new Map<number, Map<number, number | null>>();
  byYear.set(result.year, new Map(result.indicators.map((i) => [i.number, i.score])));
  for (const ys of inputs.scores.history) {
    try {
      const scored = scoreYear(ys, catalogueForYear(ys.year).catalogue);
      byYear.set(ys.year, new Map(scored.indicators.map((i) => [i.number, i.score])));
    } catch {
      /* a year without a catalogue is left out of the trend */
    }
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const series = result.indicators.map((ind) => ({
    number: ind.number,
    values: years.map((y) => byYear.get(y)?.get(ind.number) ?? null),
  }));
  return { years, series };
}
