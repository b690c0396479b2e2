// Analysis of a year's ITA scores: gaps, pass marks, level, year-over-year change, weak questions.
export { analyze } from './analyze';
export { toJsonReport } from './report-json';
export type { JsonReport } from './report-json';
export { formatTextReport } from './report-text';
export type { TextReportOptions } from './report-text';
export { MISMATCH_TOLERANCE } from './stats';
