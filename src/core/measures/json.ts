// The planned measures as `ita analyze --json` prints them (suggestedMeasures), numbers rounded to 2 decimals.
import { round2 } from '../thai/numbers';
import { MeasureLevel, PlannedMeasure } from './plan';

export interface SuggestedMeasureJson {
  title: string;
  indicator: number;
  level: MeasureLevel;
  questions: string[];
  oitRefs: string[];
  gap: number;
  reason: string;
}

export function toSuggestedJson(plan: PlannedMeasure[]): SuggestedMeasureJson[] {
  return plan.map((p) => ({
    title: p.title,
    indicator: p.indicator,
    level: p.level,
    questions: [...p.questions],
    oitRefs: [...p.oitRefs],
    gap: round2(p.gap),
    reason: p.reason,
  }));
}
