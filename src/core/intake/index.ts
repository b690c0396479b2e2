// Score intake: pasted text / TSV / CSV tables of ITA scores → ScoreSet with located Thai issues.
export { parseScores } from './parse';
export type { ParseOptions } from './parse';
export { parseScoreNumber, readYearCell, findYearInText } from './numbers';
export { normaliseQuestionCode, readCodeCell } from './codes';
export type { CodeCell } from './codes';
export { matchIndicatorName, matchInstrument, isOverallLabel, normaliseName } from './names';
export { splitRows, cleanCell } from './rows';
