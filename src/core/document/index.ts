// The document model and its builders (pure: runs in Apps Script, jest and the CLI).
export * from './model';
export { docDigits } from './text';
export { buildMeasuresPlan, MEASURES_PLAN_TITLE, MEASURES_TABLE_HEADER } from './measures-plan';
export { buildResultsReport, RESULTS_REPORT_TITLE, RESULTS_TABLE_HEADER, STATUS_LABELS } from './results-report';
export {
  buildAnalysisReport,
  ANALYSIS_REPORT_TITLE,
  THEME_TABLE_HEADER,
  IMPLEMENTATION_HEADER,
} from './analysis-report';
export {
  FILL_DATE,
  FILL_DATE_ANNOUNCEMENT,
  FILL_NAME,
  FILL_POSITION,
  IDENTITY_WARNINGS,
  identityWarnings,
} from './identity';
export { DOC_KINDS, ALL_DOC_KINDS, DOC_KIND_LABELS, docKindSpec, isDocKind, type DocKindSpec } from './kinds';
export { buildAnnouncement, ANNOUNCEMENT_TABLE_HEADER, ANNOUNCEMENT_CLOSING, SIGNER_PLACEHOLDER } from './announcement';
