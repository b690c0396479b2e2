// The machine-readable report of an analysis (the `ita analyze --json` output). Numbers rounded to 2 decimals.
import { AnalysisResult, InstrumentId } from '../types';
import { round2 } from '../thai/numbers';
import { catalogueForYear } from '../catalogue';
import { planMeasures, toSuggestedJson, type SuggestedMeasureJson } from '../measures';

export interface JsonReport {
  year: number;
  framework: string;
  target: number;
  overall: { score: number | null; level: string | null; pass: boolean | null; gap: number | null };
  instruments: { id: InstrumentId; score: number | null; pass: boolean | null; gap: number | null }[];
  indicators: {
    number: number;
    name: string;
    instrument: InstrumentId;
    score: number | null;
    pass: boolean | null;
    gap: number | null;
    change: number | null;
  }[];
  weakQuestions: {
    code: string;
    part: 1 | 2 | null;
    score: number;
    gap: number;
    indicator: number;
    oitRefs: string[];
  }[];
  /** The measures the result calls for, largest gap first: what the workbook's เสนอมาตรการ adds to an empty table. */
  suggestedMeasures: SuggestedMeasureJson[];
  warnings: string[];
}

const r = (n: number | null): number | null => (n === null ? null : round2(n));

export function toJsonReport(result: AnalysisResult): JsonReport {
  return {
    year: result.year,
    framework: result.framework,
    target: result.target,
    overall: {
      score: r(result.overall.score),
      level: result.overall.level,
      pass: result.overall.pass,
      gap: r(result.overall.gap),
    },
    instruments: result.instruments.map((i) => ({ id: i.id, score: r(i.score), pass: i.pass, gap: r(i.gap) })),
    indicators: result.indicators.map((i) => ({
      number: i.number,
      name: i.name,
      instrument: i.instrument,
      score: r(i.score),
      pass: i.pass,
      gap: r(i.gap),
      change: r(i.change),
    })),
    weakQuestions: result.weakQuestions.map((w) => ({
      code: w.code,
      part: w.part,
      score: round2(w.score),
      gap: round2(w.gap),
      belowThreshold: round2(w.belowThreshold),
      indicator: w.indicator,
      oitRefs: [...w.oitRefs],
    })),
    suggestedMeasures: toSuggestedJson(planMeasures(result, catalogueOf(result))),
    warnings: [...result.warnings],
  };
}

/** The catalogue the result was analysed with. */
export function catalogueOf(result: AnalysisResult) {
  // The year's own catalogue (its OIT list), as analyze() used it; result.framework names only the survey framework.
  return catalogueForYear(result.year).catalogue;
}
