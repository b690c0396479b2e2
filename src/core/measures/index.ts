// Measures for every result: the planned measures at every level the data has, and THE coverage rule.
export { planMeasures, dataLevels, nothingBelow, partBelow, shownGap } from './plan';
export type { PlannedMeasure, MeasureLevel, DataLevels } from './plan';
export { coverageOf, linksPlanned, measureFingerprint, plannedRowText, uncovered } from './coverage';
export type { Coverage, CoverableRow } from './coverage';
export { toSuggestedJson } from './json';
export type { SuggestedMeasureJson } from './json';
export { noQuestionScoresText, LEVEL_LABELS } from './wording';
